// Accounts on Node (CLI, preview host, bench): settings in a conf file under the data
// folder, tokens in the OS keychain through keytar. The Electron app does the same with
// `openAccounts(createElectronSettingsFile(app.getPath('userData')), loadKeytarSecretStore)`.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { openAccounts, type Accounts } from '../core/profiles/accounts';
import { ConfSettingsFile } from './conf-settings-file';
import { KEYCHAIN_SERVICE, loadKeytarSecretStore } from './keytar-secret-store';

export const APP_FOLDER = 'prometheux-tray';

/**
 * The data folder shared with the app (Electron's userData for the app name
 * `prometheux-tray`); `PROMETHEUX_TRAY_DATA_DIR` overrides it (tests, portable use).
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const override = env.PROMETHEUX_TRAY_DATA_DIR;
  if (override !== undefined && override !== '') return override;
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER);
  if (platform === 'win32')
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_FOLDER);
}

export interface NodeAccountsOptions {
  dataDir?: string;
  keychainService?: string;
}

export function openNodeAccounts(options: NodeAccountsOptions = {}): Accounts {
  const dataDir = options.dataDir ?? defaultDataDir();
  const service = options.keychainService ?? KEYCHAIN_SERVICE;
  return openAccounts(new ConfSettingsFile({ cwd: dataDir }), () => loadKeytarSecretStore(service));
}
