// Serves the built renderer (dist/renderer) over http: GET/HEAD only, known MIME types,
// the strict CSP as a header, and no way out of the folder (encoded dots, backslashes,
// NUL bytes and symlinks pointing outside are all refused).
import { createReadStream, readFileSync, realpathSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The page's CSP: only our own scripts and styles, and the bridge on this origin. */
export function contentSecurityPolicy(port: number): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    `connect-src 'self' ws://127.0.0.1:${port} ws://localhost:${port}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Maps a URL path to a file inside `root`, or null when it is not one (or escapes). */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const parts = decoded.split('/').filter((p) => p !== '');
  if (parts.some((p) => p === '..' || p === '.')) return null;
  const candidate = parts.length === 0 ? join(root, 'index.html') : join(root, ...parts);
  try {
    const realRoot = realpathSync(root);
    const real = realpathSync(candidate);
    if (real !== realRoot && !real.startsWith(realRoot + sep)) return null;
    return statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}

/** What a request's HTML page gets: extra <head> content, and markup for the empty #app. */
export interface PageInjection {
  head: string;
  /** Pre-rendered view inside `<div id="app">`, marked with PRERENDERED_ATTRIBUTE and inert. */
  app?: string | null;
  /** The <html> element's theme (data-theme) and lang for that view, when known. */
  theme?: 'light' | 'dark' | null;
  lang?: 'en' | 'it' | null;
}

/** The attribute on #app when it holds pre-rendered markup (the renderer hydrates it). */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';
const EMPTY_APP = '<div id="app"></div>';

export interface StaticOptions {
  root: string;
  csp: string;
  /** Extra content for this request's HTML page (never stored: no-store); a string is <head>. */
  inject?: (req: IncomingMessage) => string | PageInjection | null;
}

/**
 * A `Link` header that preloads the page's own stylesheets (same-origin asset paths only):
 * Chromium starts them when the response arrives instead of when the parser reaches them,
 * and they are all that stands before the first paint of a pre-rendered page.
 */
export function stylesheetPreloads(page: string): string | null {
  const links: string[] = [];
  for (const [tag] of page.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel=["']?stylesheet["'\s>]/i.test(tag)) continue;
    const href = /\bhref=["']?(\.?\/assets\/[\w.-]+\.css)["'\s>]/i.exec(tag)?.[1];
    if (!href) continue;
    // Same CORS mode as the element, or Chromium fetches it twice.
    const cors = /\scrossorigin\b/i.test(tag) ? '; crossorigin' : '';
    links.push(`<${href}>; rel=preload; as=style${cors}`);
  }
  return links.length ? links.join(', ') : null;
}

function injectInto(page: string, extra: string | PageInjection): string {
  const { head, app, theme, lang } = typeof extra === 'string' ? { head: extra } : extra;
  // Replacer functions: a "$&" in the data is text, not a pattern.
  const withHead = page.replace('</head>', () => `${head}</head>`);
  if (!app) return withHead;
  const attrs = `${lang ? ` lang="${lang}"` : ''}${theme ? ` data-theme="${theme}"` : ''}`;
  const withLook = attrs
    ? withHead.replace(/<html lang="[a-z-]*"/, () => `<html${attrs}`)
    : withHead;
  // Inert (seen, not clickable) until the page script has hydrated it.
  const div = `<div id="app" ${PRERENDERED_ATTRIBUTE} inert>${app}</div>`;
  return withLook.replace(EMPTY_APP, () => div);
}

/** Answers one request from the folder; 404/405 as plain text. */
export function serveStatic(req: IncomingMessage, res: ServerResponse, opts: StaticOptions): void {
  const common = {
    'X-Content-Type-Options': 'nosniff',
    // The page URL carries the session secret: never send it on as a Referer.
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...common, Allow: 'GET, HEAD', 'Content-Type': 'text/plain' });
    res.end('Method not allowed');
    return;
  }
  const path = new URL(req.url ?? '/', 'http://preview.invalid').pathname;
  const file = resolveStaticPath(opts.root, path);
  if (file === null) {
    res.writeHead(404, { ...common, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const html = type.startsWith('text/html');
  // Vite's assets carry a content hash in their names; everything else is revalidated.
  const hashed = path.startsWith('/assets/');
  const extra = html ? (opts.inject?.(req) ?? null) : null;
  if (extra !== null) {
    const page = injectInto(readFileSync(file, 'utf8'), extra);
    const body = Buffer.from(page);
    const preloads = stylesheetPreloads(page);
    res.writeHead(200, {
      ...common,
      ...(preloads ? { Link: preloads } : {}),
      'Content-Type': type,
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      'Content-Security-Policy': opts.csp,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(200, {
    ...common,
    'Content-Type': type,
    'Content-Length': statSync(file).size,
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(html ? { 'Content-Security-Policy': opts.csp } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
