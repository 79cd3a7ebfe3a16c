// Electron's security checklist, in one place (https://www.electronjs.org/docs/latest/tutorial/security):
// hardened webPreferences, our own app:// origin, no new windows, no navigation away, no
// permissions. Applied to every webContents the app ever creates.
import type { WebPreferences } from 'electron';
import type { SessionLike, WebContentsLike } from './electron-deps';

/** Pages are served from app://bundle/ (see app-protocol.ts), never file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Each flag set explicitly even where it is Electron's default, so a future default change
 * or a copied option cannot weaken a window silently.
 */
export const HARDENED_WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} satisfies WebPreferences);

/** The webPreferences of every window: the hardened set plus our preload script. */
export function webPreferences(preloadPath: string): WebPreferences {
  return { ...HARDENED_WEB_PREFERENCES, preload: preloadPath };
}

/**
 * default-src 'self', nothing inline, no network from the page (it talks to main over IPC
 * only). Matches the renderer's own meta CSP minus the preview's WebSocket.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Whether a URL is a page of ours (app://bundle/…); anything unparsable is not. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * No window.open, no navigation away from our origin, no <webview>: a page that tries is
 * either buggy or compromised. Links to the outside go through window:open-external.
 */
export function hardenWebContents(contents: WebContentsLike): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const blockForeign = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  contents.on('will-frame-navigate', (event: { preventDefault(): void; url: string }) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event: { preventDefault(): void }) => event.preventDefault());
}

/** The app needs no camera, notifications-from-page, geolocation or anything else. */
export function denyAllPermissions(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
