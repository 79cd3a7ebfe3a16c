// Under vitest `electron` is test/stubs/electron.ts: this checks that realElectronDeps maps
// each factory onto the module's own constructors and singletons.
import { describe, expect, it } from 'vitest';
import * as electron from 'electron';
import { StubBrowserWindow, StubNotification, StubTray } from '../../test/stubs/electron';
import { realElectronDeps } from './real-deps';

describe('realElectronDeps', () => {
  it('builds windows, trays and notifications with the electron module', () => {
    const deps = realElectronDeps();
    expect(deps.createWindow({ width: 10 })).toBeInstanceOf(StubBrowserWindow);
    expect(deps.createTray(deps.imageFromPath('/i/x.png'))).toBeInstanceOf(StubTray);
    expect(deps.createNotification({ title: 't', body: 'b' })).toBeInstanceOf(StubNotification);
    expect(deps.notificationsSupported()).toBe(true);
    expect(deps.app).toBe(electron.app);
    expect(deps.ipcMain).toBe(electron.ipcMain);
    expect(deps.powerMonitor).toBe(electron.powerMonitor);
    expect(deps.isOnline()).toBe(true);
  });
});
