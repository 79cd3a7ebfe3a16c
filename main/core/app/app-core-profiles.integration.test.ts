// Integration: profiles, the demo and the shell-forwarded channels of the app core, on the
// real reference server with the conf settings file and the memory secret store.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../common/result';
import { seedDemo, startReferenceServer, type RunningServer } from '../../../server/index';
import { ConfSettingsFile } from '../../adapters/conf-settings-file';
import { MemorySecretStore } from '../secrets/memory-secret-store';
import { openSettingsStore } from '../settings/settings-store';
import { FakeClock } from '../testing/fake-clock';
import { createAppCore } from './app-core';
import { headlessShell } from './headless-shell';
import { openHarness, tempDir, type Harness } from './testing/app-harness';

let server: RunningServer;
let serverDir: ReturnType<typeof tempDir>;
let demo: Awaited<ReturnType<typeof seedDemo>>;
let harness: Harness;
const settingsFile = (cwd: string) => new ConfSettingsFile({ cwd });

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

beforeAll(async () => {
  serverDir = tempDir('ptray-core-prof-');
  server = await startReferenceServer({ dataDir: serverDir.path, rateLimit: false });
  demo = await seedDemo(server.ops, serverDir.path, server.baseUrl);
});
afterEach(() => harness?.cleanup());
afterAll(async () => {
  await server.close();
  serverDir.remove();
});

describe('app core: profiles, demo, shell channels', () => {
  it('test-connection shows role and usage and stores nothing', async () => {
    harness = openHarness({ settingsFile });
    const preview = value(
      await harness.core.handlers['auth:test-connection']({
        baseUrl: demo.admin.baseUrl as string,
        token: demo.admin.token,
      }),
    );
    expect(preview).toMatchObject({
      role: 'admin',
      llm: { current: 1200, limit: 5000 },
      embedding: { current: 300, limit: 2000 },
      keychain: { available: true, reason: null },
    });
    expect(value(await harness.core.handlers['profiles:list']()).profiles).toEqual([]);
    const bad = await harness.core.handlers['auth:test-connection']({
      baseUrl: 'http://example.com/api/v1',
      token: 't',
    });
    expect(bad.ok ? 'ok' : bad.code).toBe('invalid_input');
  });

  it('demo:start signs in to the demo user; profiles switch sessions and remove one', async () => {
    harness = openHarness({
      settingsFile,
      demo: async () => ({ baseUrl: demo.user.baseUrl as string, token: demo.user.token }),
    });
    const h = harness;
    expect(value(await h.core.handlers['demo:start']())).toMatchObject({ signedIn: true });
    expect(h.core.snapshot()).toMatchObject({ role: 'user', llm: { limit: 1000 } });
    await h.core.handlers['auth:sign-in']({
      baseUrl: demo.admin.baseUrl as string,
      token: demo.admin.token,
      label: 'Admin',
    });
    const both = value(await h.core.handlers['profiles:list']());
    expect(both.profiles.map((p) => p.label)).toEqual(['Demo', 'Admin']);
    expect(h.core.snapshot()).toMatchObject({ role: 'admin', llm: { limit: 5000 } });
    const org = value(await h.core.handlers['config:load']({ scope: 'organization' }));
    expect(org.readOnly).toBe(false);
    const demoId = both.profiles[0]?.id as string;
    await h.core.handlers['profiles:switch']({ id: demoId });
    expect(h.core.snapshot()).toMatchObject({ profileId: demoId, role: 'user' });
    expect(h.events['profiles:changed']?.at(-1)?.activeProfileId).toBe(demoId);
    const adminId = both.profiles[1]?.id as string;
    const left = value(await h.core.handlers['profiles:remove']({ id: demoId }));
    expect(left).toEqual({
      profiles: [expect.objectContaining({ id: adminId })],
      activeProfileId: adminId,
    });
    expect(await h.keychain.get(demoId)).toBeNull();
    expect(h.core.snapshot()).toMatchObject({ profileId: adminId, role: 'admin' });
    // A second "Try the demo" on the same server reuses the profile for that address.
    await h.core.handlers['demo:start']();
    expect(value(await h.core.handlers['profiles:list']()).profiles).toHaveLength(2);
  });

  it('a removal the keychain refuses keeps the profile and its session signed in', async () => {
    harness = openHarness({ settingsFile });
    const h = harness;
    value(
      await h.core.handlers['auth:sign-in']({
        baseUrl: demo.user.baseUrl as string,
        token: demo.user.token,
      }),
    );
    const id = h.core.snapshot().profileId as string;
    h.keychain.delete = async () => Promise.reject(new Error('keyring locked'));
    const r = await h.core.handlers['profiles:remove']({ id });
    expect(r.ok ? 'ok' : r.code).toBe('keychain');
    expect(value(await h.core.handlers['profiles:list']()).activeProfileId).toBe(id);
    expect(h.core.snapshot()).toMatchObject({ profileId: id, auth: { signedIn: true } });
  });

  it('a core that does not poll (the CLI) sends nothing on a profile switch before start()', async () => {
    const dir = tempDir('ptray-core-cli-');
    const requests: string[] = [];
    const core = createAppCore({
      settings: openSettingsStore(settingsFile(dir.path)),
      secrets: new MemorySecretStore(),
      clock: new FakeClock(),
      notifier: { notify: () => undefined },
      shell: headlessShell(),
      fetch: (url, init) => (requests.push(new URL(url).pathname), fetch(url, init)),
      poll: false,
      loadServerConfig: false,
    });
    try {
      const baseUrl = demo.user.baseUrl as string;
      value(await core.handlers['auth:sign-in']({ baseUrl, token: demo.user.token }));
      const id = value(await core.handlers['profiles:list']()).activeProfileId as string;
      const admin = { baseUrl: demo.admin.baseUrl as string, token: demo.admin.token };
      value(await core.handlers['auth:sign-in'](admin));
      const checked = requests.length; // each token was checked: role and usage
      value(await core.handlers['profiles:switch']({ id }));
      expect(requests).toHaveLength(checked);
      expect(await core.start()).toMatchObject({ profileId: id, role: 'user' });
      expect(requests.length).toBeGreaterThan(checked);
    } finally {
      await core.dispose();
      dir.remove();
    }
  });

  it('demo:start never replaces a profile of the user that is merely named "Demo"', async () => {
    harness = openHarness({
      settingsFile,
      demo: async () => ({ baseUrl: demo.user.baseUrl as string, token: demo.user.token }),
    });
    const h = harness;
    const mine = value(
      await h.core.handlers['profiles:add']({
        baseUrl: demo.admin.baseUrl as string,
        label: 'Demo',
      }),
    ).profiles[0];
    if (!mine) throw new Error('no profile added');
    await h.keychain.set(mine.id, demo.admin.token);
    expect(value(await h.core.handlers['demo:start']())).toMatchObject({ signedIn: true });
    const after = value(await h.core.handlers['profiles:list']());
    expect(after.profiles.find((p) => p.id === mine.id)).toMatchObject({ label: 'Demo' });
    expect(await h.keychain.get(mine.id)).toBe(demo.admin.token);
    expect(after.profiles).toHaveLength(2);
    expect(h.core.snapshot()).toMatchObject({ profileId: after.activeProfileId, role: 'user' });
  });

  it('demo:start replaces the profile an earlier demo left on another loopback port', async () => {
    harness = openHarness({
      settingsFile,
      demo: async () => ({ baseUrl: demo.user.baseUrl as string, token: demo.user.token }),
    });
    const h = harness;
    const earlier = (demo.user.baseUrl as string).replace(/:\d+\//, ':1/');
    value(await h.core.handlers['profiles:add']({ baseUrl: earlier, label: 'Demo' }));
    expect(value(await h.core.handlers['demo:start']())).toMatchObject({ signedIn: true });
    const after = value(await h.core.handlers['profiles:list']()).profiles;
    expect(after.map((p) => [p.label, p.baseUrl])).toEqual([['Demo', demo.user.baseUrl]]);
  });

  it('concurrent switches leave exactly one session polling: the last one asked for', async () => {
    harness = openHarness({ settingsFile });
    const h = harness;
    for (const account of [demo.user, demo.admin]) {
      await h.core.handlers['auth:sign-in']({
        baseUrl: account.baseUrl as string,
        token: account.token,
      });
    }
    const [userId, adminId] = value(await h.core.handlers['profiles:list']()).profiles.map(
      (p) => p.id,
    );
    await Promise.all([
      h.core.handlers['profiles:switch']({ id: userId as string }),
      h.core.handlers['profiles:switch']({ id: adminId as string }),
    ]);
    expect(h.core.snapshot().profileId).toBe(adminId);
    const before = h.requests.length;
    for (let i = 0; i < 10; i++) await h.clock.advance(60_000);
    const later = h.requests.slice(before);
    expect(later.length).toBeGreaterThan(0);
    expect(later.filter((r) => r.includes('/demo-user/'))).toEqual([]);
  });

  it('a profile added without a token is signed out until signed in', async () => {
    harness = openHarness({ settingsFile });
    const h = harness;
    const added = value(
      await h.core.handlers['profiles:add']({ baseUrl: demo.user.baseUrl as string }),
    );
    expect(added.activeProfileId).toBe(added.profiles[0]?.id);
    expect((await h.core.start()).auth.signedIn).toBe(false);
    const r = await h.core.handlers['auth:sign-in']({
      baseUrl: demo.user.baseUrl as string,
      token: demo.user.token,
      profileId: added.profiles[0]?.id as string,
    });
    expect(value(r).signedIn).toBe(true);
    expect(value(await h.core.handlers['profiles:list']()).profiles).toHaveLength(1);
  });

  it('forwards window and process channels to the shell', async () => {
    harness = openHarness({ settingsFile });
    const h = harness.core.handlers;
    await h['window:open-preferences']({ tab: 'alerts' });
    await h['window:open-external']({ url: 'https://prometheux.ai' });
    await h['app:quit']();
    expect(harness.shellCalls).toEqual([
      'preferences:alerts',
      'external:https://prometheux.ai',
      'quit',
    ]);
    const failedDemo = await h['demo:start']();
    expect(failedDemo.ok ? 'ok' : failedDemo.code).toBe('internal');
  });
});
