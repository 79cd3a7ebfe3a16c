/// <reference lib="dom" />
// A real desktop notification: with the demo's simulated usage the demo user crosses 80 %
// within about 80 s, and the alert must reach the notification daemon (dunst, in the
// private D-Bus session and Xvfb display that `npm run test:electron` provides).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { launchApp, SKIP_REASON } from './electron-app';

test.skip(SKIP_REASON !== null, SKIP_REASON ?? '');

test('a quota alert appears as one desktop notification', async () => {
  test.skip(
    !existsSync('/usr/bin/dunst') || !process.env.DBUS_SESSION_BUS_ADDRESS,
    'needs dunst (Debian package) and a D-Bus session',
  );
  test.setTimeout(240_000);
  const dunst = spawn('dunst', [], { stdio: 'ignore' });
  const run = await launchApp();
  try {
    const history = () => spawnSync('dunstctl', ['history'], { encoding: 'utf8' }).stdout;
    await expect
      .poll(history, { timeout: 180_000, intervals: [2_000] })
      .toContain('Prometheux quota running low');
    const shown = history().split('Prometheux quota running low').length - 1;
    expect(shown).toBe(1);
  } finally {
    await run.close();
    dunst.kill();
  }
});
