// The preview host on real parts: the demo reference server, the app core on a conf file
// in a temp folder, the bridge and the static files on one loopback port.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startPreviewHost, type PreviewHost } from './host';
import { connect } from './testing/ws-client';

const dirs: string[] = [];
const hosts: PreviewHost[] = [];

async function start(testHooks: boolean): Promise<PreviewHost> {
  const dir = mkdtempSync(join(tmpdir(), 'ptray-preview-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>t</title>');
  const host = await startPreviewHost({
    dataDir: join(dir, 'app'),
    serverDataDir: join(dir, 'server'),
    simulate: false,
    rendererDir: join(dir, 'renderer'),
    port: 0,
    testHooks,
    log: () => undefined,
  });
  hosts.push(host);
  return host;
}

function status(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('preview host', () => {
  it('serves the page, and "Try the demo" over the bridge shows the demo numbers', async () => {
    const host = await start(false);
    expect(host.pageUrl('popover')).toBe(`${host.origin}/?session=${host.session}#popover`);
    expect(await status(host.pageUrl('popover'))).toBe(200);
    const page = await connect(
      `${host.origin.replace('http', 'ws')}/bridge?session=${host.session}`,
      host.origin,
    );
    page.send({ id: 1, channel: 'demo:start', args: null });
    expect(await page.answer(1, 15_000)).toMatchObject({ ok: true, value: { signedIn: true } });
    page.send({ id: 2, channel: 'snapshot:get', args: null });
    expect(await page.answer(2)).toMatchObject({
      ok: true,
      value: { role: 'user', llm: { current: 150, limit: 1000 }, embedding: { current: 50 } },
    });
    expect(host.demoBaseUrl).toMatch(/\/jarvispy\/demo-org\/demo-user\/api\/v1$/);
    expect(host.counters.http['GET /users/usage-status']).toBeGreaterThanOrEqual(1);
    page.close();
  }, 30_000);

  it('has no test hooks unless asked, and then only with the session', async () => {
    const plain = await start(false);
    expect(await status(`${plain.origin}/__test/stats?session=${plain.session}`)).toBe(404);
    const hooked = await start(true);
    expect(await status(`${hooked.origin}/__test/stats`)).toBe(403);
    expect(await status(`${hooked.origin}/__test/stats?session=${hooked.session}`)).toBe(200);
  }, 30_000);

  it('answers only to its own host names (DNS rebinding)', async () => {
    const host = await start(false);
    expect(await status(`${host.origin}/`, { Host: 'attacker.example' })).toBe(421);
    const port = new URL(host.origin).port;
    expect(await status(`${host.origin}/`, { Host: `localhost:${port}` })).toBe(200);
  }, 30_000);
});
