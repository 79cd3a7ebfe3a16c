import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../common/result';
import { FakeBrokenSecretStore } from '../testing/fake-secret-store';
import { MemorySecretStore } from './memory-secret-store';
import { TokenVault } from './token-vault';

const TOKEN = 'tok-123';

describe('TokenVault', () => {
  it('keeps the token in the keychain when it works', async () => {
    const keychain = new MemorySecretStore();
    const vault = new TokenVault(async () => ok(keychain));
    expect(await vault.store('p1', TOKEN)).toEqual({ persistent: true, reason: null });
    expect(await keychain.get('p1')).toBe(TOKEN);
    expect(await vault.read('p1')).toBe(TOKEN);
    expect(await vault.remove('p1')).toEqual({ ok: true, value: true });
    expect(await keychain.get('p1')).toBeNull();
    expect(await vault.read('p1')).toBeNull();
  });

  it('falls back to memory when keytar is missing, saying why', async () => {
    const vault = new TokenVault(async () => fail('keychain', 'The keychain module is missing.'));
    const status = await vault.store('p1', TOKEN);
    expect(status.persistent).toBe(false);
    expect(status.reason).toContain('The keychain module is missing.');
    expect(status.reason).toContain('in memory until you quit');
    expect(status.reason).not.toContain(TOKEN);
    expect(await vault.read('p1')).toBe(TOKEN);
    expect(await vault.remove('p1')).toEqual({ ok: true, value: true });
    expect(await vault.read('p1')).toBeNull();
  });

  it('falls back to memory when the keychain is locked', async () => {
    const broken = new FakeBrokenSecretStore();
    const vault = new TokenVault(async () => ok(broken));
    const status = await vault.store('p1', TOKEN);
    expect(status.persistent).toBe(false);
    expect(status.reason).toMatch(/locked/);
    expect(await vault.read('p1')).toBe(TOKEN);
    expect(broken.calls).toBe(1);
  });

  it('reports a keychain that fails on delete as a keychain failure', async () => {
    const vault = new TokenVault(async () => ok(new FakeBrokenSecretStore()));
    const r = await vault.remove('p1');
    expect(r.ok ? 'ok' : r.code).toBe('keychain');
  });

  it('loads the keychain once', async () => {
    let loads = 0;
    const store = new MemorySecretStore();
    const vault = new TokenVault(async () => {
      loads += 1;
      return ok(store);
    });
    await vault.store('a', '1');
    await vault.read('a');
    await vault.read('b');
    expect(loads).toBe(1);
  });
});
