import { describe, expect, it } from 'vitest';
import { emptySnapshot, type UsageSnapshot } from '../../common/snapshot';
import { createElectronStub } from '../../test/stubs/electron';
import { TrayController, trayIconPath } from './tray-controller';

const noop = () => undefined;
const actions = {
  open: noop,
  refresh: noop,
  snooze: noop,
  preferences: noop,
  quit: noop,
  toggle: noop,
};

const snap = (llm: number, stale = false): UsageSnapshot => ({
  ...emptySnapshot(),
  auth: { signedIn: true, persistent: false, reason: null },
  llm: { kind: 'llm', current: llm, limit: 100, remaining: 100 - llm, percentUsed: llm },
  embedding: { kind: 'embedding', current: 0, limit: 100, remaining: 100, percentUsed: 0 },
  stale,
});

describe('tray controller', () => {
  it('picks the icon file per platform', () => {
    expect(trayIconPath('/i', 'level-2', 'win32')).toBe('/i/level-2.png');
    expect(trayIconPath('/i', 'level-2', 'linux')).toBe('/i/linux/level-2.png');
    expect(trayIconPath('/i', 'level-2', 'darwin')).toBe('/i/mac/level-2Template.png');
  });

  it('sets a context menu from the start and only redraws what changed', () => {
    const stub = createElectronStub();
    const tray = new TrayController(
      stub.deps,
      actions,
      { iconDir: '/i', platform: 'win32' },
      snap(10),
    );
    const t = stub.trays[0];
    expect(t?.menu).not.toBeNull();
    expect(t?.images.map((i) => i.path)).toEqual(['/i/level-0.png']);
    const menu = t?.menu;
    tray.update(snap(10), null);
    expect(t?.menu).toBe(menu); // same facts: the menu is not rebuilt
    tray.update(snap(85, true), null);
    expect(t?.images.map((i) => i.path)).toEqual(['/i/level-0.png', '/i/level-4-stale.png']);
    expect(t?.menu).not.toBe(menu);
    expect(t?.tooltip).toContain('Out of date');
  });

  it('toggles with the bounds Electron gives, or the tray bounds when it gives none', () => {
    const stub = createElectronStub();
    const seen: unknown[] = [];
    new TrayController(
      stub.deps,
      { ...actions, toggle: (b) => void seen.push(b) },
      { iconDir: '/i', platform: 'linux' },
      emptySnapshot(),
    );
    const t = stub.trays[0];
    t?.emit('click', {}, { x: 1, y: 2, width: 3, height: 4 });
    t?.emit('click', {});
    expect(seen).toEqual([{ x: 1, y: 2, width: 3, height: 4 }, t?.bounds]);
  });

  it('on macOS pops the menu up on right click and leaves the left click to the popover', () => {
    const stub = createElectronStub();
    const toggled: unknown[] = [];
    const tray = new TrayController(
      stub.deps,
      { ...actions, toggle: (b) => void toggled.push(b) },
      { iconDir: '/i', platform: 'darwin' },
      snap(10),
    );
    const t = stub.trays[0];
    expect(t?.menu).toBeNull(); // a set menu would swallow the left click on macOS
    t?.emit('click', {}, t.bounds);
    expect(toggled).toHaveLength(1);
    t?.emit('right-click');
    tray.update(snap(50), null);
    t?.emit('right-click');
    expect(t?.poppedUp).toHaveLength(2);
    expect(t?.poppedUp[1]?.template[0]?.label).toBe('LLM 50 % · Embeddings 0 %');
  });
});
