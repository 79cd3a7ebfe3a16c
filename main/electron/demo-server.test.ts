import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DemoServerHost } from './demo-server';

const dataDir = mkdtempSync(join(tmpdir(), 'demo-server-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function usage(session: { baseUrl: string; token: string }) {
  const res = await fetch(`${session.baseUrl}/users/usage-status`, {
    headers: { authorization: `Bearer ${session.token}` },
  });
  return { status: res.status, body: (await res.json()) as { data: unknown } };
}

describe('demo server in the main process', () => {
  it('serves the demo user on loopback, once, and reuses its port after a restart', async () => {
    const host = new DemoServerHost(dataDir, { simulate: false });
    const [a, b] = await Promise.all([host.start(), host.start()]);
    expect(a).toEqual(b);
    const url = new URL(a.baseUrl);
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.pathname).toBe('/jarvispy/demo-org/demo-user/api/v1');
    expect(await usage(a)).toMatchObject({
      status: 200,
      body: { data: { llm_usage: { current: 150, limit: 1000 } } },
    });
    await host.stop();
    await expect(fetch(a.baseUrl)).rejects.toThrow();

    const again = new DemoServerHost(dataDir, { simulate: false });
    const c = await again.start();
    expect(new URL(c.baseUrl).port).toBe(url.port);
    expect((await usage(c)).status).toBe(200);
    await again.stop();
  });
});
