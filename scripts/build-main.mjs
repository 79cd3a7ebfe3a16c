// `npm run build:main`: bundles the main process (ESM, dist/main/index.js) and the preload
// (CommonJS, dist/preload/index.cjs: sandboxed preloads cannot be ES modules,
// https://www.electronjs.org/docs/latest/tutorial/esm#sandboxed-preload-scripts-cant-use-esm-imports)
// and copies the tray icons to dist/icons/tray. Production dependencies stay external:
// electron-builder ships them (keytar's native module unpacked from the asar).
import { cpSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildMain(outDir = join(root, 'dist')) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const external = [
    'electron',
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.optionalDependencies ?? {}),
  ];
  const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true };
  await build({
    ...common,
    entryPoints: [join(root, 'main/index.ts')],
    outdir: join(outDir, 'main'),
    entryNames: '[name]',
    // Code split: the demo server (Fastify, SQLite) is a chunk loaded only when used.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    format: 'esm',
    external,
    logLevel: 'warning',
  });
  await build({
    ...common,
    entryPoints: [join(root, 'preload/index.ts')],
    outfile: join(outDir, 'preload/index.cjs'),
    format: 'cjs',
    // A sandboxed preload may require only electron's renderer modules: bundle the rest.
    external: ['electron'],
    logLevel: 'warning',
  });
  cpSync(join(root, 'build/icons/tray'), join(outDir, 'icons/tray'), { recursive: true });
  return outDir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildMain();
  console.log('built dist/main/index.js, dist/preload/index.cjs, dist/icons/tray/');
}
