// The demo accounts: created once, reused on restart without new token rows, re-issued
// when the saved demo token was revoked; the simulation makes usage climb.
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { API_PATHS } from '../common/users-api';
import { tempDataDir } from './data-dir';
import { DEMO_TOKENS_FILE } from './demo';
import { DEMO_ORG, seedDemo, startReferenceServer, startUsageSimulation } from './index';
import { call } from './testing/harness';

const dataDir = tempDataDir();
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it('seeds, reuses on restart, re-issues a revoked demo token, keeps the file 0600', async () => {
  const s1 = await startReferenceServer({ dataDir });
  const d1 = await seedDemo(s1.ops, s1.dataDir, s1.baseUrl);
  expect(d1.org).toBe(DEMO_ORG);
  expect(d1.user.baseUrl).toBe(s1.baseUrl('demo-org', 'demo-user'));
  const role = await call(d1.admin.baseUrl + API_PATHS.getRole, 'GET', { token: d1.admin.token });
  expect(role.json).toMatchObject({ data: { role: 'admin' } });
  const usage = await call(d1.user.baseUrl + API_PATHS.usageStatus, 'GET', {
    token: d1.user.token,
  });
  expect(
    (usage.json as { data: { llm_usage: { current: number } } }).data.llm_usage.current,
  ).toBeGreaterThan(0);
  await s1.close();
  if (process.platform !== 'win32')
    expect(statSync(join(dataDir, DEMO_TOKENS_FILE)).mode & 0o777).toBe(0o600);

  const s2 = await startReferenceServer({ dataDir });
  const d2 = await seedDemo(s2.ops, s2.dataDir);
  expect(d2.user.token).toBe(d1.user.token);
  expect(s2.ops.listTokens('demo-org', 'demo-user')).toHaveLength(1);
  s2.ops.setUsage('demo-org', 'demo-user', { llm: 900 });
  const jti = s2.ops.listTokens('demo-org', 'demo-user')[0]?.jti as string;
  s2.ops.revokeToken(jti);
  const d3 = await seedDemo(s2.ops, s2.dataDir);
  expect(d3.user.token).not.toBe(d1.user.token);
  const ok = await call(s2.baseUrl('demo-org', 'demo-user') + API_PATHS.usageStatus, 'GET', {
    token: d3.user.token,
  });
  expect(ok.status).toBe(200);
  // Re-seeding does not reset the usage an operator set.
  expect(s2.ops.getUsage('demo-org', 'demo-user')?.llm_usage.current).toBe(900);
  await s2.close();
});

it('the simulation adds usage on every tick and can be stopped', async () => {
  const s = await startReferenceServer();
  try {
    await seedDemo(s.ops, s.dataDir);
    const before = s.ops.getUsage('demo-org', 'demo-user')?.llm_usage.current ?? 0;
    const stop = startUsageSimulation(s.ops, { everyMs: 10 });
    await new Promise((r) => setTimeout(r, 120));
    stop();
    const after = s.ops.getUsage('demo-org', 'demo-user')?.llm_usage.current ?? 0;
    expect(after).toBeGreaterThan(before);
    await new Promise((r) => setTimeout(r, 40));
    expect(s.ops.getUsage('demo-org', 'demo-user')?.llm_usage.current).toBe(after);
  } finally {
    await s.close();
  }
});
