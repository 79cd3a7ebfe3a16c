// Integration: the app core on the real reference server (loopback), the conf settings file
// in a temp folder and the memory secret store. Time is a fake clock, so the monitor polls
// only when the test says; HTTP is real.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../common/result';
import { startReferenceServer, type RunningServer } from '../../../server/index';
import { ConfSettingsFile } from '../../adapters/conf-settings-file';
import { openHarness, tempDir, type Harness } from './testing/app-harness';

let server: RunningServer;
let serverDir: ReturnType<typeof tempDir>;
let token: string;
let jti: string;
let harness: Harness;
const settingsFile = (cwd: string) => new ConfSettingsFile({ cwd });

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

/** Saves a config straight through the API, as another device would. */
async function saveOnServer(data: object): Promise<number> {
  const res = await fetch(`${server.baseUrl('acme', 'ann')}/users/save-config`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ config_data: data }),
  });
  return res.status;
}

async function signedIn(): Promise<Harness> {
  harness = openHarness({ settingsFile });
  const r = await harness.core.handlers['auth:sign-in']({
    baseUrl: server.baseUrl('acme', 'ann'),
    token,
    label: 'Work',
  });
  expect(r).toEqual({ ok: true, value: { signedIn: true, persistent: true, reason: null } });
  return harness;
}

beforeAll(async () => {
  serverDir = tempDir('ptray-core-srv-');
  server = await startReferenceServer({ dataDir: serverDir.path, rateLimit: false });
  server.ops.createUser('acme', 'ann', 'user');
  ({ token, jti } = await server.ops.issueToken('acme', 'ann'));
});
afterEach(async () => {
  await harness?.cleanup();
  server.ops.setLimits('acme', 'ann', { llm: 1000, embedding: 500 });
  server.ops.setUsage('acme', 'ann', { llm: 150, embedding: 50 });
  expect(await saveOnServer({})).toBe(200);
});
afterAll(async () => {
  await server.close();
  serverDir.remove();
});

describe('app core on the reference server', () => {
  it('signs in: the snapshot has the server numbers, the token is in the keychain only', async () => {
    server.ops.setLimits('acme', 'ann', { llm: 1000, embedding: 500 });
    server.ops.setUsage('acme', 'ann', { llm: 150, embedding: 50 });
    const h = await signedIn();
    const s = value(await h.core.handlers['snapshot:get']());
    expect(s).toMatchObject({
      role: 'user',
      llm: { current: 150, limit: 1000, remaining: 850, percentUsed: 15 },
      embedding: { current: 50, limit: 500, remaining: 450 },
      stale: false,
      error: null,
      auth: { signedIn: true, persistent: true },
    });
    const profiles = value(await h.core.handlers['profiles:list']());
    expect(profiles.profiles.map((p) => p.label)).toEqual(['Work']);
    const id = profiles.activeProfileId as string;
    expect(await h.keychain.get(id)).toBe(token);
    expect(h.events['profiles:changed']?.length).toBeGreaterThan(0);
    expect(h.events['snapshot:changed']?.at(-1)?.llm?.current).toBe(150);
  });

  it('refuses a wrong token and keeps no profile', async () => {
    harness = openHarness({ settingsFile });
    const r = await harness.core.handlers['auth:sign-in']({
      baseUrl: server.baseUrl('acme', 'ann'),
      token: 'not-a-token',
    });
    expect(r.ok ? 'ok' : r.code).toBe('unauthorized');
    expect(value(await harness.core.handlers['profiles:list']()).profiles).toEqual([]);
  });

  it('alerts once at 80 %, once more at 96 %, none on the next refresh', async () => {
    const h = await signedIn();
    server.ops.setUsage('acme', 'ann', { llm: 800 });
    await h.core.handlers['usage:refresh']();
    expect(h.notifier.shown).toHaveLength(1);
    expect(h.notifier.shown[0]?.body).toContain('LLM quota 80 % used');
    server.ops.setUsage('acme', 'ann', { llm: 960 });
    await h.core.handlers['usage:refresh']();
    expect(h.notifier.shown).toHaveLength(2);
    expect(h.notifier.shown[1]?.body).toContain('96 %');
    await h.core.handlers['usage:refresh']();
    expect(h.notifier.shown).toHaveLength(2);
    expect(h.events['alert:fired']?.map((a) => a.tag)).toEqual(['quota-alert', 'quota-alert']);
  });

  it('snoozed alerts are recorded but not shown; notifications:false on the server silences them', async () => {
    const h = await signedIn();
    const snoozed = await h.core.handlers['alerts:snooze']({ until: '1h' });
    expect(snoozed.ok && Date.parse(snoozed.value.snoozeUntil ?? '')).toBe(
      h.clock.now() + 3_600_000,
    );
    expect(h.core.snoozedUntil()).toBe(h.clock.now() + 3_600_000);
    expect(h.events['settings:changed']?.at(-1)?.alerts.snoozeUntil).not.toBeNull();
    server.ops.setUsage('acme', 'ann', { llm: 850 });
    await h.core.handlers['usage:refresh']();
    expect(h.notifier.shown).toHaveLength(0);
    await h.core.handlers['alerts:snooze']({ until: null });
    expect(h.core.snoozedUntil()).toBeNull();
    await h.core.handlers['config:update-draft']({ scope: 'user', data: { notifications: false } });
    expect(value(await h.core.handlers['config:save']({ scope: 'user' })).status).toBe('saved');
    server.ops.setUsage('acme', 'ann', { llm: 960 });
    await h.core.handlers['usage:refresh']();
    expect(h.notifier.shown).toHaveLength(0);
    await h.core.handlers['config:update-draft']({ scope: 'user', data: {} });
    await h.core.handlers['config:save']({ scope: 'user' });
  });

  it('round-trips the config: load, draft, save, reload', async () => {
    const h = await signedIn();
    const loaded = await h.core.handlers['config:load']({ scope: 'user' });
    expect(loaded.ok && loaded.value.readOnly).toBe(false);
    const draft = await h.core.handlers['config:update-draft']({
      scope: 'user',
      data: { theme: 'dark', language: 'it', custom: [1] },
    });
    expect(draft.ok && draft.value.draft).toEqual({ theme: 'dark', language: 'it', custom: [1] });
    const saved = await h.core.handlers['config:save']({ scope: 'user' });
    expect(saved.ok && saved.value.status === 'saved' && saved.value.config.data).toEqual({
      theme: 'dark',
      language: 'it',
      custom: [1],
    });
    expect(server.ops.getConfig('acme', 'ann', 'user')).toEqual({
      theme: 'dark',
      language: 'it',
      custom: [1],
    });
    expect(h.events['config:changed']).toContainEqual({ scope: 'user' });
    const org = await h.core.handlers['config:load']({ scope: 'organization' });
    expect(org.ok && org.value.readOnly).toBe(true);
    const refused = await h.core.handlers['config:update-draft']({
      scope: 'organization',
      data: { theme: 'dark' },
    });
    expect(refused.ok ? 'ok' : refused.code).toBe('forbidden');
    const invalid = await h.core.handlers['config:update-draft']({
      scope: 'user',
      data: { theme: 'purple' },
    });
    expect(invalid.ok).toBe(true);
    const rejected = await h.core.handlers['config:save']({ scope: 'user' });
    expect(rejected.ok ? 'ok' : rejected.code).toBe('validation');
    expect(server.ops.getConfig('acme', 'ann', 'user')).toMatchObject({ theme: 'dark' });
  });

  it.each([
    ['mine', { theme: 'light', language: 'en' }],
    ['theirs', { theme: 'dark', language: 'it' }],
    [{ merge: { theme: 'mine', language: 'theirs' } }, { theme: 'light', language: 'it' }],
  ] as const)('resolves a conflict with %j', async (choice, expected) => {
    const h = await signedIn();
    const loaded = await h.core.handlers['config:load']({ scope: 'user' });
    const base = loaded.ok ? loaded.value.data : {};
    await h.core.handlers['config:update-draft']({
      scope: 'user',
      data: { ...base, theme: 'light', language: 'en' },
    });
    // Someone else saves first (another device), straight through the API.
    expect(await saveOnServer({ theme: 'dark', language: 'it' })).toBe(200);
    const saved = await h.core.handlers['config:save']({ scope: 'user' });
    if (!saved.ok || saved.value.status !== 'conflict') throw new Error('expected a conflict');
    expect(saved.value.conflict.theirs).toEqual({ theme: 'dark', language: 'it' });
    expect(saved.value.conflict.diff.map((d) => d.key).sort()).toEqual(['language', 'theme']);
    const resolved = await h.core.handlers['config:resolve-conflict']({ scope: 'user', choice });
    expect(resolved.ok && resolved.value.status).toBe('saved');
    expect(server.ops.getConfig('acme', 'ann', 'user')).toEqual(expected);
    const again = await h.core.handlers['config:resolve-conflict']({ scope: 'user', choice });
    expect(again.ok ? 'ok' : again.code).toBe('invalid_input');
  });

  it('settings: get/set apply to the monitor and the shell, and push settings:changed', async () => {
    const h = await signedIn();
    const set = await h.core.handlers['settings:set']({
      refreshIntervalSeconds: 120,
      launchAtLogin: true,
      alerts: { thresholds: { llm: [50] } },
    });
    expect(set.ok && set.value).toMatchObject({
      refreshIntervalSeconds: 120,
      launchAtLogin: true,
      alerts: { thresholds: { llm: [50], embedding: [80, 95] } },
    });
    expect(h.shellCalls).toContain('login:true');
    expect(h.events['settings:changed']?.at(-1)?.refreshIntervalSeconds).toBe(120);
    server.ops.setUsage('acme', 'ann', { llm: 550 });
    await h.core.handlers['usage:refresh']();
    expect(h.notifier.shown[0]?.body).toContain('LLM quota 55 % used');
    expect(value(await h.core.handlers['settings:get']()).launchAtLogin).toBe(true);
  });

  it('a revoked token signs out with the server message', async () => {
    const spare = await server.ops.issueToken('acme', 'ann');
    harness = openHarness({ settingsFile });
    const h = harness;
    await h.core.handlers['auth:sign-in']({
      baseUrl: server.baseUrl('acme', 'ann'),
      token: spare.token,
    });
    expect(server.ops.revokeToken(spare.jti)).toBe(true);
    await h.core.handlers['usage:refresh']();
    const s = h.core.snapshot();
    expect(s.auth.signedIn).toBe(false);
    expect(s.auth.reason).toBe(
      'The API key is invalid, expired or revoked. Sign in again with a valid key.',
    );
    const before = h.requests.length;
    await h.core.handlers['usage:refresh']();
    await h.clock.advance(3_600_000);
    expect(h.requests.length).toBe(before);
    expect(jti).not.toBe(spare.jti);
  });

  it('pause sends nothing, resume refreshes once; sign-out forgets the token', async () => {
    const h = await signedIn();
    h.core.pause();
    const before = h.requests.length;
    await h.clock.advance(3_600_000);
    expect(h.requests.length).toBe(before);
    h.core.resume();
    await h.clock.advance(0);
    const after = h.requests.slice(before);
    expect(after.filter((r) => r.endsWith('/users/usage-status'))).toHaveLength(1);
    const id = h.core.snapshot().profileId as string;
    const out = await h.core.handlers['auth:sign-out']();
    expect(out).toEqual({ ok: true, value: { signedIn: false, persistent: false, reason: null } });
    expect(await h.keychain.get(id)).toBeNull();
    expect(h.core.snapshot().auth.signedIn).toBe(false);
    const cfg = await h.core.handlers['config:load']({ scope: 'user' });
    expect(cfg.ok ? 'ok' : cfg.code).toBe('signed_out');
  });

  it('history and run-out estimate come from recorded samples', async () => {
    const h = await signedIn();
    for (let i = 1; i <= 4; i++) {
      await h.clock.advance(15 * 60_000);
      server.ops.setUsage('acme', 'ann', { llm: 150 + i * 50 });
      await h.core.handlers['usage:refresh']();
    }
    const history = value(await h.core.handlers['history:get']());
    expect(history.llm.map((p) => p.current)).toEqual([150, 200, 250, 300, 350]);
    // 200 units an hour, 650 left: about 3.25 h.
    expect(history.runOutHours.llm).toBeCloseTo(3.25, 1);
  });
});

describe('app core when the server goes away', () => {
  it('turns stale with the reason, and recovers after a restart on the same port and data', async () => {
    const dir = tempDir('ptray-core-srv2-');
    let srv = await startReferenceServer({ dataDir: dir.path, rateLimit: false });
    srv.ops.createUser('acme', 'bob', 'user');
    const issued = await srv.ops.issueToken('acme', 'bob');
    const port = Number(new URL(srv.origin).port);
    harness = openHarness({ settingsFile });
    const h = harness;
    await h.core.handlers['auth:sign-in']({
      baseUrl: srv.baseUrl('acme', 'bob'),
      token: issued.token,
    });
    await srv.close();
    await h.clock.advance(121_000);
    await h.core.handlers['usage:refresh']();
    const down = h.core.snapshot();
    expect(down.stale).toBe(true);
    expect(down.error?.code).toBe('network');
    expect(down.error?.message).toContain('Could not reach');
    expect(down.auth.signedIn).toBe(true);
    srv = await startReferenceServer({ dataDir: dir.path, port, rateLimit: false });
    await h.clock.advance(600_000);
    await vi.waitFor(() => expect(h.core.snapshot()).toMatchObject({ stale: false, error: null }));
    await srv.close();
    dir.remove();
  });

  it('a damaged settings file is set aside and reported as a notice', async () => {
    const dir = tempDir('ptray-core-bad-');
    writeFileSync(join(dir.path, 'settings.json'), '{ not json');
    harness = openHarness({ settingsFile, dataDir: dir.path });
    // Known from the moment the core exists (the CLI's `profiles list` never starts it).
    expect(harness.events.notice).toHaveLength(1);
    await harness.core.start();
    const notices = harness.events.notice ?? [];
    expect(notices).toHaveLength(1);
    expect(notices[0]?.code).toBe('settings_recovered');
    expect(notices[0]?.message).toContain('damaged');
    const late: string[] = [];
    harness.core.on('notice', (n) => late.push(n.message));
    expect(late).toHaveLength(1);
    dir.remove();
  });
});
