/**
 * Requests Node refuses before any handler sees them (a header section over the limit, a
 * malformed request line, an unknown method such as `get`, a timeout). Node's own answer
 * to those is a bare status line; this one carries the site's security headers too, as
 * every other response of the server does.
 */
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { own } from '../pure/own.ts';

/** The status for each parser error Node names; any other is a bad request. */
const STATUS_FOR_ERROR: Readonly<Record<string, number>> = {
  HPE_HEADER_OVERFLOW: 431,
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 413,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

/** The response written to the socket: `headers` are checked by the caller (see
 * static-server.ts), so they hold no line break and no character a header may not carry. */
export function clientErrorResponse(status: number, headers: Readonly<Record<string, string>>): string {
  const reason = STATUS_CODES[status] ?? 'Error';
  // No body: the request was not read, so it may have been a HEAD, which must get none.
  const lines = [`HTTP/1.1 ${status} ${reason}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`), 'Content-Length: 0', 'Connection: close'];
  return `${lines.join('\r\n')}\r\n\r\n`;
}

/** The server's `connect` listener: CONNECT asks for a tunnel, which a static site does not
 * give; without an answer Node would drop the connection in silence. */
export function refuseTunnel(socket: Duplex, headers: Readonly<Record<string, string>>): void {
  socket.end(clientErrorResponse(405, { ...headers, Allow: 'GET, HEAD' }), 'latin1', () => socket.destroy());
}

/**
 * Counts the responses under way on each socket, so that an error on a later request
 * (pipelined behind one still being answered) waits for them: bytes written in the middle
 * of an answer would corrupt it.
 */
export function responsesInFlight() {
  const sockets = new WeakMap<object, { count: number; whenIdle: (() => void)[] }>();
  return {
    /** Call when a request is handed to the handler; `response` closes when it is done. */
    started(socket: object, response: { once(event: 'close', listener: () => void): unknown }): void {
      const state = sockets.get(socket) ?? { count: 0, whenIdle: [] };
      sockets.set(socket, state);
      state.count += 1;
      response.once('close', () => {
        state.count -= 1;
        if (state.count > 0) return;
        sockets.delete(socket);
        for (const run of state.whenIdle.splice(0)) run();
      });
    },
    /** Runs `action` once no response is under way on `socket`. */
    whenIdle(socket: object, action: () => void): void {
      const state = sockets.get(socket);
      if (state === undefined) action();
      else state.whenIdle.push(action);
    },
  };
}

/** The server's `clientError` listener, once the socket is idle: the answer, then the socket
 * closed; only the closing when the client has gone. */
export function answerClientError(error: Error & { code?: string }, socket: Duplex, headers: Readonly<Record<string, string>>): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = own(STATUS_FOR_ERROR, error.code ?? '') ?? 400;
  // Ending first lets the answer reach the client before the socket closes.
  socket.end(clientErrorResponse(status, headers), 'latin1', () => socket.destroy());
}
