// The Electron shell, composed: single instance, hardening, app:// pages, windows, the
// core's IPC, tray, notifications, power events, launch at login. Thin by design: every
// decision lives in the modules it wires, each tested with the stub electron module.
import { EVENT_NAMES, type ContractHandlers, type Notice } from '../../common/ipc-contract';
import { registerAppScheme, handleAppProtocol } from './app-protocol';
import { APP_USER_MODEL_ID, createDesktopNotifier } from './desktop-notifier';
import type { ElectronDeps, WebContentsLike } from './electron-deps';
import { openExternalSafely } from './external-links';
import { denyAllPermissions, hardenWebContents } from './hardening';
import { registerContractHandlers } from './ipc-register';
import { setLaunchAtLogin } from './login-item';
import { drivePowerEvents } from './power-driver';
import { shellHandlers, type ShellCore, type ShellServices } from './shell-core';
import type { TrayController } from './tray-controller';
import { wireTray } from './tray-wiring';
import { WindowManager } from './windows';

export interface ShellOptions {
  platform: NodeJS.Platform;
  preloadPath: string;
  rendererDir: string;
  iconDir: string;
  /** The program an autostart entry runs (the AppImage path when run from one). */
  execPath: string;
  configHome: string;
  now?: () => number;
  pollOnlineMs?: number;
}

export interface RunningShell {
  windows: WindowManager;
  tray: TrayController;
  handlers: ContractHandlers;
  quit(): Promise<void>;
}

/**
 * Starts the shell around a core built by `createCore`. Resolves to null when another
 * instance already runs (that one is focused through 'second-instance').
 */
export async function startShell(
  deps: ElectronDeps,
  createCore: (services: ShellServices) => Promise<ShellCore>,
  options: ShellOptions,
): Promise<RunningShell | null> {
  const { app, platform } = { ...deps, platform: options.platform };
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  registerAppScheme(deps.protocol); // before 'ready', as Electron requires
  // A tray app lives on with no window open; it quits from the tray menu only.
  app.on('window-all-closed', () => undefined);
  app.on('web-contents-created', (_e: unknown, contents: WebContentsLike) =>
    hardenWebContents(contents),
  );
  await app.whenReady();
  if (platform === 'darwin') app.dock?.hide();
  if (platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  denyAllPermissions(deps.defaultSession());
  handleAppProtocol(deps.protocol, options.rendererDir);

  let core: ShellCore | null = null;
  // Notices (e.g. "your settings file was damaged") mostly happen at start, before any window
  // exists; each page is told them once it has loaded, not only those open at the time.
  const notices: Notice[] = [];
  const windows = new WindowManager(deps, {
    preloadPath: options.preloadPath,
    now: options.now,
    onVisibleChange: (visible) => core?.setWindowVisible?.(visible),
    onPageLoaded: (contents) => {
      for (const notice of notices) contents.send('notice', notice);
    },
  });
  app.on('second-instance', () => windows.focusExisting());

  // Undo steps, pushed as each part starts, so a quit at any moment undoes what exists.
  const cleanup: (() => void)[] = [];
  let quitting: Promise<void> | null = null;
  const quit = (): Promise<void> => {
    quitting ??= (async () => {
      for (const undo of cleanup.reverse()) undo();
      await core?.dispose();
      app.quit();
    })();
    return quitting;
  };
  // A quit from outside (logout, Cmd+Q, a signal) still disposes the core first.
  app.on('will-quit', (event: { preventDefault(): void }) => {
    if (quitting === null) {
      event.preventDefault();
      void quit();
    }
  });

  const services: ShellServices = {
    notifier: createDesktopNotifier(deps, () => windows.showPopover()),
    openPreferences: (tab) => windows.openPreferences(tab),
    openSignIn: () => windows.openSignIn(),
    openExternal: (url) => openExternalSafely(deps.openExternal, url),
    quit: () => void quit(),
    setLaunchAtLogin: (enabled) =>
      setLaunchAtLogin(
        { app, platform, execPath: options.execPath, configHome: options.configHome },
        enabled,
      ),
  };
  core = await createCore(services);
  const handlers: ContractHandlers = { ...core.handlers, ...shellHandlers(services) };
  cleanup.push(
    registerContractHandlers(deps.ipcMain, handlers, (id) => windows.isOurWebContents(id)),
  );
  const shellCore = core;
  cleanup.push(shellCore.on('notice', (notice) => void notices.push(notice)));
  cleanup.push(...EVENT_NAMES.map((name) => shellCore.on(name, (p) => windows.broadcast(name, p))));
  const { tray, unsubscribe } = await wireTray(deps, core, handlers, windows, services, {
    iconDir: options.iconDir,
    platform,
    now: options.now,
  });
  cleanup.push(unsubscribe);
  cleanup.push(drivePowerEvents(deps, core.monitor, { pollMs: options.pollOnlineMs }));
  await core.start?.();
  return { windows, tray, handlers, quit };
}
