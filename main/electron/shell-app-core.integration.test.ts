// The whole main process minus Electron: the shell on the stub electron module, the real
// app core on a conf settings file in a temp folder and the memory secret store, and the
// demo server on loopback. A user clicks "Try the demo" in the popover; the tray shows the
// demo quotas; a second popover request from a foreign frame is refused.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { UsageSnapshot } from '../../common/snapshot';
import { createElectronStub } from '../../test/stubs/electron';
import { ConfSettingsFile } from '../adapters/conf-settings-file';
import { createAppCore } from '../core/app/app-core';
import { MemorySecretStore } from '../core/secrets/memory-secret-store';
import { openSettingsStore } from '../core/settings/settings-store';
import { DemoServerHost } from './demo-server';
import { startShell } from './shell';
import { systemClock } from './system-clock';

const dir = mkdtempSync(join(tmpdir(), 'shell-app-core-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('shell + app core + demo server', () => {
  it('Try the demo: the tray and the popover get the demo quotas', async () => {
    const stub = createElectronStub();
    const demo = new DemoServerHost(join(dir, 'demo'), { simulate: false });
    const shell = await startShell(
      stub.deps,
      async (services) => {
        const core = createAppCore({
          settings: openSettingsStore(new ConfSettingsFile({ cwd: join(dir, 'user-data') })),
          secrets: new MemorySecretStore(),
          clock: systemClock,
          notifier: services.notifier,
          shell: { ...services, startDemo: () => demo.start() },
        });
        return { ...core, dispose: async () => (await core.dispose(), await demo.stop()) };
      },
      {
        platform: 'linux',
        preloadPath: '/p.cjs',
        rendererDir: dir,
        iconDir: '/icons',
        execPath: '/x',
        configHome: join(dir, 'config'),
        pollOnlineMs: 60_000,
      },
    );
    if (!shell) throw new Error('no shell');
    const tray = stub.trays[0];
    expect(tray?.tooltip).toContain('Signed out');

    stub.app.emit('second-instance'); // opens the popover
    const popover = stub.windows[0];
    if (!popover) throw new Error('no popover');
    const started = await stub.ipcMain.invoke('demo:start', popover.frame(), undefined);
    expect(started).toMatchObject({ ok: true, value: { signedIn: true } });

    const deadline = Date.now() + 10_000;
    while (!tray?.tooltip.includes('LLM: 15 %') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(tray?.tooltip).toContain('LLM: 15 % used (850 of 1000 left)');
    expect(tray?.tooltip).toContain('Embeddings: 10 % used (450 of 500 left)');
    expect(tray?.image?.path).toBe('/icons/linux/level-0.png');
    const pushed = popover.webContents.sent.filter(([c]) => c === 'snapshot:changed');
    const last = pushed.at(-1)?.[1] as UsageSnapshot | undefined;
    expect(last?.llm?.current).toBe(150);
    expect(JSON.stringify(popover.webContents.sent)).not.toMatch(/eyJ[\w-]+\.[\w-]+\./); // no JWT

    const snapshot = await stub.ipcMain.invoke('snapshot:get', popover.frame(), undefined);
    expect(snapshot).toMatchObject({ ok: true, value: { role: 'user' } });
    const foreign = await stub.ipcMain.invoke('snapshot:get', popover.frame('https://x.test/'));
    expect(foreign).toMatchObject({ ok: false, code: 'forbidden' });

    await shell.quit();
    expect(stub.app.quitCount).toBe(1);
  });
});
