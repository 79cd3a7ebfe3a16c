// The preview host is a development and test harness: nothing of it may reach the packaged
// app. electron-builder packs only dist/** and package.json, and the main bundle's import
// graph (esbuild, as build:main does it) must not include main/preview*.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the preview is not packaged', () => {
  it('electron-builder packs only build output and package.json', () => {
    const yml = readFileSync(`${root}/electron-builder.yml`, 'utf8');
    const files = /^files:\n((?:\s+- .*\n)+)/m.exec(yml)?.[1] ?? '';
    const patterns = files
      .split('\n')
      .map((l) => l.trim().replace(/^- /, '').replace(/^'|'$/g, ''))
      .filter(Boolean);
    expect(patterns.length).toBeGreaterThan(0);
    for (const p of patterns) expect(p).toMatch(/^!?(dist\/|package\.json$)/);
  });

  it('the Electron main bundle does not import the preview host', async () => {
    const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as {
      dependencies: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    const result = await build({
      entryPoints: [`${root}/main/index.ts`],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      outdir: '/nonexistent-out',
      splitting: true,
      logLevel: 'silent',
      external: [
        'electron',
        ...Object.keys(pkg.dependencies),
        ...Object.keys(pkg.optionalDependencies ?? {}),
      ],
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((i) => i.includes('main/core/app/'))).toBe(true);
    expect(inputs.filter((i) => /main\/preview/.test(i))).toEqual([]);
  });
});
