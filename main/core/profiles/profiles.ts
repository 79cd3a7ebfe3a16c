// Several accounts, one active. Profiles live in the settings (no secret there); each
// profile's token lives in the TokenVault under the profile id. Removing a profile
// deletes its keychain entry and the state other modules kept for it.
import { fail, ok, type Result } from '../../../common/result';
import { parseBaseUrl, targetFromParts } from '../api/base-url';
import type { TokenVault, VaultStatus } from '../secrets/token-vault';
import type { Profile } from '../settings/settings-schema';
import type { SettingsStore } from '../settings/settings-store';

/** A pasted base URL, or an origin with organization and user. */
export type ProfileInput =
  | { label?: string; baseUrl: string }
  | { label?: string; origin: string; org: string; user: string };

export interface ProfilesDeps {
  settings: SettingsStore;
  vault: TokenVault;
  newId?: () => string;
}

export class Profiles {
  readonly #settings: SettingsStore;
  readonly #vault: TokenVault;
  readonly #newId: () => string;

  constructor(deps: ProfilesDeps) {
    this.#settings = deps.settings;
    this.#vault = deps.vault;
    this.#newId = deps.newId ?? (() => crypto.randomUUID());
  }

  list(): Profile[] {
    return this.#settings.get().profiles;
  }

  active(): Profile | null {
    const s = this.#settings.get();
    return s.profiles.find((p) => p.id === s.activeProfileId) ?? null;
  }

  find(idOrLabel: string): Profile | null {
    const all = this.list();
    return all.find((p) => p.id === idOrLabel) ?? all.find((p) => p.label === idOrLabel) ?? null;
  }

  /** Validates the URL and adds the profile; the first profile becomes active. */
  add(input: ProfileInput): Result<Profile> {
    const target =
      'baseUrl' in input
        ? parseBaseUrl(input.baseUrl)
        : targetFromParts(input.origin, input.org, input.user);
    if (!target.ok) return target;
    const t = target.value;
    const fallbackLabel =
      t.org !== null && t.user !== null ? `${t.org}/${t.user}` : new URL(t.origin).host;
    const label = input.label?.trim() || fallbackLabel;
    if (this.list().some((p) => p.label === label)) {
      return fail(
        'invalid_input',
        `A profile named "${label}" already exists; choose another name.`,
      );
    }
    const profile: Profile = {
      id: this.#newId(),
      label,
      baseUrl: t.baseUrl,
      org: t.org,
      user: t.user,
    };
    const saved = this.#settings.update((s) => ({
      ...s,
      profiles: [...s.profiles, profile],
      activeProfileId: s.activeProfileId ?? profile.id,
    }));
    return saved.ok ? ok(profile) : saved;
  }

  /** Makes a profile the active one. */
  use(id: string): Result<Profile> {
    const profile = this.list().find((p) => p.id === id);
    if (profile === undefined) return fail('not_found', 'There is no such profile.');
    const saved = this.#settings.update((s) => ({ ...s, activeProfileId: id }));
    return saved.ok ? ok(profile) : saved;
  }

  /**
   * Removes a profile, its keychain entry and its per-profile state; when it was active,
   * the next remaining profile (if any) becomes active.
   */
  async remove(id: string): Promise<Result<Profile>> {
    const profile = this.list().find((p) => p.id === id);
    if (profile === undefined) return fail('not_found', 'There is no such profile.');
    const forgotten = await this.#vault.remove(id);
    if (!forgotten.ok) return forgotten;
    // An id unfit for a file name never had state files (writes refuse it): nothing to clear.
    const cleared = this.#settings.clearProfileState(id);
    if (!cleared.ok && cleared.code !== 'invalid_input') return cleared;
    const saved = this.#settings.update((s) => {
      const profiles = s.profiles.filter((p) => p.id !== id);
      const activeProfileId =
        s.activeProfileId === id ? (profiles[0]?.id ?? null) : s.activeProfileId;
      return { ...s, profiles, activeProfileId };
    });
    return saved.ok ? ok(profile) : saved;
  }

  /** Keeps a token for a profile (keychain, else memory for this run). */
  async saveToken(id: string, token: string): Promise<Result<VaultStatus>> {
    if (!this.list().some((p) => p.id === id))
      return fail('not_found', 'There is no such profile.');
    return ok(await this.#vault.store(id, token));
  }

  /** The token of a profile, for the API client's `getToken`. */
  readToken(id: string): Promise<string | null> {
    return this.#vault.read(id);
  }

  /** Forgets a profile's token (sign out) but keeps the profile. */
  signOut(id: string): Promise<Result<boolean>> {
    return this.#vault.remove(id);
  }
}
