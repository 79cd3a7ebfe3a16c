// A stub of the `electron` module for vitest (aliased in vitest.config.ts): recording fakes
// of every Electron object the shell creates, so its logic runs where no Electron binary
// does. createElectronStub() gives a fresh, isolated set per test; the named exports mimic
// the real module for code that imports `electron` directly.
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import type { Rect } from '../../main/core/tray/popover-position';
import type {
  ElectronDeps,
  InvokeEventLike,
  Listener,
  NativeImageLike,
} from '../../main/electron/electron-deps';

type AnyListener = (...args: unknown[]) => unknown;

export class StubEmitter {
  readonly listeners = new Map<string, AnyListener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener as AnyListener]);
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const l of this.listeners.get(event) ?? []) l(...args);
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

let nextId = 1;

export class StubWebContents extends StubEmitter {
  readonly id = nextId++;
  readonly sent: [string, unknown][] = [];
  windowOpenHandler: ((d: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  destroyed = false;
  send(channel: string, payload?: unknown): void {
    this.sent.push([channel, payload]);
  }
  setWindowOpenHandler(handler: (d: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Emits a navigation event and says whether a listener prevented it. */
  navigate(event: 'will-navigate' | 'will-redirect', url: string): boolean {
    let prevented = false;
    this.emit(event, { preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
}

export class StubBrowserWindow extends StubEmitter {
  readonly webContents = new StubWebContents();
  url = '';
  visible = false;
  destroyed = false;
  minimized = false;
  focusCount = 0;
  bounds: Partial<Rect> = {};
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
  }
  async loadURL(url: string): Promise<void> {
    this.url = url;
  }
  show(): void {
    const was = this.visible;
    this.visible = true;
    if (!was) this.emit('show');
  }
  hide(): void {
    const was = this.visible;
    this.visible = false;
    if (was) this.emit('hide');
  }
  focus(): void {
    this.focusCount++;
  }
  close(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  isVisible(): boolean {
    return this.visible;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  setBounds(bounds: Partial<Rect>): void {
    this.bounds = bounds;
  }
  /** A frame of this window, for IPC events (top frame unless `parent` is given). */
  frame(url = this.url, parent: unknown = null): InvokeEventLike {
    return { sender: { id: this.webContents.id }, senderFrame: { url, parent } };
  }
}

export class StubImage {
  template = false;
  constructor(readonly path: string) {}
  setTemplateImage(option: boolean): void {
    this.template = option;
  }
}

export class StubMenu {
  constructor(readonly template: MenuItemConstructorOptions[]) {}
  /** Clicks the item with this label, as a user would. */
  click(label: string): void {
    const item = this.template.find((i) => i.label === label);
    if (!item?.click) throw new Error(`no clickable item ${label}`);
    (item.click as () => void)();
  }
}

export class StubTray extends StubEmitter {
  tooltip = '';
  menu: StubMenu | null = null;
  destroyed = false;
  bounds: Rect = { x: 1700, y: 0, width: 22, height: 24 };
  readonly images: StubImage[] = [];
  constructor(image: NativeImageLike) {
    super();
    this.images.push(image as unknown as StubImage);
  }
  get image(): StubImage | undefined {
    return this.images.at(-1);
  }
  setImage(image: NativeImageLike): void {
    this.images.push(image as unknown as StubImage);
  }
  setToolTip(text: string): void {
    this.tooltip = text;
  }
  setContextMenu(menu: object | null): void {
    this.menu = menu as StubMenu | null;
  }
  readonly poppedUp: StubMenu[] = [];
  popUpContextMenu(menu?: object): void {
    if (menu) this.poppedUp.push(menu as StubMenu);
  }
  getBounds(): Rect {
    return this.bounds;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

export class StubNotification extends StubEmitter {
  shown = false;
  closed = false;
  constructor(readonly options: { title: string; body: string; silent?: boolean }) {
    super();
  }
  show(): void {
    this.shown = true;
  }
  close(): void {
    this.closed = true;
    this.emit('close');
  }
}

type Handler = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

export class StubIpcMain {
  readonly handlers = new Map<string, Handler>();
  handle(channel: string, listener: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** Invokes a channel as the renderer would, from the given frame. */
  invoke(channel: string, event: InvokeEventLike, ...args: unknown[]): Promise<unknown> {
    const h = this.handlers.get(channel);
    if (!h) throw new Error(`no handler for ${channel}`);
    return h(event, ...args);
  }
}

export class StubApp extends StubEmitter {
  hasLock = true;
  quitCount = 0;
  appUserModelId: string | null = null;
  loginItem: { openAtLogin?: boolean; openAsHidden?: boolean } | null = null;
  readonly dockState = { hidden: false };
  dock: { hide(): void } | undefined = { hide: () => (this.dockState.hidden = true) };
  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }
  quit(): void {
    this.quitCount++;
  }
  async whenReady(): Promise<void> {}
  setAppUserModelId(id: string): void {
    this.appUserModelId = id;
  }
  setLoginItemSettings(settings: { openAtLogin?: boolean; openAsHidden?: boolean }): void {
    this.loginItem = settings;
  }
  getPath(name: string): string {
    return `/stub/${name}`;
  }
}

/** A fresh set of stubs; `deps` is what the shell takes, the rest lets a test look inside. */
export function createElectronStub() {
  const windows: StubBrowserWindow[] = [];
  const trays: StubTray[] = [];
  const notifications: StubNotification[] = [];
  const opened: string[] = [];
  const permissions: {
    request: ((c: unknown, p: string, cb: (g: boolean) => void) => void) | null;
    check: (() => boolean) | null;
  } = { request: null, check: null };
  const protocol = {
    privileged: [] as { scheme: string; privileges: Record<string, boolean> }[],
    handlers: new Map<string, (r: Request) => Promise<Response>>(),
    registerSchemesAsPrivileged(s: { scheme: string; privileges: Record<string, boolean> }[]) {
      this.privileged.push(...s);
    },
    handle(scheme: string, handler: (r: Request) => Promise<Response>) {
      this.handlers.set(scheme, handler);
    },
  };
  const state = {
    online: true,
    notificationsSupported: true,
    cursor: { x: 100, y: 100 },
    workArea: { x: 0, y: 24, width: 1920, height: 1056 } as Rect,
  };
  const app = new StubApp();
  const powerMonitor = new StubEmitter();
  const ipcMain = new StubIpcMain();
  const deps: ElectronDeps = {
    app,
    createWindow: (o) => {
      const w = new StubBrowserWindow(o);
      windows.push(w);
      return w;
    },
    createTray: (image) => {
      const t = new StubTray(image);
      trays.push(t);
      return t;
    },
    buildMenu: (template) => new StubMenu(template),
    createNotification: (o) => {
      const n = new StubNotification(o);
      notifications.push(n);
      return n;
    },
    notificationsSupported: () => state.notificationsSupported,
    // The shell only calls setTemplateImage on images and hands them to the tray.
    imageFromPath: (path) => new StubImage(path) as unknown as NativeImageLike,
    powerMonitor,
    screen: {
      getDisplayNearestPoint: () => ({ workArea: state.workArea }),
      getCursorScreenPoint: () => state.cursor,
    },
    defaultSession: () => ({
      setPermissionRequestHandler: (h) => (permissions.request = h),
      setPermissionCheckHandler: (h) => (permissions.check = h),
    }),
    ipcMain,
    openExternal: async (url) => {
      opened.push(url);
    },
    protocol,
    isOnline: () => state.online,
  };
  return {
    deps,
    app,
    ipcMain,
    powerMonitor,
    protocol,
    windows,
    trays,
    notifications,
    opened,
    permissions,
    state,
  };
}

export type ElectronStub = ReturnType<typeof createElectronStub>;

// Named exports shaped like the real module, for code that imports `electron` itself.
const shared = createElectronStub();
export const app = shared.app;
export const ipcMain = shared.ipcMain;
export const powerMonitor = shared.powerMonitor;
export const protocol = shared.protocol;
export const screen = shared.deps.screen;
export const shell = { openExternal: shared.deps.openExternal };
export const net = { isOnline: shared.deps.isOnline };
export const session = { defaultSession: shared.deps.defaultSession() };
export const nativeImage = { createFromPath: shared.deps.imageFromPath };
export const Menu = { buildFromTemplate: shared.deps.buildMenu };
export const BrowserWindow = StubBrowserWindow;
export const Tray = StubTray;
export const Notification = Object.assign(StubNotification, { isSupported: () => true });
export const contextBridge = { exposeInMainWorld: (_name: string, _api: unknown) => undefined };
export const ipcRenderer = {
  invoke: async (_channel: string, ..._args: unknown[]) => undefined,
  on: (_channel: string, _listener: AnyListener) => undefined,
  removeListener: (_channel: string, _listener: AnyListener) => undefined,
};
export default { app, ipcMain, powerMonitor, protocol, screen, shell, net, session };
