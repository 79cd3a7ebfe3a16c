// The static server on a real loopback port and a real folder: MIME types, the CSP header,
// caching, and every way out of the folder refused.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, serveStatic, stylesheetPreloads } from './static-files';

let dir: string;
let server: Server;
let port: number;

/** A raw request (fetch would normalise `..` away before sending). */
function get(
  path: string,
  method = 'GET',
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ptray-static-'));
  const root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><p>hi</p>');
  writeFileSync(join(root, 'assets', 'app-1a2b.js'), 'export {};');
  writeFileSync(join(root, 'assets', 'app-1a2b.css'), 'p{}');
  writeFileSync(join(root, 'favicon.svg'), '<svg/>');
  writeFileSync(join(dir, 'secret.txt'), 'outside');
  symlinkSync(join(dir, 'secret.txt'), join(root, 'link.txt'));
  server = createServer((req, res) =>
    serveStatic(req, res, { root, csp: contentSecurityPolicy(port) }),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe('preview static files', () => {
  it('serves index.html at / with the CSP and no caching', async () => {
    const r = await get('/?session=abc');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<p>hi</p>');
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(r.headers['content-security-policy']).toContain(`ws://127.0.0.1:${port}`);
    expect(r.headers['cache-control']).toBe('no-cache');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers with the right MIME type per file', async () => {
    expect((await get('/assets/app-1a2b.js')).headers['content-type']).toBe(
      'text/javascript; charset=utf-8',
    );
    const css = await get('/assets/app-1a2b.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers['cache-control']).toContain('immutable');
    expect((await get('/favicon.svg')).headers['content-type']).toBe('image/svg+xml');
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%5c..%5csecret.txt',
    '/index.html%00.js',
    '/link.txt',
    '/assets',
    '/%E0%A4%A',
    '/missing.js',
  ])('refuses %s', async (path) => {
    const r = await get(path);
    expect(r.status).toBe(404);
    expect(r.body).not.toContain('outside');
  });

  it('allows only GET and HEAD', async () => {
    expect((await get('/', 'POST')).status).toBe(405);
    const head = await get('/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});

describe('stylesheet preloads', () => {
  it("lists the page's own stylesheets in the CORS mode of their elements", () => {
    const page = `<head><link rel="icon" href="./favicon.svg">
      <script type="module" crossorigin src="./assets/index-A.js"></script>
      <link rel="stylesheet" crossorigin href="./assets/index-B.css">
      <link href="/assets/x-C.css" rel="stylesheet">
      <link rel="stylesheet" href="https://elsewhere.invalid/assets/d.css">
      <link rel="stylesheet" href="./assets/e;f.css">`;
    expect(stylesheetPreloads(page)).toBe(
      '<./assets/index-B.css>; rel=preload; as=style; crossorigin, ' +
        '</assets/x-C.css>; rel=preload; as=style',
    );
    expect(stylesheetPreloads('<head><title>blank</title></head>')).toBeNull();
  });
});
