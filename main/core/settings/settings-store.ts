// The settings the rest of the app reads and writes. Every write re-reads the file, applies
// one change and writes it back, so two writers (the app and the CLI, or two modules) each
// keep the other's keys. A damaged or invalid file is set aside, defaults are loaded, and
// the event is kept for the UI to show. Per-profile state blobs are not settings: each is
// its own small file (written on every refresh that changes usage), never settings.json.
import { fail, ok, type Result } from '../../../common/result';
import { migrateSettings, type MovedState } from './migrations';
import { defaultSettings, type ProfileStateKey, type Settings } from './settings-schema';
import { isStateName, isStateProfileId } from './state-names';
import { validateSettings } from './validate-settings';

/**
 * The port adapters implement (conf in Node, electron-store in the app): one JSON file of
 * settings, plus one file per (profile, key) of state. Callers pass only names that
 * pass isStateName / isStateProfileId.
 */
export interface SettingsFile {
  /** Where the file is, for messages. */
  readonly location: string;
  /** The parsed document; `undefined` when there is no file; `malformed` when not JSON. */
  read(): Result<unknown>;
  write(settings: Settings): void;
  /** Renames the file to `<name>.corrupt-<stamp>` and returns the new path. */
  quarantine(stamp: string): string;
  /** The stored blob; `undefined` when there is none or it is unreadable or not JSON. */
  readState(profileId: string, key: ProfileStateKey): unknown;
  /** Replaces the blob atomically (temp file + rename, private mode); throws on I/O failure. */
  writeState(profileId: string, key: ProfileStateKey, value: unknown): void;
  /** Deletes every blob of the profile; throws on I/O failure. */
  removeState(profileId: string): void;
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
  /** A module's blob for a profile; `undefined` (fresh state) when absent or damaged. */
  readProfileState(profileId: string, key: ProfileStateKey): unknown;
  /** Saves it in its own file; settings and their listeners are untouched. */
  writeProfileState(profileId: string, key: ProfileStateKey, value: unknown): Result<void>;
  /** Deletes every blob of a profile (on profile removal). */
  clearProfileState(profileId: string): Result<void>;
  /** Set when the file was damaged at load time (or during this run); null otherwise. */
  readonly recovery: SettingsRecovery | null;
  onChange(listener: (settings: Settings) => void): () => void;
}

function stampOf(now: number): string {
  return new Date(now).toISOString().replace(/[:.]/g, '-');
}

/**
 * Saves an upgraded document: first the state blobs it gave up (never over a state file
 * already there, which is newer: a second process or an earlier, interrupted upgrade wrote
 * it), then the document. If any step fails the old file stays, to be upgraded next load.
 */
function saveUpgrade(file: SettingsFile, settings: Settings, moved: MovedState[]): void {
  try {
    for (const { profileId, key, value } of moved) {
      if (!isStateName(profileId, key)) continue;
      if (file.readState(profileId, key) === undefined) file.writeState(profileId, key, value);
    }
    file.write(settings);
  } catch {
    // Not saved: the loaded settings are still right, and the next load tries again.
  }
}

/** Opens the settings in `file`, recovering from damage; `now` names the kept copy. */
export function openSettingsStore(file: SettingsFile, now: () => number = Date.now): SettingsStore {
  let recovery: SettingsRecovery | null = null;
  const listeners = new Set<(settings: Settings) => void>();

  function load(): Settings {
    const raw = file.read();
    if (raw.ok && raw.value === undefined) return defaultSettings();
    const migrated = raw.ok ? migrateSettings(raw.value) : raw;
    const valid = migrated.ok ? validateSettings(migrated.value.doc) : migrated;
    if (valid.ok && migrated.ok && migrated.value.upgraded) {
      saveUpgrade(file, valid.value, migrated.value.moved);
    }
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
      if (!isStateName(profileId, key)) return undefined;
      try {
        return file.readState(profileId, key);
      } catch {
        return undefined; // unreadable: the owning module starts fresh
      }
    },
    writeProfileState(profileId, key, value) {
      if (!isStateName(profileId, key)) return fail('invalid_input', 'Invalid profile state name.');
      try {
        file.writeState(profileId, key, value);
        return ok(undefined);
      } catch {
        return fail('internal', `The ${key} state could not be saved beside ${file.location}.`);
      }
    },
    clearProfileState(profileId) {
      if (!isStateProfileId(profileId)) return fail('invalid_input', 'Invalid profile id.');
      try {
        file.removeState(profileId);
        return ok(undefined);
      } catch {
        return fail('internal', `The profile state beside ${file.location} could not be removed.`);
      }
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
