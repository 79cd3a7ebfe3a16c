// Measurements for bench/renderer.ts: which JS and CSS files a view loads (as Chromium
// fetched them) with their gzip sizes, and the time from navigation start to an element.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext } from '@playwright/test';

export interface ViewAssets {
  js: { file: string; gzip: number }[];
  css: { file: string; gzip: number }[];
}

export const gzipBytes = (path: string): number =>
  gzipSync(readFileSync(path), { level: 9 }).length;

/** Opens `url` in a fresh context and lists the script and style files it fetched. */
export async function viewAssets(
  browser: Browser,
  url: string,
  ready: string,
  rendererDir: string,
): Promise<ViewAssets> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen = new Set<string>();
  page.on('request', (req) => {
    const type = req.resourceType();
    if (type === 'script' || type === 'stylesheet') seen.add(new URL(req.url()).pathname);
  });
  await page.goto(url);
  await page.locator(ready).first().waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  const out: ViewAssets = { js: [], css: [] };
  for (const path of [...seen].sort()) {
    const entry = { file: path.slice(1), gzip: gzipBytes(join(rendererDir, path)) };
    if (path.endsWith('.js')) out.js.push(entry);
    else if (path.endsWith('.css')) out.css.push(entry);
  }
  return out;
}

/**
 * Records performance.now() at the first frame after `selector` exists (inserted, then
 * painted): a MutationObserver set up before any page script. A string, not a function:
 * tsx's keepNames would inject a `__name` helper that does not exist in the page.
 */
const watch = (selector: string): string => `(() => {
  const sel = ${JSON.stringify(selector)};
  let found = false;
  const seen = () => {
    if (!found && document.querySelector(sel)) {
      found = true;
      requestAnimationFrame(() => { window.__seenAt = performance.now(); });
    }
    return found;
  };
  if (seen()) return;
  const observer = new MutationObserver(() => { if (seen()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/**
 * Milliseconds from navigation start until `selector` is on screen, in a new page. With a shared
 * context the HTTP cache is warm (a window opened again); with a fresh one it is cold.
 */
export async function timeTo(
  browser: Browser,
  url: string,
  selector: string,
  shared: BrowserContext | null,
): Promise<number> {
  const context = shared ?? (await browser.newContext());
  const page = await context.newPage();
  await page.addInitScript({ content: watch(selector) });
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __seenAt?: number }).__seenAt !== undefined,
  );
  const ms = await page.evaluate(() => (window as unknown as { __seenAt: number }).__seenAt);
  await page.close();
  if (!shared) await context.close();
  return ms;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
