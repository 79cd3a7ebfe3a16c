// "Build if needed": stale when the build is missing or older than any renderer/common source.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { POPOVER_SSR_MODULE, rendererIsStale } from './renderer-build';
import { PrintingNotifier } from './printing-notifier';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'ptray-build-'));
  dirs.push(root);
  for (const d of ['renderer/lib', 'common', 'dist/renderer', 'dist/renderer-ssr'])
    mkdirSync(join(root, d), { recursive: true });
  writeFileSync(join(root, 'renderer/lib/a.ts'), '');
  writeFileSync(join(root, 'common/b.ts'), '');
  return root;
}
const at = (path: string, seconds: number): void => utimesSync(path, seconds, seconds);

describe('renderer build check', () => {
  it('is stale without a build, fresh after one, stale again when a source changes', () => {
    const root = tree();
    expect(rendererIsStale(root)).toBe(true);
    at(join(root, 'renderer/lib/a.ts'), 1000);
    at(join(root, 'common/b.ts'), 1000);
    writeFileSync(join(root, 'dist/renderer/index.html'), '');
    at(join(root, 'dist/renderer/index.html'), 2000);
    // The popover's server build is part of the build.
    expect(rendererIsStale(root)).toBe(true);
    writeFileSync(join(root, POPOVER_SSR_MODULE), '');
    expect(rendererIsStale(root)).toBe(false);
    at(join(root, 'common/b.ts'), 3000);
    expect(rendererIsStale(root)).toBe(true);
  });
});

describe('printing notifier', () => {
  it('prints one line per notification and records it', () => {
    const lines: string[] = [];
    const n = new PrintingNotifier((l) => lines.push(l));
    n.notify({ title: 'Quota low', body: 'LLM quota 85 % used.', tag: 'quota-alert' });
    expect(lines).toEqual(['notification: Quota low — LLM quota 85 % used.']);
    expect(n.shown).toMatchObject([{ title: 'Quota low', tag: 'quota-alert' }]);
  });
});
