// The ports through which main/core reaches the outside world. Adapters (main/adapters/,
// main/electron/, the CLI, the preview host) implement them; tests use the fakes in
// main/core/testing/. Nothing in main/core imports electron, keytar or conf.
import type { Result } from '../../common/result';
import type {
  ConfigData,
  Role,
  SaveConfigResult,
  Scope,
  UsageStatusData,
} from '../../common/users-api';

/** Time, injected so every timer-driven behaviour runs under a fake clock in tests. */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}
export type TimerHandle = { readonly __timer: unique symbol } | number | object;

/** The OS keychain (keytar), or memory when the keychain cannot be used. */
export interface SecretStore {
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  delete(account: string): Promise<boolean>;
}

/** Desktop notifications (Electron Notification, or a recorder in the CLI/preview/tests). */
export interface Notifier {
  notify(notification: { title: string; body: string; tag: string }): void;
}

/** A conditional GET: either unchanged since the ETag we sent (304) or a fresh body. */
export type Conditional<T> =
  { notModified: true } | { notModified: false; data: T; etag: string | null };

/**
 * The Users API as the rest of core sees it. Implemented by the HTTP client
 * (main/core/api/); faked in unit tests of the monitor and config sync.
 */
export interface UsersApi {
  getRole(): Promise<Result<Role>>;
  getUsage(etag?: string | null): Promise<Result<Conditional<UsageStatusData>>>;
  loadConfig(scope: Scope, etag?: string | null): Promise<Result<Conditional<ConfigData>>>;
  /** Never retried blindly; with `ifMatch` a stale version yields a `conflict` failure. */
  saveConfig(
    scope: Scope,
    data: ConfigData,
    ifMatch?: string | null,
  ): Promise<Result<{ saved: SaveConfigResult; etag: string | null }>>;
}
