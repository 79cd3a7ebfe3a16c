// `npm start`: builds the renderer, main and preload, then launches Electron on the app.
// Where no Electron binary can run it says so in one line and exits 1, before building.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary, missingElectronMessage } from './electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electron = findElectronBinary();
if (!electron.ok) {
  console.error(missingElectronMessage(electron.reason));
  process.exit(1);
}
for (const script of ['build:renderer', 'build:main']) {
  const r = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const child = spawn(electron.path, [root, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
