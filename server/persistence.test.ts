// Data survives a restart on the same data folder (configs, usage, tokens, secret), and a
// conditional save whose If-Match is stale writes nothing.
import { existsSync, rmSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { API_PATHS } from '../common/users-api';
import { tempDataDir } from './data-dir';
import { startReferenceServer } from './index';
import { call } from './testing/harness';

const dataDir = tempDataDir();
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it('configs, usage and tokens persist across a restart; a revoked key stays revoked', async () => {
  const first = await startReferenceServer({ dataDir });
  first.ops.createUser('org', 'ada', 'admin');
  const { token } = await first.ops.issueToken('org', 'ada');
  const doomed = await first.ops.issueToken('org', 'ada');
  first.ops.revokeToken(doomed.jti);
  first.ops.setLimits('org', 'ada', { llm: 200 });
  first.ops.addUsage('org', 'ada', { llm: 42, embedding: 7 });
  const base = first.baseUrl('org', 'ada');
  const saved = { theme: 'dark', nested: { list: [1, 'two', null], unknown_key: true } };
  expect(
    (await call(base + API_PATHS.saveConfig, 'POST', { token, body: { config_data: saved } }))
      .status,
  ).toBe(200);
  expect(
    (
      await call(base + API_PATHS.saveConfig, 'POST', {
        token,
        body: { config_data: { shared: 1 }, scope: 'organization' },
      })
    ).status,
  ).toBe(200);
  await first.close();

  const second = await startReferenceServer({ dataDir });
  try {
    expect(second.origin).not.toBe('');
    const b = second.baseUrl('org', 'ada');
    const cfg = await call(b + API_PATHS.loadConfig, 'GET', { token });
    expect(cfg.status).toBe(200);
    expect((cfg.json as { data: unknown }).data).toEqual(saved);
    const org = await call(`${b}${API_PATHS.loadConfig}?scope=organization`, 'GET', { token });
    expect((org.json as { data: unknown }).data).toEqual({ shared: 1 });
    const usage = await call(b + API_PATHS.usageStatus, 'GET', { token });
    expect((usage.json as { data: unknown }).data).toEqual({
      llm_usage: { current: 42, limit: 200, remaining: 158 },
      embedding_usage: { current: 7, limit: 500, remaining: 493 },
    });
    expect((await call(b + API_PATHS.getRole, 'GET', { token: doomed.token })).status).toBe(401);
  } finally {
    await second.close();
  }
});

it('If-Match mismatch → 409 conflict and the stored config is unchanged; a match saves', async () => {
  const s = await startReferenceServer({ dataDir });
  try {
    s.ops.createUser('org', 'bo', 'user');
    const { token } = await s.ops.issueToken('org', 'bo');
    const base = s.baseUrl('org', 'bo');
    const v1 = await call(base + API_PATHS.saveConfig, 'POST', {
      token,
      body: { config_data: { n: 1 } },
    });
    const etag1 = v1.headers.get('etag') as string;
    const v2 = await call(base + API_PATHS.saveConfig, 'POST', {
      token,
      body: { config_data: { n: 2 } },
      headers: { 'if-match': etag1 },
    });
    expect(v2.status).toBe(200);
    const etag2 = v2.headers.get('etag') as string;
    expect(etag2).not.toBe(etag1);

    const stale = await call(base + API_PATHS.saveConfig, 'POST', {
      token,
      body: { config_data: { n: 3 } },
      headers: { 'if-match': etag1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.json).toEqual({ data: null, message: expect.any(String), status: 'conflict' });
    const load = await call(base + API_PATHS.loadConfig, 'GET', { token });
    expect((load.json as { data: unknown }).data).toEqual({ n: 2 });
    expect(load.headers.get('etag')).toBe(etag2);
    expect(s.ops.getConfig('org', 'bo', 'user')).toEqual({ n: 2 });
  } finally {
    await s.close();
  }
});

it('starts well under a second and closes cleanly (port freed, temp folder gone)', async () => {
  const t0 = performance.now();
  const s = await startReferenceServer();
  const started = performance.now() - t0;
  expect(started).toBeLessThan(1000);
  const origin = s.origin;
  await s.close();
  await expect(fetch(origin)).rejects.toThrow();
  expect(existsSync(s.dataDir)).toBe(false); // its own temp folder is removed
});

it('ETags are per scope: a user-scope tag never matches the organization config', async () => {
  const s = await startReferenceServer({ dataDir });
  try {
    s.ops.createUser('org', 'boss', 'admin');
    const { token } = await s.ops.issueToken('org', 'boss');
    const base = s.baseUrl('org', 'boss');
    const mine = await call(base + API_PATHS.saveConfig, 'POST', {
      token,
      body: { config_data: { a: 1 } },
    });
    const tag = mine.headers.get('etag') as string;
    const shared = await call(base + API_PATHS.saveConfig, 'POST', {
      token,
      body: { config_data: { b: 2 }, scope: 'organization' },
      headers: { 'if-match': tag },
    });
    expect(shared.status).toBe(409);
    const load = await call(`${base}${API_PATHS.loadConfig}?scope=organization`, 'GET', {
      token,
      headers: { 'if-none-match': tag },
    });
    expect(load.status).toBe(200);
  } finally {
    await s.close();
  }
});
