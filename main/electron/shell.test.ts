import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Notice } from '../../common/ipc-contract';
import { emptySnapshot, type UsageSnapshot } from '../../common/snapshot';
import { createElectronStub, type StubMenu } from '../../test/stubs/electron';
import { startShell, type ShellOptions } from './shell';
import { FAKE_SETTINGS, fakeShellCore } from './testing/fake-shell-core';

type Fake = ReturnType<typeof fakeShellCore>;

const configHome = mkdtempSync(join(tmpdir(), 'shell-config-'));
afterAll(() => rmSync(configHome, { recursive: true, force: true }));

const options: ShellOptions = {
  platform: 'linux',
  preloadPath: '/app/dist/preload/index.cjs',
  rendererDir: '/app/dist/renderer',
  iconDir: '/app/dist/icons/tray',
  execPath: '/opt/Prometheux Tray/prometheux-tray',
  configHome,
  pollOnlineMs: 60_000,
};

const signedIn: UsageSnapshot = {
  ...emptySnapshot(),
  auth: { signedIn: true, persistent: true, reason: null },
  llm: { kind: 'llm', current: 150, limit: 1000, remaining: 850, percentUsed: 15 },
  embedding: { kind: 'embedding', current: 450, limit: 500, remaining: 50, percentUsed: 90 },
};

async function start(platform: NodeJS.Platform = 'linux', onStart?: (f: Fake) => void) {
  const stub = createElectronStub();
  const fake = fakeShellCore();
  if (onStart) fake.onStart(() => onStart(fake));
  const shell = await startShell(stub.deps, fake.create, { ...options, platform });
  if (!shell) throw new Error('shell did not start');
  const tray = stub.trays[0];
  if (!tray) throw new Error('no tray');
  const menu = () => tray.menu as StubMenu;
  return { stub, fake, shell, tray, menu };
}

describe('the shell', () => {
  it('quits at once when another instance holds the lock', async () => {
    const stub = createElectronStub();
    stub.app.hasLock = false;
    const fake = fakeShellCore();
    expect(await startShell(stub.deps, fake.create, options)).toBeNull();
    expect(stub.app.quitCount).toBe(1);
    expect(fake.services()).toBeNull();
    expect(stub.trays).toHaveLength(0);
  });

  it('focuses the first instance when a second one starts', async () => {
    const { stub } = await start();
    expect(stub.windows).toHaveLength(0);
    stub.app.emit('second-instance');
    const popover = stub.windows[0];
    expect(popover?.isVisible()).toBe(true);
    expect(popover?.focusCount).toBe(1);
  });

  it('keeps running when every window is closed, and quits from the menu only', async () => {
    const { stub, fake, menu, tray } = await start();
    stub.app.emit('window-all-closed');
    expect(stub.app.quitCount).toBe(0);
    menu().click('Quit');
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.disposed()).toBe(1);
    expect(stub.app.quitCount).toBe(1);
    expect(tray.destroyed).toBe(true);
    expect(stub.ipcMain.handlers.size).toBe(0);
  });

  it('disposes the core before a quit that came from outside the menu', async () => {
    const { stub, fake } = await start();
    let prevented = false;
    stub.app.emit('will-quit', { preventDefault: () => (prevented = true) });
    await new Promise((r) => setTimeout(r, 0));
    expect(prevented).toBe(true);
    expect(fake.disposed()).toBe(1);
    expect(stub.app.quitCount).toBe(1);
  });

  it('serves app:// and denies permissions once ready', async () => {
    const { stub } = await start();
    expect(stub.protocol.privileged.map((s) => s.scheme)).toEqual(['app']);
    expect(stub.protocol.handlers.has('app')).toBe(true);
    expect(stub.permissions.check?.()).toBe(false);
  });

  it('hides the dock on macOS and sets the AppUserModelID on Windows', async () => {
    const mac = await start('darwin');
    expect(mac.stub.app.dockState.hidden).toBe(true);
    expect(mac.tray.image?.template).toBe(true);
    expect(mac.tray.image?.path).toBe('/app/dist/icons/tray/mac/signed-outTemplate.png');
    const win = await start('win32');
    expect(win.stub.app.appUserModelId).toBe('ai.prometheux.tray');
    expect(win.stub.app.dockState.hidden).toBe(false);
  });

  it('draws the tray from the snapshot and follows snapshot events', async () => {
    const { fake, tray, menu } = await start();
    expect(tray.image?.path).toBe('/app/dist/icons/tray/linux/signed-out.png');
    expect(tray.tooltip).toBe('Prometheux Tray\nSigned out');
    fake.emit('snapshot:changed', signedIn);
    expect(tray.image?.path).toBe('/app/dist/icons/tray/linux/level-4.png');
    expect(tray.tooltip).toContain('LLM: 15 % used');
    expect(tray.tooltip).toContain('Embeddings: 90 % used');
    expect(menu().template.map((i) => i.label ?? '—')).toEqual([
      'LLM 15 % · Embeddings 90 %',
      '—',
      'Open',
      'Refresh now',
      'Snooze alerts 1 h',
      '—',
      'Preferences…',
      'Quit',
    ]);
  });

  it('turns menu clicks into core calls and windows', async () => {
    const { stub, fake, menu } = await start();
    fake.emit('snapshot:changed', signedIn);
    fake.calls.length = 0;
    menu().click('Refresh now');
    menu().click('Snooze alerts 1 h');
    expect(fake.calls).toEqual([
      ['usage:refresh', undefined],
      ['alerts:snooze', { until: '1h' }],
    ]);
    menu().click('Preferences…');
    menu().click('Preferences…');
    expect(stub.windows).toHaveLength(1); // one preferences window, focused again
    expect(stub.windows[0]?.url).toBe('app://bundle/index.html#preferences');
    menu().click('Open');
    expect(stub.windows[1]?.url).toBe('app://bundle/index.html#popover');
  });

  it('shows when alerts are snoozed, from settings events', async () => {
    const { fake, menu } = await start();
    fake.emit('snapshot:changed', signedIn);
    const until = new Date(Date.now() + 3_600_000).toISOString();
    fake.emit('settings:changed', {
      ...FAKE_SETTINGS,
      alerts: { ...FAKE_SETTINGS.alerts, snoozeUntil: until },
    });
    const snooze = menu().template[4];
    expect(snooze?.label).toMatch(/^Alerts snoozed until \d\d:\d\d$/);
    expect(snooze?.enabled).toBe(false);
  });

  it('toggles the popover on a tray click, next to the tray and inside the work area', async () => {
    const { stub, tray } = await start();
    tray.emit('click', {}, { x: 1900, y: 0, width: 22, height: 24 });
    const popover = stub.windows[0];
    expect(popover?.isVisible()).toBe(true);
    expect(popover?.bounds).toEqual({ x: 1920 - 360, y: 28, width: 360, height: 480 });
    expect(popover?.options).toMatchObject({ frame: false, skipTaskbar: true, show: false });
    tray.emit('click', {}, tray.bounds);
    expect(popover?.isVisible()).toBe(false);
  });

  it('hides the popover on blur, and a click that caused the blur does not reopen it', async () => {
    const { stub, tray } = await start();
    tray.emit('click', {}, tray.bounds);
    const popover = stub.windows[0];
    popover?.emit('blur');
    expect(popover?.isVisible()).toBe(false);
    tray.emit('click', {}, tray.bounds);
    expect(popover?.isVisible()).toBe(false);
  });

  it('turns an alert into one notification with the grouped text; a click opens the popover', async () => {
    const { stub, fake } = await start();
    const notifier = fake.services()?.notifier;
    notifier?.notify({
      title: 'Quota running low',
      body: 'LLM: 80 % used · Embeddings: 95 % used',
      tag: 'quota',
    });
    expect(stub.notifications).toHaveLength(1);
    const [note] = stub.notifications;
    expect(note?.options).toMatchObject({
      title: 'Quota running low',
      body: 'LLM: 80 % used · Embeddings: 95 % used',
    });
    expect(note?.shown).toBe(true);
    note?.emit('click');
    expect(stub.windows[0]?.isVisible()).toBe(true);
    notifier?.notify({ title: 'Quota used up', body: 'LLM: 100 % used', tag: 'quota' });
    expect(note?.closed).toBe(true); // replaced, not stacked
    expect(stub.notifications).toHaveLength(2);
  });

  it('pauses the monitor on suspend and resumes (one refresh) when the last pause ends', async () => {
    const { stub, fake } = await start();
    stub.powerMonitor.emit('suspend');
    stub.powerMonitor.emit('lock-screen');
    expect(fake.monitor).toEqual({ pauses: 1, resumes: 0 });
    stub.powerMonitor.emit('resume');
    expect(fake.monitor.resumes).toBe(0); // still locked
    stub.powerMonitor.emit('unlock-screen');
    stub.powerMonitor.emit('unlock-screen');
    expect(fake.monitor).toEqual({ pauses: 1, resumes: 1 });
  });

  it('pushes core events to our windows only', async () => {
    const { stub, fake } = await start();
    stub.app.emit('second-instance'); // opens the popover
    fake.emit('snapshot:changed', signedIn);
    expect(stub.windows[0]?.webContents.sent).toEqual([['snapshot:changed', signedIn]]);
  });

  it('tells a page that loads later the notices given before it existed', async () => {
    const notice: Notice = {
      level: 'warning',
      message: 'Your settings file was damaged.',
      code: 'x',
    };
    const { stub } = await start('linux', (fake) => fake.emit('notice', notice));
    expect(stub.windows).toHaveLength(0);
    stub.app.emit('second-instance'); // the popover, created now
    const contents = stub.windows[0]?.webContents;
    if (!contents) throw new Error('no popover');
    contents.emit('did-finish-load');
    expect(contents.sent).toEqual([['notice', notice]]);
  });

  it('answers the window channels itself, with the openExternal allowlist', async () => {
    const { stub, fake } = await start();
    stub.app.emit('second-instance');
    const popover = stub.windows[0];
    if (!popover) throw new Error('no popover');
    const ask = (channel: string, args?: unknown) =>
      stub.ipcMain.invoke(channel, popover.frame(), args);
    expect(await ask('window:open-external', { url: 'https://docs.prometheux.ai/' })).toEqual({
      ok: true,
      value: null,
    });
    expect(await ask('window:open-external', { url: 'https://evil.example/' })).toMatchObject({
      ok: false,
    });
    expect(stub.opened).toEqual(['https://docs.prometheux.ai/']);
    expect(await ask('window:open-preferences', { tab: 'alerts' })).toEqual({
      ok: true,
      value: null,
    });
    expect(stub.windows[1]?.url).toBe('app://bundle/index.html#preferences/alerts');
    expect(fake.calls.map(([c]) => c)).not.toContain('window:open-preferences');
  });

  it('starts the core only once it listens, so the first snapshot reaches the tray', async () => {
    const { tray } = await start('linux', (fake) => fake.emit('snapshot:changed', signedIn));
    expect(tray.image?.path).toBe('/app/dist/icons/tray/linux/level-4.png');
  });

  it('tells the core when a window is on screen', async () => {
    const { stub, fake, tray } = await start();
    tray.emit('click', {}, tray.bounds);
    stub.windows[0]?.emit('blur');
    expect(fake.visible).toEqual([true, false]);
  });

  it('re-writes the autostart entry at start when launch at login is on', async () => {
    const stub = createElectronStub();
    const fake = fakeShellCore(emptySnapshot(), { ...FAKE_SETTINGS, launchAtLogin: true });
    const home = mkdtempSync(join(tmpdir(), 'shell-autostart-'));
    try {
      await startShell(stub.deps, fake.create, { ...options, configHome: home });
      await new Promise((r) => setTimeout(r, 20));
      const entry = readFileSync(join(home, 'autostart', 'prometheux-tray.desktop'), 'utf8');
      expect(entry).toContain('Exec="/opt/Prometheux Tray/prometheux-tray" --hidden');
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
