// Integration: keytar against a real Secret Service. Run through scripts/with-keyring.sh
// (a private D-Bus session with an unlocked gnome-keyring). Under CI=true keytar must load.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TokenVault } from '../core/secrets/token-vault';
import { KeytarSecretStore, loadKeytar, loadKeytarSecretStore } from './keytar-secret-store';

const keytar = await loadKeytar();
const hasSecretService = process.env.DBUS_SESSION_BUS_ADDRESS !== undefined;
const inCi = process.env.CI === 'true';

describe('keytar loading', () => {
  it('loads keytar under CI (required there)', () => {
    if (inCi) expect(keytar.ok, 'keytar must load when CI=true').toBe(true);
    else expect(typeof keytar.ok).toBe('boolean');
  });
});

const skipReason = !keytar.ok
  ? 'keytar did not load'
  : !hasSecretService
    ? 'no D-Bus session: run through scripts/with-keyring.sh'
    : null;

describe.skipIf(skipReason !== null && !inCi)(
  `KeytarSecretStore on the real Secret Service${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    const service = `prometheux-tray-test-${randomUUID()}`;

    it('stores, reads and deletes a secret per account', async () => {
      if (!keytar.ok) throw new Error(keytar.message);
      const store = new KeytarSecretStore(keytar.value, service);
      await store.set('profile-a', 'secret-a');
      await store.set('profile-b', 'secret-b');
      expect(await store.get('profile-a')).toBe('secret-a');
      expect(await store.get('profile-b')).toBe('secret-b');
      expect(await store.delete('profile-a')).toBe(true);
      expect(await store.get('profile-a')).toBeNull();
      expect(await store.delete('profile-a')).toBe(false);
      expect(await store.delete('profile-b')).toBe(true);
    });

    it('makes the vault persistent', async () => {
      const vault = new TokenVault(() => loadKeytarSecretStore(service));
      expect(await vault.store('p', 'tok')).toEqual({ persistent: true, reason: null });
      const fresh = new TokenVault(() => loadKeytarSecretStore(service));
      expect(await fresh.read('p')).toBe('tok');
      expect(await fresh.remove('p')).toEqual({ ok: true, value: true });
    });
  },
);
