// The OS keychain through keytar (service `prometheux-tray`, account = profile id).
// keytar is an optional native module and archived upstream, so it is loaded lazily: a
// missing build is a value the vault can explain, not a crash at start-up. Moving to
// Electron safeStorage or @napi-rs/keyring means replacing this one file.
import { fail, ok, type Result } from '../../common/result';
import type { SecretStore } from '../core/ports';

export const KEYCHAIN_SERVICE = 'prometheux-tray';

interface KeytarModule {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
  findCredentials(service: string): Promise<Array<{ account: string; password: string }>>;
}

function isKeytar(value: unknown): value is KeytarModule {
  const m = value as Partial<KeytarModule> | null;
  return typeof m?.getPassword === 'function' && typeof m.setPassword === 'function';
}

/** Loads keytar; fails with a user-facing sentence when the native module is missing. */
export async function loadKeytar(): Promise<Result<KeytarModule>> {
  try {
    const mod: unknown = await import('keytar');
    const candidate = isKeytar(mod) ? mod : (mod as { default?: unknown }).default;
    if (isKeytar(candidate)) return ok(candidate);
  } catch {
    // fall through: the module is not installed or its native part did not build
  }
  return fail(
    'keychain',
    'The system keychain module (keytar) is not available in this installation.',
  );
}

export class KeytarSecretStore implements SecretStore {
  constructor(
    private readonly keytar: KeytarModule,
    private readonly service: string = KEYCHAIN_SERVICE,
  ) {}

  get(account: string): Promise<string | null> {
    return this.keytar.getPassword(this.service, account);
  }

  set(account: string, secret: string): Promise<void> {
    return this.keytar.setPassword(this.service, account, secret);
  }

  delete(account: string): Promise<boolean> {
    return this.keytar.deletePassword(this.service, account);
  }
}

/** The TokenVault's keychain source: keytar when it loads, a reason when it does not. */
export async function loadKeytarSecretStore(
  service: string = KEYCHAIN_SERVICE,
): Promise<Result<SecretStore>> {
  const keytar = await loadKeytar();
  return keytar.ok ? ok(new KeytarSecretStore(keytar.value, service)) : keytar;
}
