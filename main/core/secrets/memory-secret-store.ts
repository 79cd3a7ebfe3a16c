// A SecretStore that lives in this process only. Not a test fake: the TokenVault uses it
// when the OS keychain cannot be used, so a sign-in still works for this run.
import type { SecretStore } from '../ports';

export class MemorySecretStore implements SecretStore {
  readonly #secrets = new Map<string, string>();

  async get(account: string): Promise<string | null> {
    return this.#secrets.get(account) ?? null;
  }

  async set(account: string, secret: string): Promise<void> {
    this.#secrets.set(account, secret);
  }

  async delete(account: string): Promise<boolean> {
    return this.#secrets.delete(account);
  }
}
