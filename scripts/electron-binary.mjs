// Finds the Electron binary without running node_modules/electron/index.js, whose
// require() tries to download the binary (and hangs or throws where the network is
// closed). Same lookup as that file: ELECTRON_OVERRIDE_DIST_PATH, else path.txt + dist/.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** @returns {{ ok: true, path: string } | { ok: false, reason: string }} */
export function findElectronBinary(env = process.env) {
  let pkgDir;
  try {
    pkgDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { ok: false, reason: 'the electron package is not installed' };
  }
  const pathFile = join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return existsSync(path)
      ? { ok: true, path }
      : { ok: false, reason: 'ELECTRON_OVERRIDE_DIST_PATH names no Electron executable' };
  }
  if (!relative) {
    return { ok: false, reason: 'npm installed electron without its binary (no path.txt)' };
  }
  const path = join(pkgDir, 'dist', relative);
  return existsSync(path)
    ? { ok: true, path }
    : { ok: false, reason: 'the downloaded Electron binary is missing from node_modules' };
}

/** The one line `npm start` and `npm run test:electron` print where Electron cannot run. */
export function missingElectronMessage(reason) {
  return `The Electron binary is not available on this machine (${reason}); run \`npm run preview\` to use the app in a browser.`;
}
