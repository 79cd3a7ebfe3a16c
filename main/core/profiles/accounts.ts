// The accounts part of core in one call: settings, token vault and profiles, wired the same
// way in the app (electron-store), the CLI and the preview (conf).
import { TokenVault, type KeychainSource } from '../secrets/token-vault';
import {
  openSettingsStore,
  type SettingsFile,
  type SettingsStore,
} from '../settings/settings-store';
import { Profiles } from './profiles';

export interface Accounts {
  settings: SettingsStore;
  vault: TokenVault;
  profiles: Profiles;
}

export function openAccounts(
  file: SettingsFile,
  keychain: KeychainSource,
  now: () => number = Date.now,
): Accounts {
  const settings = openSettingsStore(file, now);
  const vault = new TokenVault(keychain);
  return { settings, vault, profiles: new Profiles({ settings, vault }) };
}
