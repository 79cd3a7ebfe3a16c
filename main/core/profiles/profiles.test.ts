import { describe, expect, it } from 'vitest';
import { ok } from '../../../common/result';
import { MemorySecretStore } from '../secrets/memory-secret-store';
import { TokenVault } from '../secrets/token-vault';
import { openSettingsStore } from '../settings/settings-store';
import { FakeSettingsFile } from '../testing/fake-settings-file';
import { Profiles } from './profiles';

function setup() {
  const file = new FakeSettingsFile();
  const settings = openSettingsStore(file);
  const keychain = new MemorySecretStore();
  let n = 0;
  const profiles = new Profiles({
    settings,
    vault: new TokenVault(async () => ok(keychain)),
    newId: () => `p${++n}`,
  });
  return { profiles, settings, keychain, file };
}

describe('Profiles', () => {
  it('adds profiles from a pasted URL or from parts; the first becomes active', () => {
    const { profiles } = setup();
    const a = profiles.add({ baseUrl: 'https://platform.prometheux.ai/jarvispy/acme/ann/' });
    const b = profiles.add({ label: 'Home', origin: 'http://127.0.0.1:4000', org: 'o', user: 'u' });
    expect(a).toEqual({
      ok: true,
      value: {
        id: 'p1',
        label: 'acme/ann',
        baseUrl: 'https://platform.prometheux.ai/jarvispy/acme/ann/api/v1',
        org: 'acme',
        user: 'ann',
      },
    });
    expect(b.ok && b.value.baseUrl).toBe('http://127.0.0.1:4000/jarvispy/o/u/api/v1');
    expect(profiles.active()?.id).toBe('p1');
    expect(profiles.use('p2').ok).toBe(true);
    expect(profiles.active()?.label).toBe('Home');
    expect(profiles.find('Home')?.id).toBe('p2');
  });

  it('rejects a bad URL with the parser message, and a duplicate label', () => {
    const { profiles } = setup();
    const bad = profiles.add({ baseUrl: 'http://example.com/api/v1' });
    expect(!bad.ok && bad.message).toContain('https://');
    profiles.add({ label: 'Work', baseUrl: 'https://x.ai/api/v1' });
    const dup = profiles.add({ label: 'Work', baseUrl: 'https://y.ai/api/v1' });
    expect(!dup.ok && dup.message).toContain('"Work" already exists');
    expect(profiles.list()).toHaveLength(1);
    expect(profiles.use('nope').ok).toBe(false);
  });

  it('removes a profile with its keychain entry and state, and moves the active one', async () => {
    const { profiles, settings, keychain, file } = setup();
    profiles.add({ baseUrl: 'https://x.ai/jarvispy/o/a/api/v1' });
    profiles.add({ baseUrl: 'https://x.ai/jarvispy/o/b/api/v1' });
    expect(await profiles.saveToken('p1', 'tok-1')).toEqual({
      ok: true,
      value: { persistent: true, reason: null },
    });
    settings.writeProfileState('p1', 'history', [1, 2]);
    settings.writeProfileState('p2', 'history', [3]);
    expect((await profiles.remove('p1')).ok).toBe(true);
    expect(await keychain.get('p1')).toBeNull();
    expect(await profiles.readToken('p1')).toBeNull();
    expect(settings.readProfileState('p1', 'history')).toBeUndefined();
    expect(settings.readProfileState('p2', 'history')).toEqual([3]);
    expect([...file.stateText.keys()]).toEqual(['p2/history']);
    expect(profiles.active()?.id).toBe('p2');
    expect(file.text).not.toContain('tok-1');
    expect((await profiles.remove('p1')).ok).toBe(false);
  });

  it('signs out without removing the profile', async () => {
    const { profiles } = setup();
    profiles.add({ baseUrl: 'https://x.ai/api/v1' });
    await profiles.saveToken('p1', 't');
    expect(await profiles.signOut('p1')).toEqual({ ok: true, value: true });
    expect(await profiles.readToken('p1')).toBeNull();
    expect(profiles.list()).toHaveLength(1);
  });
});
