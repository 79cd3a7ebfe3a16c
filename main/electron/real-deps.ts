// The real Electron module, shaped as ElectronDeps. The only runtime import of `electron`
// in the main process; tsc checks here that Electron's own types fit the shell's narrow
// ones, so the stub used in tests cannot drift from what Electron provides.
import {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  nativeImage,
  net,
  Notification,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
  Tray,
} from 'electron';
import type { ElectronDeps } from './electron-deps';

export function realElectronDeps(): ElectronDeps {
  return {
    app,
    createWindow: (options) => new BrowserWindow(options),
    createTray: (image) => new Tray(image),
    buildMenu: (template) => Menu.buildFromTemplate(template),
    createNotification: (options) => new Notification(options),
    notificationsSupported: () => Notification.isSupported(),
    imageFromPath: (path) => nativeImage.createFromPath(path),
    powerMonitor,
    screen,
    defaultSession: () => session.defaultSession,
    ipcMain,
    openExternal: (url) => shell.openExternal(url),
    protocol,
    isOnline: () => net.isOnline(),
  };
}
