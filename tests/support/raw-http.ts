/**
 * One HTTP/1.1 exchange over a bare TCP socket, for tests that must send what no HTTP client
 * sends (a malformed request line, a lowercase method, a 20 kB header) and read the bytes the
 * server answers, status line and headers as written.
 */
import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  /** Header names in lower case; a repeated header's values joined by ", ". */
  headers: Map<string, string>;
  body: Buffer;
}

/** Parses the first response in `bytes` (the body is whatever follows its headers). */
export function parseResponse(bytes: Buffer): RawResponse {
  const end = bytes.indexOf('\r\n\r\n');
  if (end === -1) throw new Error(`no complete response head in ${bytes.length} bytes: ${JSON.stringify(bytes.subarray(0, 200).toString('latin1'))}`);
  const [statusLine = '', ...lines] = bytes.subarray(0, end).toString('latin1').split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3}) /.exec(statusLine)?.[1];
  if (status === undefined) throw new Error(`not a status line: ${JSON.stringify(statusLine)}`);
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  return { status: Number(status), headers, body: bytes.subarray(end + 4) };
}

/** Writes `request` to 127.0.0.1:`port` and resolves to every byte the server sends until it
 * closes the connection; rejects after `timeoutMs`, so no test waits on a silent server. */
export function exchangeBytes(port: number, request: string | Buffer, timeoutMs = 5_000): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no end of the answer within ${timeoutMs} ms (got ${Buffer.concat(chunks).length} bytes)`));
    }, timeoutMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A server that closes while the client is still sending may reset the connection; the
    // answer already received is what counts.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
  });
}

/** One request, answered and the connection closed (the request asks for it, and every
 * error answer of the server closes it anyway). */
export async function exchange(port: number, request: string | Buffer, timeoutMs?: number): Promise<RawResponse> {
  return parseResponse(await exchangeBytes(port, request, timeoutMs));
}

/** A well-formed request with `Connection: close`, and `headers` as "Name: value" lines. */
export function requestText(method: string, target: string, headers: readonly string[] = []): string {
  return [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1', ...headers, 'Connection: close', '', ''].join('\r\n');
}
