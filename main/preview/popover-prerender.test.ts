// The preview host pre-renders the popover into the page it serves with the session secret,
// from the same snapshot it embeds; without the secret, or without a usable server build,
// the page is the plain file. A real host (demo server, core, loopback http) and a stand-in
// server build written to a temp folder (the real one is Vite's output, exercised by e2e/).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EMBEDDED_SNAPSHOT_ID } from '../../common/preview-protocol';
import { emptySnapshot } from '../../common/snapshot';
import { startPreviewHost, type PreviewHost } from './host';
import { loadPopoverRenderer, pageLook, safePrerender } from './popover-prerender';
import { PRERENDERED_ATTRIBUTE } from './static-files';

const dirs: string[] = [];
const hosts: PreviewHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ptray-prerender-'));
  dirs.push(dir);
  return dir;
}

// Echoes what it was given, with a "$&" that must reach the page as text.
const STAND_IN = `export function renderPopover(s, language) {
  return '<main data-signed-in="' + s.auth.signedIn + '" data-language="' + language + '">$&</main>';
}`;

async function start(ssrModule: string): Promise<{ host: PreviewHost; lines: string[] }> {
  const dir = tempDir();
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(
    join(dir, 'renderer', 'index.html'),
    '<!doctype html><html lang="en"><head><link rel="stylesheet" crossorigin href="./assets/i-1.css">' +
      '</head><body><div id="app"></div></body>',
  );
  const lines: string[] = [];
  const host = await startPreviewHost({
    dataDir: join(dir, 'app'),
    serverDataDir: join(dir, 'server'),
    simulate: false,
    rendererDir: join(dir, 'renderer'),
    popoverSsrModule: ssrModule,
    port: 0,
    testHooks: false,
    log: (l) => lines.push(l),
  });
  hosts.push(host);
  return { host, lines };
}

describe('popover pre-render on the preview host', () => {
  it('puts the rendered popover in #app (inert, marked) beside the embedded snapshot', async () => {
    const ssr = join(tempDir(), 'popover-ssr.mjs');
    writeFileSync(ssr, STAND_IN);
    const { host } = await start(ssr);
    const res = await fetch(host.pageUrl('popover'), {
      headers: { 'Accept-Language': 'it-IT,it;q=0.9,en;q=0.8' },
    });
    const page = await res.text();
    // Its stylesheet is all that stands before the first paint: preloaded from the headers.
    expect(res.headers.get('link')).toBe('<./assets/i-1.css>; rel=preload; as=style; crossorigin');
    expect(page).toContain(
      `<div id="app" ${PRERENDERED_ATTRIBUTE} inert>` +
        '<main data-signed-in="false" data-language="it-IT">$&</main></div>',
    );
    // Signed out, so no user config: the browser's language, the OS theme (no data-theme).
    expect(page).toContain('<html lang="it"><head>');
    // Rendered from the snapshot it embeds (the page hydrates one with the other).
    const json = new RegExp(`id="${EMBEDDED_SNAPSHOT_ID}">([^<]*)<`).exec(page)?.[1];
    expect(JSON.parse(json ?? 'null')).toMatchObject({ auth: { signedIn: false } });

    const plain = await (await fetch(`${host.origin}/`)).text();
    expect(plain).toContain('<div id="app"></div>');
    expect(plain).not.toContain(PRERENDERED_ATTRIBUTE);
  });

  it('serves the page without a pre-render when the server build is missing', async () => {
    const { host, lines } = await start(join(tempDir(), 'missing.mjs'));
    const page = await (await fetch(host.pageUrl('popover'))).text();
    expect(page).toContain('<div id="app"></div>');
    expect(page).toContain(EMBEDDED_SNAPSHOT_ID);
    expect(lines.join('\n')).toContain('no server build of the popover');
  });
});

describe('popover renderer loading', () => {
  it('refuses a module without renderPopover, or one that fails to load', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'none.mjs'), 'export const x = 1;');
    writeFileSync(join(dir, 'broken.mjs'), 'throw new Error("boom");');
    const lines: string[] = [];
    expect(await loadPopoverRenderer(join(dir, 'none.mjs'), (l) => lines.push(l))).toBeNull();
    expect(await loadPopoverRenderer(join(dir, 'broken.mjs'), (l) => lines.push(l))).toBeNull();
    expect(lines).toHaveLength(2);
  });

  it('turns a render that throws into no pre-render, said once', () => {
    const lines: string[] = [];
    const render = (): string => {
      throw new Error('bug');
    };
    const snapshot = emptySnapshot();
    expect(safePrerender(render, snapshot, null, (l) => lines.push(l))).toBeNull();
    expect(safePrerender(render, snapshot, 'it', (l) => lines.push(l))).toBeNull();
    expect(lines).toEqual(['(preview) the popover server render failed']);
  });
});

describe('page look', () => {
  it('takes the saved theme and language first, then the browser language and the OS theme', () => {
    expect(pageLook({ theme: 'dark', language: 'it' }, 'en-US')).toEqual({
      theme: 'dark',
      language: 'it',
      lang: 'it',
    });
    expect(pageLook({ theme: 'system' }, 'it-CH;q=0.9, en')).toEqual({
      theme: null,
      language: 'it-CH',
      lang: 'it',
    });
    expect(pageLook(null, undefined)).toEqual({ theme: null, language: null, lang: 'en' });
    expect(pageLook({ theme: 'neon', language: 3 }, 'de')).toMatchObject({
      theme: null,
      lang: 'en',
    });
  });
});
