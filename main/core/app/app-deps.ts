// What the app core needs from outside: ports only. The Electron shell, the browser
// preview, the CLI and bench each supply their own (keytar or memory secrets, an
// electron-store or conf settings file, a desktop or recording notifier).
import type { PreferencesTab } from '../../../common/ipc-contract';
import type { Result } from '../../../common/result';
import type { FetchLike, HttpDeps } from '../api/http-request';
import type { MonitorOptions } from '../monitor/schedule';
import type { Clock, Notifier, SecretStore } from '../ports';
import type { KeychainSource } from '../secrets/token-vault';
import type { SettingsStore } from '../settings/settings-store';

/** What only a shell can do; core never imports server/ or electron. */
export interface ShellActions {
  openPreferences(tab?: PreferencesTab): void;
  openSignIn?(): void;
  /** The shell checks its allowlist; core only forwards. */
  openExternal(url: string): Promise<Result<null>>;
  quit(): void;
  setLaunchAtLogin(enabled: boolean): Promise<Result<null>>;
  /** Starts the embedded reference server (seeded) and returns its demo user's sign-in. */
  startDemo(): Promise<{ baseUrl: string; token: string }>;
}

export interface AppCoreDeps {
  settings: SettingsStore;
  /** The keychain (a store, or a loader that may fail: keytar missing); memory is the fallback. */
  secrets: SecretStore | KeychainSource;
  fetch?: FetchLike;
  clock: Clock;
  notifier: Notifier;
  shell: ShellActions;
  /** Transport tuning (deadline, retries); the token source is always the vault. */
  http?: Partial<Omit<HttpDeps, 'getToken' | 'fetch'>>;
  /** Monitor tuning beyond the user's settings (bench, tests). */
  monitor?: Partial<MonitorOptions>;
  /** Load the user's server config when a session starts (its `notifications` switch). Default true. */
  loadServerConfig?: boolean;
  /**
   * Poll on a schedule after the first refresh. Default true. False (the CLI): one refresh,
   * and sessions open only once start() is called (a profile switch alone sends nothing).
   */
  poll?: boolean;
  /**
   * Feed readings to history and alerts. Default true; the CLI reads only, so a `status`
   * never marks an alert as fired that the desktop app has not shown.
   */
  recordUsage?: boolean;
}
