// The Electron shell, composed: single instance, hardening, app:// pages, tray, windows,
// IPC, notifications, power events, launch at login. Thin by design: every decision lives
// in the modules it wires, each tested with the stub electron module.
import { EVENT_NAMES, type ContractHandlers } from '../../common/ipc-contract';
import { ok } from '../../common/result';
import { emptySnapshot, type UsageSnapshot } from '../../common/snapshot';
import { registerAppScheme, handleAppProtocol } from './app-protocol';
import { APP_USER_MODEL_ID, createDesktopNotifier } from './desktop-notifier';
import type { ElectronDeps } from './electron-deps';
import { openExternalSafely } from './external-links';
import { denyAllPermissions, hardenWebContents } from './hardening';
import { registerContractHandlers } from './ipc-register';
import { setLaunchAtLogin } from './login-item';
import { drivePowerEvents } from './power-driver';
import type { ShellCore, ShellHandlers, ShellServices } from './shell-core';
import { TrayController } from './tray-controller';
import type { WebContentsLike } from './electron-deps';
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

/** Snooze end from the settings' ISO string, as epoch ms (null when not snoozed). */
function snoozeEnd(iso: string | null): number | null {
  const t = iso === null ? Number.NaN : Date.parse(iso);
  return Number.isFinite(t) ? t : null;
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
  const { app } = deps;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  registerAppScheme(deps.protocol);
  // A tray app lives on with no window open; it quits from the tray menu only.
  app.on('window-all-closed', () => undefined);
  app.on('web-contents-created', (_event: unknown, contents: WebContentsLike) =>
    hardenWebContents(contents),
  );
  await app.whenReady();
  if (options.platform === 'darwin') app.dock?.hide();
  if (options.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  denyAllPermissions(deps.defaultSession());
  handleAppProtocol(deps.protocol, options.rendererDir);

  const windows = new WindowManager(deps, { preloadPath: options.preloadPath, now: options.now });
  app.on('second-instance', () => windows.focusExisting());
  const launchAtLogin = (enabled: boolean) =>
    setLaunchAtLogin(
      {
        app,
        platform: options.platform,
        execPath: options.execPath,
        configHome: options.configHome,
      },
      enabled,
    );
  const notifier = createDesktopNotifier(deps, () => windows.showPopover());
  const core = await createCore({ notifier, setLaunchAtLogin: launchAtLogin });

  // Undo steps, pushed as each part starts, so a quit at any moment undoes what exists.
  const cleanup: (() => void)[] = [];
  let quitting: Promise<void> | null = null;
  const quit = (): Promise<void> => {
    quitting ??= (async () => {
      for (const undo of cleanup.reverse()) undo();
      await core.dispose();
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
  const shellHandlers: ShellHandlers = {
    'window:open-preferences': async ({ tab }) => (windows.openPreferences(tab), ok(null)),
    'window:open-sign-in': async () => (windows.openSignIn(), ok(null)),
    'window:open-external': async ({ url }) => openExternalSafely(deps.openExternal, url),
    'app:quit': async () => (void quit(), ok(null)),
  };
  const handlers: ContractHandlers = { ...core.handlers, ...shellHandlers };
  cleanup.push(
    registerContractHandlers(deps.ipcMain, handlers, (id) => windows.isOurWebContents(id)),
  );

  const first = await handlers['snapshot:get']();
  let snapshot: UsageSnapshot = first.ok ? first.value : emptySnapshot();
  const settings = await handlers['settings:get']();
  let snoozedUntil = settings.ok ? snoozeEnd(settings.value.alerts.snoozeUntil) : null;
  let launch = settings.ok ? settings.value.launchAtLogin : false;
  if (settings.ok) void launchAtLogin(launch);

  const tray = new TrayController(
    deps,
    {
      open: () => windows.showPopover(),
      refresh: () => void handlers['usage:refresh'](),
      snooze: () => void handlers['alerts:snooze']({ until: '1h' }),
      preferences: () => windows.openPreferences(),
      quit: () => void quit(),
      toggle: (bounds) => windows.togglePopover(bounds),
    },
    { iconDir: options.iconDir, platform: options.platform, now: options.now },
    snapshot,
  );
  tray.update(snapshot, snoozedUntil);
  cleanup.push(() => tray.destroy());

  cleanup.push(
    ...EVENT_NAMES.map((name) => core.on(name, (payload) => windows.broadcast(name, payload))),
    core.on('snapshot:changed', (next) => {
      snapshot = next;
      tray.update(snapshot, snoozedUntil);
    }),
    core.on('settings:changed', (next) => {
      snoozedUntil = snoozeEnd(next.alerts.snoozeUntil);
      tray.update(snapshot, snoozedUntil);
      if (next.launchAtLogin !== launch) {
        launch = next.launchAtLogin;
        void launchAtLogin(launch);
      }
    }),
  );
  cleanup.push(drivePowerEvents(deps, core.monitor, { pollMs: options.pollOnlineMs }));
  return { windows, tray, handlers, quit };
}
