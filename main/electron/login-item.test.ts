import { mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createElectronStub } from '../../test/stubs/electron';
import { AUTOSTART_FILE, quoteExec, setLaunchAtLogin } from './login-item';

const home = mkdtempSync(join(tmpdir(), 'autostart-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('launch at login', () => {
  it('writes and removes an XDG autostart entry on Linux', async () => {
    const stub = createElectronStub();
    const deps = {
      app: stub.app,
      platform: 'linux' as const,
      execPath: '/home/me/Apps/Prometheux Tray.AppImage',
      configHome: home,
    };
    const file = join(home, 'autostart', AUTOSTART_FILE);
    expect(await setLaunchAtLogin(deps, true)).toEqual({ ok: true, value: null });
    const entry = readFileSync(file, 'utf8');
    expect(entry).toContain('[Desktop Entry]\nType=Application\nName=Prometheux Tray\n');
    expect(entry).toContain('Exec="/home/me/Apps/Prometheux Tray.AppImage" --hidden\n');
    expect(await setLaunchAtLogin(deps, false)).toEqual({ ok: true, value: null });
    expect(existsSync(file)).toBe(false);
    expect(await setLaunchAtLogin(deps, false)).toEqual({ ok: true, value: null });
    expect(stub.app.loginItem).toBeNull();
  });

  it('reports an unwritable autostart folder as a value', async () => {
    const blocked = join(home, 'blocked');
    writeFileSync(blocked, 'a file where a folder should be');
    chmodSync(blocked, 0o400);
    const stub = createElectronStub();
    const result = await setLaunchAtLogin(
      { app: stub.app, platform: 'linux', execPath: '/x', configHome: blocked },
      true,
    );
    expect(result).toMatchObject({ ok: false, code: 'internal' });
  });

  it('uses app.setLoginItemSettings on macOS and Windows', async () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const stub = createElectronStub();
      const deps = { app: stub.app, platform, execPath: '/x', configHome: home };
      await setLaunchAtLogin(deps, true);
      expect(stub.app.loginItem).toEqual({ openAtLogin: true, openAsHidden: true });
      await setLaunchAtLogin(deps, false);
      expect(stub.app.loginItem).toEqual({ openAtLogin: false, openAsHidden: true });
    }
  });

  it('quotes the reserved characters of an Exec key', () => {
    expect(quoteExec('/a "b"/$c`d\\e')).toBe('"/a \\"b\\"/\\$c\\`d\\\\e"');
  });
});
