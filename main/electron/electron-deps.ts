// The slice of Electron the shell uses, as narrow structural types. main/index.ts passes the
// real module (tsc checks it fits); tests pass test/stubs/electron.ts. Every factory of an
// Electron object is here, so the shell's logic runs without an Electron binary
// (the pattern of Signal-Desktop's SystemTrayService and menubar).
import type {
  BrowserWindowConstructorOptions,
  MenuItemConstructorOptions,
  NativeImage,
} from 'electron';
import type { Rect } from '../core/tray/popover-position';

/**
 * Event listeners take whatever Electron passes; each call site types its own arguments.
 * `any` because Electron's per-event overloads only fit a bivariant listener type.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Listener = (...args: any[]) => void;

export interface Emitter {
  on(event: string, listener: Listener): unknown;
}

export interface WebContentsLike extends Emitter {
  readonly id: number;
  send(channel: string, ...args: unknown[]): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void;
  isDestroyed(): boolean;
}

export interface BrowserWindowLike extends Emitter {
  readonly webContents: WebContentsLike;
  loadURL(url: string): Promise<void>;
  show(): void;
  hide(): void;
  focus(): void;
  close(): void;
  isVisible(): boolean;
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  setBounds(bounds: Partial<Rect>): void;
}

/** An Electron Menu, opaque to the shell: built by `buildMenu`, handed to the tray. */
export type MenuLike = object;
/** Electron's NativeImage itself: Tray.setImage takes nothing narrower. */
export type NativeImageLike = NativeImage;

export interface TrayLike extends Emitter {
  setImage(image: NativeImageLike): void;
  setToolTip(text: string): void;
  setContextMenu(menu: MenuLike | null): void;
  popUpContextMenu(menu?: MenuLike): void;
  getBounds(): Rect;
  destroy(): void;
}

export interface NotificationLike extends Emitter {
  show(): void;
  close(): void;
}

export interface InvokeEventLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

export interface AppLike extends Emitter {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  whenReady(): Promise<unknown>;
  setAppUserModelId(id: string): void;
  setLoginItemSettings(settings: { openAtLogin?: boolean; openAsHidden?: boolean }): void;
  getPath(name: 'userData' | 'exe' | 'home'): string;
  readonly dock: { hide(): void } | undefined;
}

export interface SessionLike {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
}

export interface ProtocolLike {
  registerSchemesAsPrivileged(
    schemes: { scheme: string; privileges: Record<string, boolean> }[],
  ): void;
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
}

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>,
  ): void;
  removeHandler(channel: string): void;
}

export interface ElectronDeps {
  app: AppLike;
  createWindow(options: BrowserWindowConstructorOptions): BrowserWindowLike;
  createTray(image: NativeImageLike): TrayLike;
  buildMenu(template: MenuItemConstructorOptions[]): MenuLike;
  createNotification(options: { title: string; body: string; silent?: boolean }): NotificationLike;
  notificationsSupported(): boolean;
  imageFromPath(path: string): NativeImageLike;
  powerMonitor: Emitter;
  screen: {
    getDisplayNearestPoint(point: { x: number; y: number }): { workArea: Rect };
    getCursorScreenPoint(): { x: number; y: number };
  };
  defaultSession(): SessionLike;
  ipcMain: IpcMainLike;
  openExternal(url: string): Promise<void>;
  protocol: ProtocolLike;
  isOnline(): boolean;
}
