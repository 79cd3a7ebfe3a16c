// The built renderer (dist/renderer, made by `npm run build:renderer`, which `npm test` runs
// before vitest) as Electron will load it through app://: every file the page and its
// chunks reference is served with a type a module script accepts, and nothing inline
// needs the CSP to bend.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serveAppRequest } from './app-protocol';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'renderer');
const built = existsSync(join(root, 'index.html'));

describe.skipIf(!built)('the built renderer over app:// (needs npm run build:renderer)', () => {
  const get = (path: string) => serveAppRequest(root, new Request(`app://bundle/${path}`));

  it('serves the page and every file it and its chunks import', async () => {
    const html = readFileSync(join(root, 'index.html'), 'utf8');
    const fromHtml = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1] ?? '');
    const chunks = readdirSync(join(root, 'assets')).filter((f) => f.endsWith('.js'));
    const fromJs = chunks.flatMap((f) =>
      [
        ...readFileSync(join(root, 'assets', f), 'utf8').matchAll(/"\.\/([\w.-]+\.(?:js|css))"/g),
      ].map((m) => `assets/${m[1] ?? ''}`),
    );
    const paths = [...new Set([...fromHtml, ...fromJs])];
    expect(paths.some((p) => p.endsWith('.js'))).toBe(true);
    for (const path of paths) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      if (path.endsWith('.js'))
        expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
      if (path.endsWith('.css')) expect(res.headers.get('content-type')).toMatch(/^text\/css/);
    }
    expect((await get('index.html')).headers.get('content-security-policy')).toContain(
      "default-src 'self'",
    );
  });

  it('has no inline script and loads nothing from another origin', () => {
    const html = readFileSync(join(root, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="\.\//);
      expect(body?.trim()).toBe('');
    }
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });
});
