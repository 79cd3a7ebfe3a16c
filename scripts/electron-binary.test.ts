import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs helper without type declarations
import { findElectronBinary, missingElectronMessage } from './electron-binary.mjs';

type Found = { ok: true; path: string } | { ok: false; reason: string };
const find = findElectronBinary as (env?: Record<string, string | undefined>) => Found;
const here = find({});

const dist = mkdtempSync(join(tmpdir(), 'electron-dist-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('finding the Electron binary', () => {
  it('honours ELECTRON_OVERRIDE_DIST_PATH, as electron/index.js does', () => {
    const exe = join(dist, 'electron');
    writeFileSync(exe, '#!/bin/sh\n');
    chmodSync(exe, 0o755);
    const found = find({ ELECTRON_OVERRIDE_DIST_PATH: dist });
    expect(found.ok).toBe(true);
    const missing = find({ ELECTRON_OVERRIDE_DIST_PATH: join(dist, 'nowhere') });
    expect(missing).toMatchObject({ ok: false });
  });

  it('says in one line what to do instead', () => {
    const line = (missingElectronMessage as (r: string) => string)('no path.txt');
    expect(line).toBe(
      'The Electron binary is not available on this machine (no path.txt); run `npm run preview` to use the app in a browser.',
    );
  });

  it.skipIf(here.ok)('npm start prints that line and exits 1 without a stack trace', () => {
    const r = spawnSync(process.execPath, ['scripts/start-electron.mjs'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^The Electron binary is not available on this machine \(.+\); run/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });
});
