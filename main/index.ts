// The Electron entry: the real Electron module, the app core on electron-store and keytar,
// the demo server, and the shell. Everything with logic lives in main/electron/ (tested
// with the stub electron module) and main/core/ (tested with fakes and real servers).
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app } from 'electron';
import { loadKeytarSecretStore } from './adapters/keytar-secret-store';
import { createElectronSettingsFile } from './adapters/electron-store-settings-file';
import { createAppCore } from './core/app/app-core';
import { openSettingsStore } from './core/settings/settings-store';
import { DemoServerHost } from './electron/demo-server';
import { realElectronDeps } from './electron/real-deps';
import { startShell } from './electron/shell';
import { systemClock } from './electron/system-clock';

const here = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

// A throwaway profile for tests and demos: PROMETHEUX_TRAY_USER_DATA=/tmp/x npm start.
const userDataOverride = process.env.PROMETHEUX_TRAY_USER_DATA;
if (userDataOverride) app.setPath('userData', userDataOverride);

let demo: DemoServerHost | null = null;

/** A start that failed is a bug: say so in one line (no config, no token) and exit. */
function fatal(error: unknown): void {
  console.error('Prometheux Tray could not start:', error instanceof Error ? error.message : '');
  app.exit(1);
}

// No top-level await: Electron emits 'ready' only once this module has finished
// evaluating, and startShell waits for 'ready' (https://github.com/electron/electron/pull/41369).
void startShell(
  realElectronDeps(),
  async (services) => {
    const userData = app.getPath('userData');
    const demoHost = new DemoServerHost(join(userData, 'demo-server'));
    demo = demoHost;
    const core = createAppCore({
      settings: openSettingsStore(createElectronSettingsFile(userData)),
      secrets: () => loadKeytarSecretStore(),
      clock: systemClock,
      notifier: services.notifier,
      shell: { ...services, startDemo: () => demoHost.start() },
    });
    return {
      ...core,
      dispose: async () => {
        await core.dispose();
        await demo?.stop();
      },
    };
  },
  {
    platform: process.platform,
    preloadPath: here('../preload/index.cjs'),
    rendererDir: here('../renderer'),
    iconDir: here('../icons/tray'),
    // Inside an AppImage, autostart must run the AppImage, not its temporary mount.
    execPath: process.env.APPIMAGE ?? process.execPath,
    configHome: process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'),
  },
).then((shell) => {
  // --open shows the popover at start (the Electron e2e suite needs a window); --demo signs
  // in to the embedded reference server, as "Try the demo" does.
  if (shell && process.argv.includes('--open')) shell.windows.showPopover();
  if (shell && process.argv.includes('--demo')) void shell.handlers['demo:start']();
}, fatal);
