// Integration: the full sign-in path (profile in conf settings, token checked against the
// real reference server, kept in the real keychain) leaves the token in no file under the
// data folder; removing the profile deletes its keychain entry.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fail } from '../../common/result';
import { startReferenceServer, type RunningServer } from '../../server/index';
import { defaultHttpDeps } from '../core/api/http-request';
import { createUsersApiClient } from '../core/api/users-api-client';
import { Profiles } from '../core/profiles/profiles';
import { signIn, type ClientFactory } from '../core/profiles/sign-in';
import { TokenVault, type KeychainSource } from '../core/secrets/token-vault';
import { openSettingsStore } from '../core/settings/settings-store';
import { ConfSettingsFile } from './conf-settings-file';
import { loadKeytar, loadKeytarSecretStore } from './keytar-secret-store';

const keytar = await loadKeytar();
const keychainUsable = keytar.ok && process.env.DBUS_SESSION_BUS_ADDRESS !== undefined;
const service = `prometheux-tray-test-${randomUUID()}`;
const makeClient: ClientFactory = (target, getToken) =>
  createUsersApiClient(target, defaultHttpDeps(getToken));

let server: RunningServer;
let token: string;
const dirs: string[] = [];
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
  const settings = openSettingsStore(new ConfSettingsFile({ cwd: dataDir }));
  const profiles = new Profiles({ settings, vault: new TokenVault(keychain) });
  const added = profiles.add({ label: 'Work', baseUrl: server.baseUrl('acme', 'ann') });
  if (!added.ok) throw new Error(added.message);
  return { dataDir, profiles, profile: added.value };
}

beforeAll(async () => {
  server = await startReferenceServer({ rateLimit: false, dataDir: tempDir('ptray-srv-') });
  server.ops.createUser('acme', 'ann', 'user');
  token = (await server.ops.issueToken('acme', 'ann')).token;
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
      const { dataDir, profiles, profile } = setup(() => loadKeytarSecretStore(service));
      const r = await signIn(profiles, profile.id, token, makeClient);
      expect(r).toEqual({
        ok: true,
        value: { role: 'user', vault: { persistent: true, reason: null } },
      });
      expect(await keytar.value.getPassword(service, profile.id)).toBe(token);
      const files = filesUnder(dataDir);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) expect(readFileSync(file, 'utf8')).not.toContain(token);
      expect((await profiles.remove(profile.id)).ok).toBe(true);
      expect(await keytar.value.getPassword(service, profile.id)).toBeNull();
    },
  );

  it('without a keychain keeps the token in memory only and says so', async () => {
    const { dataDir, profiles, profile } = setup(async () =>
      fail(
        'keychain',
        'The system keychain module (keytar) is not available in this installation.',
      ),
    );
    const r = await signIn(profiles, profile.id, token, makeClient);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.vault.persistent).toBe(false);
    expect(r.value.vault.reason).toContain('kept in memory until you quit');
    expect(await profiles.readToken(profile.id)).toBe(token);
    for (const file of filesUnder(dataDir)) expect(readFileSync(file, 'utf8')).not.toContain(token);
  });

  it('refuses a token the server rejects and keeps nothing', async () => {
    const { profiles, profile } = setup(async () => fail('keychain', 'none'));
    const r = await signIn(profiles, profile.id, 'wrong-token', makeClient);
    expect(r.ok ? 'ok' : r.code).toBe('unauthorized');
    expect(await profiles.readToken(profile.id)).toBeNull();
  });
});
