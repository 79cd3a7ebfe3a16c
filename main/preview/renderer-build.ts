// "Builds the renderer if needed": dist/renderer is rebuilt (npm run build:renderer) when it
// is missing or older than any source under renderer/ or common/, so `npm run preview`
// never serves a stale UI and a second start does not wait for Vite.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fail, ok, type Result } from '../../common/result';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const t = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

/** The popover's server build (pre-render on the preview host), made by build:renderer too. */
export const POPOVER_SSR_MODULE = 'dist/renderer-ssr/popover-ssr.js';

/** Whether dist/renderer (or the popover's server build) is missing or older than its sources. */
export function rendererIsStale(root: string): boolean {
  const built = join(root, 'dist/renderer/index.html');
  if (!existsSync(built) || !existsSync(join(root, POPOVER_SSR_MODULE))) return true;
  const sources = Math.max(newestMtime(join(root, 'renderer')), newestMtime(join(root, 'common')));
  return sources > statSync(built).mtimeMs;
}

/** Builds the renderer when stale; the build's own output goes to stderr. */
export function ensureRendererBuilt(root: string, log: (line: string) => void): Result<boolean> {
  if (!rendererIsStale(root)) return ok(false);
  log('building the renderer (npm run build:renderer)…');
  const r = spawnSync('npm', ['run', '--silent', 'build:renderer'], {
    cwd: root,
    stdio: ['ignore', process.stderr, 'inherit'],
  });
  return r.status === 0 ? ok(true) : fail('internal', 'The renderer build failed (see above).');
}
