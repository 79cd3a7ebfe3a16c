// `npm run bench:renderer`: what each window loads (gzip size of its JS and CSS) and how fast
// the popover shows the quota numbers in the browser preview (navigation start → numbers in
// the DOM, median of 20 loads) beside a blank page served by the same host. Targets: popover
// JS ≤ 45 KB gzip; numbers visible within 2× the blank page's time.
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startPreview } from '../e2e/preview-process';
import { ensureRendererBuilt } from '../main/preview/renderer-build';
import { gzipBytes, median, timeTo, viewAssets, type ViewAssets } from './renderer-measure';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOADS = Number(process.env.BENCH_LOADS ?? 20);
const JS_TARGET_KB = 45;
const RATIO_TARGET = 2;
const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const sum = (xs: { gzip: number }[]): number => xs.reduce((a, x) => a + x.gzip, 0);

const built = ensureRendererBuilt(ROOT, (l) => console.error(l));
if (!built.ok) throw new Error(built.message);

// The built renderer plus a blank page, served by one preview host the same way.
const dir = mkdtempSync(join(tmpdir(), 'ptray-bench-renderer-'));
const rendererDir = join(dir, 'renderer');
cpSync(join(ROOT, 'dist/renderer'), rendererDir, { recursive: true });
writeFileSync(
  join(rendererDir, 'blank.html'),
  '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body><p data-testid="blank">0</p></body></html>',
);
// The host in its own process (as `npm run preview`), so it does not share an event loop
// with Playwright's client here.
const host = await startPreview(['--renderer-dir', rendererDir]);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'].concat([
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ]),
});

try {
  const signIn = await browser.newPage();
  await signIn.goto(host.url('popover'));
  await signIn.getByTestId('try-demo').click();
  await signIn.getByTestId('quota-llm').waitFor();
  await signIn.close();

  console.log('Renderer bundle (gzip -9), per view, as Chromium loaded it:');
  const views: [string, string, string][] = [
    ['popover', 'popover', '[data-testid="quota-llm"]'],
    ['sign-in', 'sign-in', '[data-testid="base-url"]'],
    ['preferences', 'preferences/config', '[data-testid="panel-config"]'],
  ];
  const loaded: Record<string, ViewAssets> = {};
  for (const [name, hash, ready] of views) {
    const a = await viewAssets(browser, host.url(hash), ready, rendererDir);
    loaded[name] = a;
    console.log(
      `  ${name.padEnd(12)} JS ${kb(sum(a.js)).padStart(5)} KB (${a.js.length} files)  CSS ${kb(sum(a.css)).padStart(4)} KB (${a.css.length})`,
    );
    console.log(`  ${''.padEnd(12)} ${[...a.js, ...a.css].map((f) => f.file).join(', ')}`);
  }
  const assets = readdirSync(join(rendererDir, 'assets'));
  const all = (ext: string): number =>
    assets
      .filter((f) => f.endsWith(ext))
      .reduce((t, f) => t + gzipBytes(join(rendererDir, 'assets', f)), 0);
  console.log(
    `  all views    JS ${kb(all('.js')).padStart(5)} KB  CSS ${kb(all('.css')).padStart(4)} KB (every built asset)`,
  );

  console.log(`\nNavigation start → first frame with the element, median of ${LOADS} loads:`);
  const blankUrl = `${host.origin}/blank.html`;
  const numbers = '[data-testid="quota-llm"][data-current]';
  const results: Record<string, { quota: number; blank: number }> = {};
  for (const mode of ['cold', 'warm'] as const) {
    const shared = mode === 'warm' ? await browser.newContext() : null;
    const quota: number[] = [];
    const blank: number[] = [];
    await timeTo(browser, host.url('popover'), numbers, shared); // warm-up, not counted
    await timeTo(browser, blankUrl, '[data-testid="blank"]', shared);
    for (let i = 0; i < LOADS; i += 1) {
      quota.push(await timeTo(browser, host.url('popover'), numbers, shared));
      blank.push(await timeTo(browser, blankUrl, '[data-testid="blank"]', shared));
    }
    await shared?.close();
    results[mode] = { quota: median(quota), blank: median(blank) };
    const r = results[mode];
    console.log(
      `  ${mode} cache: quota numbers ${r.quota.toFixed(1)} ms, blank page ${r.blank.toFixed(1)} ms, ratio ${(r.quota / r.blank).toFixed(2)}`,
    );
  }

  const popoverJs = sum(loaded.popover?.js ?? []) / 1024;
  const ratio = (results.cold?.quota ?? 0) / (results.cold?.blank ?? 1);
  // Shared build machines are noisy: say how busy this one was.
  const load = loadavg()[0] ?? 0;
  console.log(`  (load average ${load.toFixed(2)} on ${cpus().length} cores)`);
  console.log('\nTargets:');
  console.log(
    `  popover JS ${popoverJs.toFixed(1)} KB gzip ≤ ${JS_TARGET_KB} KB: ${popoverJs <= JS_TARGET_KB ? 'met' : 'NOT met'}`,
  );
  console.log(
    `  quota numbers within ${RATIO_TARGET}× the blank page (cold): ${ratio.toFixed(2)}× ${ratio <= RATIO_TARGET ? 'met' : 'NOT met'}`,
  );
} finally {
  await browser.close();
  await host.stop();
  rmSync(dir, { recursive: true, force: true });
}
