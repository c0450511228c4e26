/**
 * Hostile requests to the static server over raw sockets, drawn each run from one seed
 * (printed in the test's name; HOSTILE_SEED makes a run again): paths built from traversal,
 * encoding, NUL, hidden-file and trailing-slash pieces; every method; Range and conditional
 * headers of every shape; oversized headers. Whatever comes, the answer is a well-formed
 * response with one of the statuses the README lists (never 500), the site's security
 * headers, a file's own type, ranges whose bytes agree with their headers, and no body for HEAD.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../src/server/static-server.ts';
import { between, generator, pick, runSeed, type Random } from '../support/hostile/random.ts';
import { exchange, requestText, type RawResponse } from '../support/raw-http.ts';
import { makeSocketSite } from '../support/socket-site.ts';

const SEED = runSeed();
const REQUESTS = 80;
const site = makeSocketSite();
const server = createStaticServer(site.root);
let port = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const SEGMENTS = ['data', 'exercises.json', 'articles', 'x', 'card.json', 'index.html', '404.html', '_headers', '..', '.', '%2e%2e', '%2E', '%00', '%2f', '%5c', '.hidden', '.well-known', '日本', '%E6%97%A5', '%ZZ', '%', '~', '', 'a;b', 'x?y=1', 'x#frag'];
const METHODS = [...Array<string>(12).fill('GET'), ...Array<string>(4).fill('HEAD'), 'POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT', 'PATCH', 'get', 'G3T'];
const ALLOWED = new Set([200, 206, 301, 304, 400, 404, 405, 412, 414, 416, 431]);

function path(random: Random): string {
  const segments = Array.from({ length: between(random, 1, 5) }, () => (random() < 0.05 ? 'a'.repeat(between(random, 200, 10_000)) : pick(random, SEGMENTS)));
  return `${random() < 0.1 ? '//' : '/'}${segments.join('/')}${random() < 0.4 ? '/' : ''}`;
}

function headers(random: Random): string[] {
  const number = () => pick(random, [0, 1, 99, 500, 999, 1000, 1001, 2 ** 53, between(random, 0, 2000)]);
  const choices = [
    () => `Range: bytes=${number()}-${random() < 0.5 ? number() : ''}`,
    () => `Range: bytes=-${number()}`,
    () => `Range: bytes=${number()}-${number()},${number()}-`,
    () => `Range: ${pick(random, ['items=0-1', 'bytes=', 'bytes=a-b', 'bytes=--1', 'bytes=1-2-3', ' bytes = 0 - 1 '])}`,
    () => `If-None-Match: ${pick(random, ['*', '"a"', 'W/"a", "b"', '""', 'garbage', '*, "a"'])}`,
    () => `If-Match: ${pick(random, ['*', '"a"', 'W/"a"'])}`,
    () => `If-Modified-Since: ${pick(random, [new Date(0).toUTCString(), new Date(2 ** 42).toUTCString(), 'yesterday', ''])}`,
    () => `If-Range: ${pick(random, ['"a"', new Date().toUTCString(), 'W/"a"'])}`,
    () => `X-Large: ${'a'.repeat(between(random, 1_000, 30_000))}`,
    () => pick(random, ['Upgrade: websocket', 'Transfer-Encoding: chunked\r\nContent-Length: 5', 'Content-Length: -1', 'Host: evil.example', 'X-Forwarded-Host: evil.example']),
  ];
  return Array.from({ length: between(random, 0, 3) }, () => pick(random, choices)());
}

/** The checks every answer must pass, whatever was asked. */
function checkAnswer(method: string, target: string, response: RawResponse): void {
  const about = `${method} ${target.slice(0, 60)}`;
  expect(ALLOWED.has(response.status), `${about}: status ${response.status}`).toBe(true);
  for (const [name, value] of Object.entries(site.security)) expect(response.headers.get(name.toLowerCase()), `${about}: ${name}`).toBe(value);
  if (method === 'HEAD') expect(response.body.length, about).toBe(0);
  const type = response.headers.get('content-type') ?? '';
  const pathOnly = target.split('?')[0] ?? '';
  if (response.status === 200 && method === 'GET') {
    // HTML is only ever one of the site's pages; a file URL with a slash is never served.
    if (type.startsWith('text/html')) expect(site.pages, about).toContain(response.body.toString());
    if (pathOnly.endsWith('/')) expect(type, about).toMatch(/^text\/html/);
  }
  if (response.status === 301) expect(response.headers.get('location'), about).toMatch(/^\/(?!\/)/);
  const isData = pathOnly === '/data/exercises.json';
  if (response.status === 206 && method === 'GET') {
    const [, start, end, size] = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(response.headers.get('content-range') ?? '') ?? [];
    expect(response.body.length, about).toBe(Number(end) - Number(start) + 1);
    if (isData) expect([size, response.body.equals(site.json.subarray(Number(start), Number(end) + 1))], about).toEqual([String(site.json.length), true]);
  }
  if (response.status === 416) expect(response.headers.get('content-range'), about).toMatch(isData ? `bytes */${site.json.length}` : /^bytes \*\/\d+$/);
}

describe(`hostile requests from seed ${SEED}`, () => {
  it(`answers ${REQUESTS} of them as the README says, never with a 500`, async () => {
    const random = generator(SEED);
    const statuses = new Map<number, number>();
    for (let n = 0; n < REQUESTS; n++) {
      const method = pick(random, METHODS);
      // Every fourth request asks for the data file, so ranges and conditionals apply.
      const target = n % 4 === 0 ? `/data/exercises.json${random() < 0.2 ? '/' : ''}` : path(random);
      const sent = headers(random);
      const response = await exchange(port, requestText(method, target, sent));
      checkAnswer(method, target, response);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }
    console.log(`seed ${SEED}: ${[...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status} ×${count}`).join(', ')}`);
    expect(statuses.size).toBeGreaterThan(3);
  }, 60_000);
});
