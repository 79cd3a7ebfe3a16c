// Integration: the app's real sign-in path (the app core's auth:sign-in, settings in a conf
// file, the token checked against the real reference server and kept in the real keychain)
// leaves the token in no file under the data folder; removing the profile deletes its
// keychain entry.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fail } from '../../common/result';
import { startReferenceServer, type RunningServer } from '../../server/index';
import { createAppCore, type AppCore } from '../core/app/app-core';
import { headlessShell } from '../core/app/headless-shell';
import type { KeychainSource } from '../core/secrets/token-vault';
import { openSettingsStore } from '../core/settings/settings-store';
import { FakeClock } from '../core/testing/fake-clock';
import { ConfSettingsFile } from './conf-settings-file';
import { loadKeytar, loadKeytarSecretStore } from './keytar-secret-store';

const keytar = await loadKeytar();
const keychainUsable = keytar.ok && process.env.DBUS_SESSION_BUS_ADDRESS !== undefined;
const service = `prometheux-tray-test-${randomUUID()}`;

let server: RunningServer;
let token: string;
const dirs: string[] = [];
const cores: AppCore[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

function setup(keychain: KeychainSource) {
  const dataDir = tempDir('ptray-data-');
  const core = createAppCore({
    settings: openSettingsStore(new ConfSettingsFile({ cwd: dataDir })),
    secrets: keychain,
    clock: new FakeClock(),
    notifier: { notify: () => undefined },
    shell: headlessShell(),
    http: { retry: { maxAttempts: 1, baseMs: 1, capMs: 1 } },
  });
  cores.push(core);
  const signIn = (t: string) =>
    core.handlers['auth:sign-in']({
      baseUrl: server.baseUrl('acme', 'ann'),
      token: t,
      label: 'Work',
    });
  const profileId = async () => {
    const listed = await core.handlers['profiles:list']();
    return listed.ok ? listed.value.activeProfileId : null;
  };
  return { dataDir, core, signIn, profileId };
}

beforeAll(async () => {
  server = await startReferenceServer({ rateLimit: false, dataDir: tempDir('ptray-srv-') });
  server.ops.createUser('acme', 'ann', 'user');
  token = (await server.ops.issueToken('acme', 'ann')).token;
});
afterEach(async () => {
  for (const core of cores.splice(0)) await core.dispose();
});
afterAll(async () => {
  await server.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('sign-in path', () => {
  it.skipIf(!keychainUsable && process.env.CI !== 'true')(
    'keeps the token in the keychain only, and removing the profile deletes it',
    async () => {
      if (!keytar.ok) throw new Error(keytar.message);
      const { dataDir, core, signIn, profileId } = setup(() => loadKeytarSecretStore(service));
      expect(await signIn(token)).toEqual({
        ok: true,
        value: { signedIn: true, persistent: true, reason: null },
      });
      expect(core.snapshot().role).toBe('user');
      const id = await profileId();
      if (id === null) throw new Error('no active profile after sign-in');
      expect(await keytar.value.getPassword(service, id)).toBe(token);
      const files = filesUnder(dataDir);
      expect(files.length).toBeGreaterThan(0);
      expect(files.some((f) => f.includes(join('state', id, 'snapshot.json')))).toBe(true);
      for (const file of files) expect(readFileSync(file, 'utf8')).not.toContain(token);
      expect((await core.handlers['profiles:remove']({ id })).ok).toBe(true);
      expect(await keytar.value.getPassword(service, id)).toBeNull();
    },
  );

  it('without a keychain keeps the token in memory only and says so', async () => {
    const { dataDir, core, signIn } = setup(async () =>
      fail(
        'keychain',
        'The system keychain module (keytar) is not available in this installation.',
      ),
    );
    const r = await signIn(token);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.persistent).toBe(false);
    expect(r.value.reason).toContain('kept in memory until you quit');
    // The token in memory still works: the session is signed in with the server's figures.
    expect(core.snapshot()).toMatchObject({ auth: { signedIn: true }, role: 'user' });
    for (const file of filesUnder(dataDir)) expect(readFileSync(file, 'utf8')).not.toContain(token);
  });

  it('refuses a token the server rejects and keeps nothing', async () => {
    const { core, signIn } = setup(async () => fail('keychain', 'none'));
    const r = await signIn('wrong-token');
    expect(r.ok ? 'ok' : r.code).toBe('unauthorized');
    expect(core.snapshot().auth.signedIn).toBe(false);
    const listed = await core.handlers['profiles:list']();
    expect(listed.ok && listed.value.profiles).toEqual([]);
  });
});
