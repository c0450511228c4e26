/**
 * The static server over raw sockets, against the requests of the red-team's rows 1, 14, 15
 * and 16 (REDTEAM.md): file URLs with a trailing slash, ranges and conditional requests,
 * hostile paths, and the requests Node answers itself. Every answer must carry the security
 * headers of the site's own public/_headers.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../src/server/static-server.ts';
import { exchange, exchangeBytes, parseResponse, requestText, type RawResponse } from '../support/raw-http.ts';
import { makeSocketSite } from '../support/socket-site.ts';

const { root, json, security } = makeSocketSite();
const server = createStaticServer(root);
let port = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** One exchange, its answer checked for the site's security headers. */
async function send(method: string, target: string, headers: readonly string[] = []): Promise<RawResponse> {
  return secured(await exchange(port, requestText(method, target, headers)));
}

function secured(response: RawResponse): RawResponse {
  for (const [name, value] of Object.entries(security)) expect(response.headers.get(name.toLowerCase()), name).toBe(value);
  return response;
}

const etagOfJson = async () => (await send('GET', '/data/exercises.json')).headers.get('etag') ?? '';

describe('the security headers the answers are checked for', () => {
  it('are the site\'s own', () => {
    for (const name of ['Content-Security-Policy', 'Strict-Transport-Security', 'X-Content-Type-Options', 'X-Frame-Options', 'Referrer-Policy']) expect(security, name).toHaveProperty(name);
  });
});

describe('types come from the file served, never from the URL (row 1)', () => {
  it('answers a file URL with a trailing slash with the 404 page', async () => {
    for (const target of ['/data/exercises.json/', '/articles/x/card.json/', '/index.html/', '/404.html/', '/data/exercises.json//']) {
      const response = await send('GET', target);
      expect(response.status, target).toBe(404);
      expect(response.body.toString(), target).toBe('<h1>Not found</h1>');
    }
  });

  it('serves the file itself with its own type, and redirects a folder URL to its slash', async () => {
    const card = await send('GET', '/articles/x/card.json');
    expect([card.status, card.headers.get('content-type')]).toEqual([200, 'application/json; charset=utf-8']);
    const folder = await send('GET', '/articles/x');
    expect([folder.status, folder.headers.get('location')]).toEqual([301, '/articles/x/']);
  });
});

describe('ranges and conditional requests (row 14)', () => {
  it('answers one satisfiable range with 206 and those bytes', async () => {
    for (const [range, start, end] of [['bytes=-100', 900, 999], ['bytes=0-0', 0, 0], ['bytes=990-', 990, 999], ['bytes=-5000', 0, 999], ['bytes=995-2000', 995, 999]] as const) {
      const response = await send('GET', '/data/exercises.json', [`Range: ${range}`]);
      expect(response.status, range).toBe(206);
      expect(response.headers.get('content-range'), range).toBe(`bytes ${start}-${end}/1000`);
      expect(response.headers.get('content-length'), range).toBe(String(end - start + 1));
      expect(response.body.equals(json.subarray(start, end + 1)), range).toBe(true);
    }
  });

  it('answers a range beyond the end with 416 and the size', async () => {
    for (const range of ['bytes=1000-', 'bytes=5000-6000', 'bytes=-0', 'bytes=1000-1001,2000-']) {
      const response = await send('GET', '/data/exercises.json', [`Range: ${range}`]);
      expect([response.status, response.headers.get('content-range')], range).toEqual([416, 'bytes */1000']);
    }
  });

  it('ignores an invalid range, another unit and several ranges: the whole file, 200', async () => {
    for (const range of ['bytes=100-50', 'bytes=abc', 'bytes=1-2-3', 'items=0-1', 'bytes=0-1,5-6', 'bytes=0-0,-1']) {
      const response = await send('GET', '/data/exercises.json', [`Range: ${range}`]);
      expect([response.status, response.headers.get('content-length')], range).toEqual([200, '1000']);
      expect(response.body.equals(json), range).toBe(true);
    }
  });

  it('answers If-None-Match with 304 when "*" or any listed tag matches, weak or strong', async () => {
    const etag = await etagOfJson();
    for (const field of ['*', `"a", ${etag}`, `W/${etag}`, `"a",${etag} , "b"`]) {
      const response = await send('GET', '/data/exercises.json', [`If-None-Match: ${field}`]);
      expect([response.status, response.headers.get('etag'), response.body.length], field).toEqual([304, etag, 0]);
    }
    expect((await send('GET', '/data/exercises.json', ['If-None-Match: "a", "b"'])).status).toBe(200);
  });

  it('applies If-Range, If-Modified-Since and If-Match', async () => {
    const file = await send('GET', '/data/exercises.json');
    const [etag, lastModified] = [file.headers.get('etag') ?? '', file.headers.get('last-modified') ?? ''];
    expect((await send('GET', '/data/exercises.json', ['Range: bytes=0-9', `If-Range: ${etag}`])).status).toBe(206);
    expect((await send('GET', '/data/exercises.json', ['Range: bytes=0-9', 'If-Range: "stale"'])).status).toBe(200);
    expect((await send('GET', '/data/exercises.json', [`If-Modified-Since: ${lastModified}`])).status).toBe(304);
    expect((await send('GET', '/data/exercises.json', ['If-Match: "other"'])).status).toBe(412);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    for (const target of ['/', '/data/exercises.json', '/articles/x', '/missing', `/${'a'.repeat(9000)}`]) {
      const get = await send('GET', target);
      // The server closes the connection after the answer: any byte after the head is a body.
      const head = await send('HEAD', target);
      const headers = (response: RawResponse) => [...response.headers].filter(([name]) => name !== 'date');
      expect(headers(head), target).toEqual(headers(get));
      expect(head.body.length, target).toBe(0);
    }
  });
});

describe('hostile paths (row 15)', () => {
  it('answers long paths, NUL bytes and _headers variants with 404 or 414 (a long query is fine), never 500', async () => {
    const cases = [['/' + 'a'.repeat(300), 404], ['/' + 'a'.repeat(2000), 404], ['/' + 'a'.repeat(8000), 404], ['/' + 'a'.repeat(9000), 414], [`/?q=${'a'.repeat(9000)}`, 200], ['/x%00', 404], ['/_headers%00', 404], ['/%00/..%2f_headers', 404], ['/' + '%2e%2e%2f'.repeat(400) + 'etc/passwd', 404]] as const;
    for (const [target, status] of cases) {
      const response = await send('GET', target);
      expect(response.status, target.slice(0, 40)).toBe(status);
      expect(response.body.toString(), target.slice(0, 40)).not.toMatch(/Error|at .*\.ts/);
    }
  });
});

describe('requests Node answers itself (row 16)', () => {
  const cases = [
    ['a 20 kB header', requestText('GET', '/', [`X-Large: ${'a'.repeat(20_000)}`]), 431],
    ['a 17,000-character path', requestText('GET', `/${'a'.repeat(17_000)}`), 431],
    ['a malformed request line', 'GARBAGE\r\n\r\n', 400],
    ['a lowercase method', requestText('get', '/'), 400],
    ['a header line without a colon', 'GET / HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n', 400],
    ['a HEAD with a 20 kB header', requestText('HEAD', '/', [`X-Large: ${'a'.repeat(20_000)}`]), 431],
    ['a CONNECT (a tunnel)', 'CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n', 405],
  ] as const;
  for (const [name, request, status] of cases) {
    it(`answers ${name} with ${status}, the security headers, and a closed connection`, async () => {
      const response = secured(await exchange(port, request));
      expect(response.status).toBe(status);
      expect(response.headers.get('connection')).toBe('close');
      // The request was not read, so it may have been a HEAD: no body.
      expect([response.headers.get('content-length'), response.body.length]).toEqual(['0', 0]);
    });
  }

  it('answers a bad request pipelined behind a good one after the good one is whole', async () => {
    const bytes = await exchangeBytes(port, `${requestText('GET', '/data/exercises.json').replace('Connection: close', 'Connection: keep-alive')}get / HTTP/1.1\r\n\r\n`);
    const first = parseResponse(bytes);
    expect([first.status, first.body.subarray(0, 1000).equals(json)]).toEqual([200, true]);
    expect(secured(parseResponse(first.body.subarray(1000))).status).toBe(400);
  });
});
