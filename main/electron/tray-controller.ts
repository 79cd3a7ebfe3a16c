// The tray icon: image, tooltip and context menu follow the snapshot through the pure tray
// model (main/core/tray). The menu is always set, since Linux AppIndicator ignores clicks
// (https://github.com/electron/electron/issues/6773); a left click toggles the popover.
// On macOS a set context menu takes over the left click, so there the menu pops up on
// right click instead (https://github.com/electron/electron/issues/7983).
import type { MenuItemConstructorOptions } from 'electron';
import type { UsageSnapshot } from '../../common/snapshot';
import type { Rect } from '../core/tray/popover-position';
import { trayIconKey, type TrayIconKey } from '../core/tray/tray-icon-level';
import { trayMenu, type TrayAction, type TrayMenuItem } from '../core/tray/tray-menu';
import { tooltipText } from '../core/tray/tray-text';
import type { ElectronDeps, MenuLike, TrayLike } from './electron-deps';

export type TrayActions = Record<TrayAction, () => void> & { toggle(bounds: Rect): void };

/** The file for an icon key: macOS template images, 22 px Linux icons, 16 px elsewhere. */
export function trayIconPath(iconDir: string, key: TrayIconKey, platform: NodeJS.Platform): string {
  if (platform === 'darwin') return `${iconDir}/mac/${key}Template.png`;
  if (platform === 'linux') return `${iconDir}/linux/${key}.png`;
  return `${iconDir}/${key}.png`;
}

export function menuTemplate(
  items: TrayMenuItem[],
  actions: Record<TrayAction, () => void>,
): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    if (item.kind === 'separator') return { type: 'separator' };
    if (item.kind === 'status') return { label: item.label, enabled: false };
    return { label: item.label, enabled: item.enabled, click: () => actions[item.action]() };
  });
}

export interface TrayControllerOptions {
  iconDir: string;
  platform: NodeJS.Platform;
  now?: () => number;
}

export class TrayController {
  private readonly tray: TrayLike;
  private shownKey: TrayIconKey | null = null;
  private shownMenu = '';
  private shownTooltip = '';
  private menu: MenuLike | null = null;

  constructor(
    private readonly deps: Pick<ElectronDeps, 'createTray' | 'buildMenu' | 'imageFromPath'>,
    private readonly actions: TrayActions,
    private readonly options: TrayControllerOptions,
    snapshot: UsageSnapshot,
  ) {
    this.tray = deps.createTray(this.image(trayIconKey(snapshot)));
    this.shownKey = trayIconKey(snapshot);
    this.tray.on('click', (_event: unknown, bounds?: Rect) =>
      actions.toggle(bounds ?? this.tray.getBounds()),
    );
    if (options.platform === 'darwin') {
      this.tray.on('right-click', () => {
        if (this.menu) this.tray.popUpContextMenu(this.menu);
      });
    }
    this.update(snapshot, null);
  }

  /** Redraws what changed (Linux rebuilds the whole indicator menu on every set). */
  update(snapshot: UsageSnapshot, snoozedUntil: number | null): void {
    const key = trayIconKey(snapshot);
    if (key !== this.shownKey) {
      this.tray.setImage(this.image(key));
      this.shownKey = key;
    }
    const tooltip = tooltipText(snapshot);
    if (tooltip !== this.shownTooltip) {
      this.tray.setToolTip(tooltip);
      this.shownTooltip = tooltip;
    }
    const items = trayMenu({ snapshot, snoozedUntil, now: (this.options.now ?? Date.now)() });
    const serialized = JSON.stringify(items);
    if (serialized !== this.shownMenu) {
      this.menu = this.deps.buildMenu(menuTemplate(items, this.actions));
      if (this.options.platform !== 'darwin') this.tray.setContextMenu(this.menu);
      this.shownMenu = serialized;
    }
  }

  destroy(): void {
    this.tray.destroy();
  }

  private image(key: TrayIconKey) {
    const image = this.deps.imageFromPath(
      trayIconPath(this.options.iconDir, key, this.options.platform),
    );
    if (this.options.platform === 'darwin') image.setTemplateImage(true);
    return image;
  }
}
