import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentType, createStaticServer } from '../../src/server/static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'site-'));
mkdirSync(join(root, 'articles', 'jimex'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<h1>Home</h1>');
writeFileSync(join(root, '404.html'), '<h1>Not found</h1>');
writeFileSync(join(root, 'articles', 'jimex', 'index.html'), '<h1>JIMEX</h1>');
writeFileSync(join(root, '_headers'), "/*\n  Content-Security-Policy: default-src 'none'\n/articles/*\n  X-Test: articles\n");
writeFileSync(join(root, 'articles', 'jimex', 'card.json'), '{"title":"<meta http-equiv=refresh>"}');
writeFileSync(join(root, 'about.html'), '<h1>About</h1>');
writeFileSync(join(root, '.env'), 'secret');
writeFileSync(join(tmpdir(), 'secret.txt'), 'secret');
symlinkSync(join(tmpdir(), 'secret.txt'), join(root, 'linked.txt'));

const server = createStaticServer(root);
let origin = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string) => fetch(origin + path, { redirect: 'manual', signal: AbortSignal.timeout(5_000) });

describe('static server', () => {
  it('serves a directory URL from its index.html', async () => {
    const response = await get('/articles/jimex/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<h1>JIMEX</h1>');
  });

  it('redirects a directory URL without its trailing slash', async () => {
    const response = await get('/articles/jimex?q=1');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/articles/jimex/?q=1');
  });

  it('answers an unknown path with the 404 page and status 404', async () => {
    const response = await get('/no/such/page/');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<h1>Not found</h1>');
  });

  it('never serves a file outside the site folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('secret');
    }
  });

  it('sends the headers that _headers gives for the path, on pages and on the 404 page', async () => {
    const article = await get('/articles/jimex/');
    expect(article.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(article.headers.get('x-test')).toBe('articles');
    const missing = await get('/missing/');
    expect(missing.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(missing.headers.get('x-test')).toBeNull();
  });

  it('does not serve _headers itself', async () => {
    expect((await get('/_headers')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await fetch(`${origin}/`, { method: 'POST', signal: AbortSignal.timeout(5_000) });
    expect(response.status).toBe(405);
  });
});

describe('static server, against hostile paths', () => {
  it('never serves _headers, however the path spells it', async () => {
    for (const path of ['/%5Fheaders', '/%5fheaders', '/_headers/', '//_headers', '/%2F_headers']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('Content-Security-Policy');
    }
  });

  it('treats a path that starts with // as a path, and never redirects to another origin', async () => {
    expect((await get('//articles/jimex/')).status).toBe(200);
    for (const path of ['//evil.example/x', '/.//evil.example/x', '//articles/jimex', '/.//articles/jimex']) {
      const response = await get(path);
      const location = response.headers.get('location');
      if (location !== null) expect(new URL(location, origin).origin, path).toBe(origin);
      expect(location ?? '', path).not.toMatch(/^\/\//);
    }
  });

  it('sends the security headers on 404s, on refused methods and outside the site', async () => {
    for (const response of [await get('/nope'), await fetch(`${origin}/`, { method: 'DELETE', signal: AbortSignal.timeout(5_000) })]) {
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
    }
  });

  it('gives text its charset and Pagefind\'s binary files a binary type', () => {
    expect(contentType('index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('app.js')).toBe('text/javascript; charset=utf-8');
    expect(contentType('data.json')).toBe('application/json; charset=utf-8');
    expect(contentType('map.svg')).toBe('image/svg+xml');
    expect(contentType('pagefind/fragment/en_1.pf_fragment')).toBe('application/octet-stream');
  });
});

describe('static server, what it resolves a path to', () => {
  it('types a file by its own name, and answers the same name with a trailing slash with 404', async () => {
    const card = await get('/articles/jimex/card.json');
    expect(card.headers.get('content-type')).toBe('application/json; charset=utf-8');
    for (const path of ['/articles/jimex/card.json/', '/about.html/', '/about/', '/articles/jimex/index.html/']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe('<h1>Not found</h1>');
    }
  });

  it('serves /about from about.html, as static hosts do', async () => {
    const response = await get('/about');
    expect([response.status, await response.text()]).toEqual([200, '<h1>About</h1>']);
  });

  it('never serves a hidden file or a symbolic link', async () => {
    for (const path of ['/.env', '/linked.txt']) expect((await get(path)).status, path).toBe(404);
  });
});

describe('static server, refusing to start and failing', () => {
  it('refuses an _headers header that a response cannot carry, naming it', () => {
    const site = mkdtempSync(join(tmpdir(), 'site-bad-headers-'));
    writeFileSync(join(site, '_headers'), '/*\n  X-Bad: a\rb\n');
    expect(() => createStaticServer(site)).toThrow(/_headers: header "X-Bad" cannot be sent/);
  });

  it('answers a defect of its own with 500, the security headers and no stack', async () => {
    vi.resetModules();
    vi.doMock('../../src/server/send-file.ts', async (original) => ({
      ...(await original<typeof import('../../src/server/send-file.ts')>()),
      sendFile: () => Promise.reject(new Error('defect at send-file.ts:1')),
    }));
    const { createStaticServer: createFailing } = await import('../../src/server/static-server.ts');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = createFailing(root);
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(failing.address() as AddressInfo).port}/articles/jimex/`, { signal: AbortSignal.timeout(5_000) });
      expect(response.status).toBe(500);
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
      expect(await response.text()).toBe('Internal server error');
      expect(logged).toHaveBeenCalledOnce();
    } finally {
      logged.mockRestore();
      vi.doUnmock('../../src/server/send-file.ts');
      await new Promise<void>((resolve) => failing.close(() => resolve()));
    }
  });
});
