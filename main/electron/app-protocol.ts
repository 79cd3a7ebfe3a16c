// The app:// protocol: serves the built renderer from one folder (dist/renderer) with a
// strict CSP, and nothing outside it. Registered as privileged (standard, secure) so pages
// get a real origin without file://'s extra powers
// (https://www.electronjs.org/docs/latest/api/protocol#protocolhandlescheme-handler).
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { ProtocolLike } from './electron-deps';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './hardening';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Must run before app 'ready' (Electron's rule for privileged schemes). */
export function registerAppScheme(protocol: ProtocolLike): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * The file an app:// URL names, or null when it would leave `root` (".." in any encoding,
 * backslashes, NUL bytes), names another host, or is not app:// at all.
 */
export function resolveAppPath(root: string, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  if (path.split('/').includes('..')) return null;
  if (path === '/' || path === '') path = '/index.html';
  const base = resolve(root);
  const file = resolve(base, `.${path}`);
  return file.startsWith(base + sep) ? file : null;
}

function headers(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

/** Answers one app:// request: the file with our CSP, 404 for anything else. */
export async function serveAppRequest(root: string, request: Request): Promise<Response> {
  const file = resolveAppPath(root, request.url);
  if (file === null || request.method !== 'GET') {
    return new Response('Not found', { status: 404, headers: headers('text/plain') });
  }
  try {
    const body = await readFile(file);
    const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(body, { status: 200, headers: headers(type) });
  } catch {
    return new Response('Not found', { status: 404, headers: headers('text/plain') });
  }
}

/** After 'ready': every app:// request is answered from `root` only. */
export function handleAppProtocol(protocol: ProtocolLike, root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(root, request));
}
