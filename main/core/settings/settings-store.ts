// The settings the rest of the app reads and writes. Every write re-reads the file, applies
// one change and writes it back, so two writers (the app and the CLI, or two modules) each
// keep the other's keys. A damaged or invalid file is set aside, defaults are loaded, and
// the event is kept for the UI to show.
import { fail, ok, type Result } from '../../../common/result';
import { migrateSettings } from './migrations';
import {
  defaultSettings,
  type ProfileState,
  type ProfileStateKey,
  type Settings,
} from './settings-schema';
import { validateSettings } from './validate-settings';

/** The port adapters implement (conf in Node, electron-store in the app): one JSON file. */
export interface SettingsFile {
  /** Where the file is, for messages. */
  readonly location: string;
  /** The parsed document; `undefined` when there is no file; `malformed` when not JSON. */
  read(): Result<unknown>;
  write(settings: Settings): void;
  /** Renames the file to `<name>.corrupt-<stamp>` and returns the new path. */
  quarantine(stamp: string): string;
}

/** Shown to the user once: their file was damaged and set aside. */
export interface SettingsRecovery {
  keptAs: string;
  message: string;
}

export interface SettingsStore {
  get(): Settings;
  /** Applies `change` to the freshest copy on disk and saves it. */
  update(change: (current: Settings) => Settings): Result<Settings>;
  readProfileState(profileId: string, key: ProfileStateKey): unknown;
  writeProfileState(profileId: string, key: ProfileStateKey, value: unknown): Result<Settings>;
  clearProfileState(profileId: string): Result<Settings>;
  /** Set when the file was damaged at load time (or during this run); null otherwise. */
  readonly recovery: SettingsRecovery | null;
  onChange(listener: (settings: Settings) => void): () => void;
}

function stampOf(now: number): string {
  return new Date(now).toISOString().replace(/[:.]/g, '-');
}

/** Opens the settings in `file`, recovering from damage; `now` names the kept copy. */
export function openSettingsStore(file: SettingsFile, now: () => number = Date.now): SettingsStore {
  let recovery: SettingsRecovery | null = null;
  const listeners = new Set<(settings: Settings) => void>();

  function load(): Settings {
    const raw = file.read();
    if (raw.ok && raw.value === undefined) return defaultSettings();
    const migrated = raw.ok ? migrateSettings(raw.value) : raw;
    const valid = migrated.ok ? validateSettings(migrated.value) : migrated;
    if (valid.ok) return valid.value;
    const keptAs = file.quarantine(stampOf(now()));
    recovery = {
      keptAs,
      message: `Your settings file was damaged; it was kept as ${keptAs} and defaults were loaded.`,
    };
    const defaults = defaultSettings();
    file.write(defaults);
    return defaults;
  }

  const store: SettingsStore = {
    get: load,
    update(change) {
      const next = validateSettings(change(load()));
      if (!next.ok) return next;
      try {
        file.write(next.value);
      } catch {
        return fail('internal', `The settings could not be saved to ${file.location}.`);
      }
      for (const listener of listeners) listener(next.value);
      return ok(next.value);
    },
    readProfileState(profileId, key) {
      return load().state[profileId]?.[key];
    },
    writeProfileState(profileId, key, value) {
      return store.update((s) => {
        const current: ProfileState = s.state[profileId] ?? {};
        return { ...s, state: { ...s.state, [profileId]: { ...current, [key]: value } } };
      });
    },
    clearProfileState(profileId) {
      return store.update((s) => {
        const { [profileId]: _removed, ...rest } = s.state;
        return { ...s, state: rest };
      });
    },
    get recovery() {
      return recovery;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  load();
  return store;
}
