// Where tokens live: the OS keychain when it works, otherwise memory for this run only,
// never a file. The vault tells the UI which one it used, and why, in words a user can
// act on; it never says what the token is.
import { fail, ok, type Result } from '../../../common/result';
import type { SecretStore } from '../ports';
import { MemorySecretStore } from './memory-secret-store';

/** Whether the token survives a restart, and if not, why. */
export interface VaultStatus {
  persistent: boolean;
  reason: string | null;
}

/** How to reach the keychain: a store, or a loader that may fail (keytar missing). */
export type KeychainSource = () => Promise<Result<SecretStore>>;

export const KEYCHAIN_FAILED_REASON =
  'The system keychain could not be used (no Secret Service is running, or it is locked), so your token is kept in memory until you quit. Unlock or start your keyring (GNOME Keyring, KWallet) and sign in again to keep it.';

function unavailableReason(loaderMessage: string): string {
  return `${loaderMessage} Your token is kept in memory until you quit; you will have to sign in again next time.`;
}

export class TokenVault {
  readonly #memory = new MemorySecretStore();
  readonly #loadKeychain: KeychainSource;
  #keychain: Promise<Result<SecretStore>> | null = null;
  #status: VaultStatus = { persistent: true, reason: null };

  constructor(loadKeychain: KeychainSource) {
    this.#loadKeychain = loadKeychain;
  }

  /** Persistence of the last store or read; the UI shows `reason` when not persistent. */
  get status(): VaultStatus {
    return this.#status;
  }

  async #keychainStore(): Promise<Result<SecretStore>> {
    this.#keychain ??= this.#loadKeychain();
    const store = await this.#keychain;
    if (!store.ok) this.#status = { persistent: false, reason: unavailableReason(store.message) };
    return store;
  }

  /** Saves the token: keychain first, memory when the keychain cannot be used. */
  async store(profileId: string, token: string): Promise<VaultStatus> {
    const keychain = await this.#keychainStore();
    if (keychain.ok) {
      try {
        await keychain.value.set(profileId, token);
        await this.#memory.delete(profileId);
        this.#status = { persistent: true, reason: null };
        return this.#status;
      } catch {
        this.#status = { persistent: false, reason: KEYCHAIN_FAILED_REASON };
      }
    }
    await this.#memory.set(profileId, token);
    return this.#status;
  }

  /** The token of a profile: this run's memory first, then the keychain; null if none. */
  async read(profileId: string): Promise<string | null> {
    const inMemory = await this.#memory.get(profileId);
    if (inMemory !== null) return inMemory;
    const keychain = await this.#keychainStore();
    if (!keychain.ok) return null;
    try {
      return await keychain.value.get(profileId);
    } catch {
      this.#status = { persistent: false, reason: KEYCHAIN_FAILED_REASON };
      return null;
    }
  }

  /** Forgets the token everywhere; a keychain error is reported, the memory copy is gone. */
  async remove(profileId: string): Promise<Result<boolean>> {
    const hadMemory = await this.#memory.delete(profileId);
    const keychain = await this.#keychainStore();
    if (!keychain.ok) return ok(hadMemory);
    try {
      const hadKeychain = await keychain.value.delete(profileId);
      return ok(hadMemory || hadKeychain);
    } catch {
      return fail(
        'keychain',
        'The token could not be removed from the system keychain. Unlock your keyring and try again.',
      );
    }
  }
}
