import { describe, expect, it } from 'vitest';
import { createElectronStub, StubWebContents } from '../../test/stubs/electron';
import {
  CONTENT_SECURITY_POLICY,
  denyAllPermissions,
  hardenWebContents,
  HARDENED_WEB_PREFERENCES,
  isAppUrl,
} from './hardening';
import { WindowManager } from './windows';

describe('hardening', () => {
  it('gives every window exactly the hardened webPreferences plus our preload', () => {
    const stub = createElectronStub();
    const windows = new WindowManager(stub.deps, { preloadPath: '/app/dist/preload/index.cjs' });
    windows.showPopover();
    windows.openPreferences();
    expect(stub.windows).toHaveLength(2);
    for (const w of stub.windows) {
      expect(w.options.webPreferences).toEqual({
        ...HARDENED_WEB_PREFERENCES,
        preload: '/app/dist/preload/index.cjs',
      });
      expect(w.options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
      });
      expect(w.url.startsWith('app://bundle/')).toBe(true);
    }
    expect(Object.isFrozen(HARDENED_WEB_PREFERENCES)).toBe(true);
  });

  it('denies window.open and navigation away from app://bundle', () => {
    const contents = new StubWebContents();
    hardenWebContents(contents);
    expect(contents.windowOpenHandler?.({ url: 'https://prometheux.ai/' })).toEqual({
      action: 'deny',
    });
    expect(contents.navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.navigate('will-redirect', 'app://other/index.html')).toBe(true);
    expect(contents.navigate('will-navigate', 'app://bundle/index.html#preferences')).toBe(false);
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });

  it('denies every permission request and check', () => {
    const stub = createElectronStub();
    denyAllPermissions(stub.deps.defaultSession());
    const answers: boolean[] = [];
    for (const p of ['media', 'notifications', 'geolocation', 'openExternal']) {
      stub.permissions.request?.(null, p, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false]);
    expect(stub.permissions.check?.()).toBe(false);
  });

  it('recognises only our origin, and keeps a strict CSP', () => {
    expect(isAppUrl('app://bundle/index.html')).toBe(true);
    expect(isAppUrl('app://bundle.evil/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });
});
