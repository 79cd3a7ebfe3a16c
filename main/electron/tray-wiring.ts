// The tray, kept in step with the core: first drawn from snapshot:get and settings:get,
// then redrawn on snapshot:changed and settings:changed (which carries the snooze end).
// Launch at login is applied by the core's settings:set; here only re-applied at start.
import type { ContractHandlers } from '../../common/ipc-contract';
import { emptySnapshot, type UsageSnapshot } from '../../common/snapshot';
import { msOrNull } from '../core/app/views';
import type { ElectronDeps } from './electron-deps';
import type { ShellCore, ShellServices } from './shell-core';
import { TrayController, type TrayControllerOptions } from './tray-controller';
import type { WindowManager } from './windows';

export async function wireTray(
  deps: ElectronDeps,
  core: ShellCore,
  handlers: ContractHandlers,
  windows: WindowManager,
  services: ShellServices,
  options: TrayControllerOptions,
): Promise<{ tray: TrayController; unsubscribe: () => void }> {
  const first = await handlers['snapshot:get']();
  let snapshot: UsageSnapshot = first.ok ? first.value : emptySnapshot();
  const settings = await handlers['settings:get']();
  let snoozedUntil = settings.ok ? msOrNull(settings.value.alerts.snoozeUntil) : null;
  // Re-applied at each start: the program's path may have moved (a new AppImage).
  if (settings.ok && settings.value.launchAtLogin) void services.setLaunchAtLogin(true);

  const tray = new TrayController(
    deps,
    {
      open: () => windows.showPopover(),
      refresh: () => void handlers['usage:refresh'](),
      snooze: () => void handlers['alerts:snooze']({ until: '1h' }),
      preferences: () => windows.openPreferences(),
      quit: () => services.quit(),
      toggle: (bounds) => windows.togglePopover(bounds),
    },
    options,
    snapshot,
  );
  tray.update(snapshot, snoozedUntil);
  const offs = [
    core.on('snapshot:changed', (next) => {
      snapshot = next;
      tray.update(snapshot, snoozedUntil);
    }),
    core.on('settings:changed', (next) => {
      snoozedUntil = msOrNull(next.alerts.snoozeUntil);
      tray.update(snapshot, snoozedUntil);
    }),
  ];
  return {
    tray,
    unsubscribe: () => {
      for (const off of offs) off();
      tray.destroy();
    },
  };
}
