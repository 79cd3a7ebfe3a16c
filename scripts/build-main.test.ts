// The main/preload bundles as Electron will load them: main as ESM with electron and the
// production dependencies external, the preload as CommonJS that requires nothing but
// electron (a sandboxed preload can load no other module).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { buildMain } from './build-main.mjs';

const out = mkdtempSync(join(tmpdir(), 'build-main-'));
beforeAll(async () => {
  await (buildMain as (dir: string) => Promise<string>)(out);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('build:main', () => {
  it('bundles the preload as CommonJS requiring electron only', () => {
    const preload = readFileSync(join(out, 'preload/index.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(preload).not.toMatch(/^\s*import\s/m);
    expect(preload).toContain('exposeInMainWorld');
  });

  it('bundles main as an ES module with electron and native modules left outside', () => {
    const main = readFileSync(join(out, 'main/index.js'), 'utf8');
    expect(main).toMatch(/from "electron"/);
    expect(main).not.toContain('node_modules/keytar');
    expect(main).not.toContain('node_modules/better-sqlite3');
    expect(main).toContain('registerSchemesAsPrivileged');
  });

  it('has no top-level await in main: Electron emits ready only after the entry evaluated', () => {
    const main = readFileSync(join(out, 'main/index.js'), 'utf8');
    expect(main).not.toMatch(/^[^\s/].*\bawait\b/m);
  });

  it('loads the demo server (Fastify, SQLite) only when the demo starts', () => {
    const main = readFileSync(join(out, 'main/index.js'), 'utf8');
    expect(main).not.toMatch(/^import .* from "(better-sqlite3|fastify)";$/m);
    const chunks = readdirSync(join(out, 'main/chunks')).filter((f) => f.endsWith('.js'));
    const server = chunks
      .map((f) => readFileSync(join(out, 'main/chunks', f), 'utf8'))
      .filter((text) => /from "better-sqlite3"/.test(text));
    expect(server).toHaveLength(1);
  });

  it('ships the tray icons next to the code', () => {
    expect(existsSync(join(out, 'icons/tray/linux/level-3@2x.png'))).toBe(true);
    expect(existsSync(join(out, 'icons/tray/mac/signed-outTemplate.png'))).toBe(true);
  });
});
