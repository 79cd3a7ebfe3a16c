// A SecretStore that throws like a locked or absent Secret Service, for unit tests of the
// TokenVault's fallback. The real keychain is tested in main/adapters/.
import type { SecretStore } from '../ports';

export class FakeBrokenSecretStore implements SecretStore {
  calls = 0;

  async get(): Promise<string | null> {
    this.calls += 1;
    throw new Error('Cannot create an item in a locked collection');
  }

  async set(): Promise<void> {
    this.calls += 1;
    throw new Error('Cannot create an item in a locked collection');
  }

  async delete(): Promise<boolean> {
    this.calls += 1;
    throw new Error('Cannot create an item in a locked collection');
  }
}
