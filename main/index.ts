// The Electron entry: composes the real Electron module, the app core and the shell.
// Everything with logic lives in main/electron/ (tested with the stub) and main/core/.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app } from 'electron';
import { realElectronDeps } from './electron/real-deps';
import { startShell } from './electron/shell';
import { unwiredCore } from './electron/unwired-core';

const here = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

// A throwaway profile for tests and demos: PROMETHEUX_TRAY_USER_DATA=/tmp/x npm start.
const userData = process.env.PROMETHEUX_TRAY_USER_DATA;
if (userData) app.setPath('userData', userData);

const shell = await startShell(realElectronDeps(), async () => unwiredCore(), {
  platform: process.platform,
  preloadPath: here('../preload/index.cjs'),
  rendererDir: here('../renderer'),
  iconDir: here('../icons/tray'),
  // Inside an AppImage, autostart must run the AppImage, not its temporary mount.
  execPath: process.env.APPIMAGE ?? process.execPath,
  configHome: process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'),
});

// --open shows the popover at start (the Electron e2e suite needs a window); --demo signs in
// to the embedded reference server, as "Try the demo" does.
if (shell && process.argv.includes('--open')) shell.windows.showPopover();
if (shell && process.argv.includes('--demo')) void shell.handlers['demo:start']();
