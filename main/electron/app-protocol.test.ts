import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createElectronStub } from '../../test/stubs/electron';
import { handleAppProtocol, registerAppScheme, resolveAppPath } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './hardening';

const base = mkdtempSync(join(tmpdir(), 'app-protocol-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(base, 'secret.txt'), 'do not serve');
afterAll(() => rmSync(base, { recursive: true, force: true }));

function serve() {
  const stub = createElectronStub();
  registerAppScheme(stub.protocol);
  handleAppProtocol(stub.protocol, root);
  const handler = stub.protocol.handlers.get('app');
  if (!handler) throw new Error('app:// not handled');
  return { stub, get: (url: string) => handler(new Request(url)) };
}

describe('app:// protocol', () => {
  it('is registered as a standard, secure scheme', () => {
    const { stub } = serve();
    expect(stub.protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves files from the renderer folder with the CSP and a content type', async () => {
    const { get } = serve();
    const page = await get('app://bundle/index.html#popover');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>t</title>');
    const script = await get('app://bundle/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://bundle/')).status).toBe(200);
    expect((await get('app://bundle/missing.js')).status).toBe(404);
    expect((await get('app://bundle/assets')).status).toBe(404);
  });

  it.each([
    'app://bundle/../secret.txt',
    'app://bundle/%2e%2e/secret.txt',
    'app://bundle/%2E%2E%2Fsecret.txt',
    'app://bundle/assets/..%2F..%2Fsecret.txt',
    'app://bundle/..%5Csecret.txt',
    'app://bundle/index.html%00.js',
    'app://bundle/%E0%A4%A',
    'app://other/index.html',
  ])('never serves outside the folder: %s', async (url) => {
    const { get } = serve();
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('do not serve');
  });

  it('resolves paths only inside the root', () => {
    expect(resolveAppPath(root, 'app://bundle/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    // The URL parser folds a leading "%2e%2e" into the root, so it stays inside.
    expect(resolveAppPath(root, 'app://bundle/%2e%2e/secret.txt')).toBe(join(root, 'secret.txt'));
    expect(resolveAppPath(root, 'app://bundle/a/..%2F..%2Fsecret.txt')).toBeNull();
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppPath(root, 'garbage')).toBeNull();
  });
});
