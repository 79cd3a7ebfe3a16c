// The app's two windows: the popover (frameless, next to the tray, hidden on blur, never in
// the taskbar) and the preferences window (one instance). Both hardened, both on app://.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { PreferencesTab } from '../../common/ipc-contract';
import { popoverPosition, type Rect } from '../core/tray/popover-position';
import type { BrowserWindowLike, ElectronDeps, WebContentsLike } from './electron-deps';
import { hardenWebContents, webPreferences } from './hardening';
import { pageUrl, type View } from './pages';
import { POPOVER_OPTIONS, POPOVER_SIZE, PREFERENCES_OPTIONS } from './window-options';

/** A tray click right after the blur that hid the popover means "close", not "reopen". */
const BLUR_DEBOUNCE_MS = 250;

export interface WindowManagerOptions {
  preloadPath: string;
  now?: () => number;
  /** Told whether any window of ours is on screen (the core polls faster then). */
  onVisibleChange?: (visible: boolean) => void;
  /** A page of ours finished loading: it listens now, so it can be told what it missed. */
  onPageLoaded?: (contents: WebContentsLike) => void;
}

export class WindowManager {
  private popover: BrowserWindowLike | null = null;
  private preferences: BrowserWindowLike | null = null;
  private hiddenByBlurAt = -Infinity;
  private anyVisible = false;
  private readonly now: () => number;

  constructor(
    private readonly deps: Pick<ElectronDeps, 'createWindow' | 'screen'>,
    private readonly options: WindowManagerOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** Whether a webContents id belongs to one of our live windows (IPC sender check). */
  isOurWebContents(id: number): boolean {
    return this.live().some((w) => w.webContents.id === id);
  }

  /** Every live window, for pushing contract events. */
  live(): BrowserWindowLike[] {
    return [this.popover, this.preferences].filter(
      (w): w is BrowserWindowLike => w !== null && !w.isDestroyed(),
    );
  }

  broadcast(event: string, payload: unknown): void {
    for (const w of this.live()) {
      if (!w.webContents.isDestroyed()) w.webContents.send(event, payload);
    }
  }

  togglePopover(trayBounds: Rect): void {
    const open = this.popover !== null && !this.popover.isDestroyed() && this.popover.isVisible();
    if (open) this.popover?.hide();
    else if (this.now() - this.hiddenByBlurAt > BLUR_DEBOUNCE_MS) this.showPopover(trayBounds);
  }

  /** Shows the popover next to the tray (or the cursor when the tray has no bounds). */
  showPopover(trayBounds?: Rect): void {
    const win = this.ensurePopover();
    const anchor = trayBounds ?? {
      ...this.deps.screen.getCursorScreenPoint(),
      width: 0,
      height: 0,
    };
    const { workArea } = this.deps.screen.getDisplayNearestPoint({ x: anchor.x, y: anchor.y });
    win.setBounds(popoverPosition(anchor, POPOVER_SIZE, workArea));
    win.show();
    win.focus();
  }

  openPreferences(tab?: PreferencesTab): void {
    this.openSecondary('preferences', tab);
  }

  openSignIn(): void {
    this.openSecondary('sign-in');
  }

  /** A second start of the app: bring forward what the user was looking at. */
  focusExisting(): void {
    const prefs = this.preferences;
    if (prefs !== null && !prefs.isDestroyed() && prefs.isVisible()) {
      if (prefs.isMinimized()) prefs.restore();
      prefs.focus();
    } else this.showPopover();
  }

  private openSecondary(view: View, tab?: PreferencesTab): void {
    const existing = this.preferences;
    if (existing !== null && !existing.isDestroyed()) {
      if (tab !== undefined || view !== 'preferences') void existing.loadURL(pageUrl(view, tab));
      if (existing.isMinimized()) existing.restore();
      existing.show();
      existing.focus();
      return;
    }
    const win = this.create(PREFERENCES_OPTIONS, view, tab);
    win.on('ready-to-show', () => win.show());
    win.on('closed', () => {
      if (this.preferences === win) this.preferences = null;
    });
    this.preferences = win;
  }

  private ensurePopover(): BrowserWindowLike {
    if (this.popover !== null && !this.popover.isDestroyed()) return this.popover;
    const win = this.create(POPOVER_OPTIONS, 'popover');
    win.on('blur', () => {
      if (win.isVisible()) {
        win.hide();
        this.hiddenByBlurAt = this.now();
      }
    });
    win.on('closed', () => {
      if (this.popover === win) this.popover = null;
    });
    this.popover = win;
    return win;
  }

  private visibilityChanged(): void {
    const visible = this.live().some((w) => w.isVisible());
    if (visible === this.anyVisible) return;
    this.anyVisible = visible;
    this.options.onVisibleChange?.(visible);
  }

  private create(
    options: BrowserWindowConstructorOptions,
    view: View,
    tab?: PreferencesTab,
  ): BrowserWindowLike {
    const win = this.deps.createWindow({
      ...options,
      webPreferences: webPreferences(this.options.preloadPath),
    });
    hardenWebContents(win.webContents);
    for (const event of ['show', 'hide', 'closed']) {
      win.on(event, () => this.visibilityChanged());
    }
    win.webContents.on('did-finish-load', () => this.options.onPageLoaded?.(win.webContents));
    void win.loadURL(pageUrl(view, tab));
    return win;
  }
}
