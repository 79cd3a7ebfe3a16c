// `npm run test:electron`: the Electron suite (e2e/electron). Where an Electron binary exists
// it builds the app and runs the suite (under Xvfb when there is no display); where not, it
// still runs Playwright so every test is reported as skipped, with the reason.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findElectronBinary, missingElectronMessage } from './electron-binary.mjs';

const binary = findElectronBinary();
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;

if (binary.ok) {
  for (const script of ['build:renderer', 'build:main']) {
    const status = run('npm', ['run', '--silent', script]);
    if (status !== 0) process.exit(status);
  }
} else {
  console.log(missingElectronMessage(binary.reason));
}
const playwright = [
  'node_modules/.bin/playwright',
  'test',
  '--config',
  'e2e/electron/playwright.config.ts',
];
// On Linux: a display (Xvfb when there is none) and a private D-Bus session, so the
// notification test talks to its own dunst and nothing of the user's desktop.
const linux = binary.ok && process.platform === 'linux';
const xvfb = linux && !process.env.DISPLAY && existsSync('/usr/bin/xvfb-run');
const dbus = linux && existsSync('/usr/bin/dbus-run-session');
const [cmd, ...args] = [
  ...(xvfb ? ['xvfb-run', '-a'] : []),
  ...(dbus ? ['dbus-run-session', '--'] : []),
  ...playwright,
];
process.exit(run(cmd, args));
