// The SettingsFile port on `conf` (atomic writes, directory creation, file mode); reading
// is done here with plain JSON so a damaged file is a value for core to recover from,
// not an exception from conf's constructor. electron-store (a conf subclass) plugs in
// through `createStore` in electron-store-settings-file.ts. Per-profile state is one file per
// (profile, key) under `<cwd>/state/` (state-files.ts), never in the settings file.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Conf, { type Schema } from 'conf';
import { fail, ok, type Result } from '../../common/result';
import type { SettingsFile } from '../core/settings/settings-store';
import {
  defaultSettings,
  SETTINGS_JSON_SCHEMA,
  type ProfileStateKey,
  type Settings,
} from '../core/settings/settings-schema';
import { readStateFile, removeStateFolder, writeFileAtomic, writeStateFile } from './state-files';

export type SettingsDocument = Record<string, unknown>;

export interface ConfSettingsFileOptions {
  /** The folder of the file (the app's data folder). */
  cwd: string;
  /** File name without `.json`; default `settings`. */
  name?: string;
}

/**
 * conf's own options shared by both engines: the settings JSON schema (ajv checks every
 * write, so a bug cannot store an invalid file), private file mode, no dot-paths.
 */
export function confOptions() {
  const { properties, required } = SETTINGS_JSON_SCHEMA;
  return {
    schema: properties as unknown as Schema<SettingsDocument>,
    rootSchema: { required: [...required] },
    defaults: defaultSettings() as unknown as SettingsDocument,
    clearInvalidConfig: false,
    configFileMode: 0o600,
    accessPropertiesByDotNotation: false,
  };
}

/** Builds the conf instance; called lazily, once the file on disk is known to be valid. */
export type ConfFactory = (options: { cwd: string; name: string }) => Conf<SettingsDocument>;

const nodeConf: ConfFactory = ({ cwd, name }) =>
  new Conf<SettingsDocument>({ ...confOptions(), cwd, configName: name });

export class ConfSettingsFile implements SettingsFile {
  readonly location: string;
  /** The folder of the per-profile state files. */
  readonly stateDir: string;
  readonly #cwd: string;
  readonly #name: string;
  readonly #create: ConfFactory;
  #conf: Conf<SettingsDocument> | null = null;

  constructor(options: ConfSettingsFileOptions, create: ConfFactory = nodeConf) {
    this.#cwd = options.cwd;
    this.#name = options.name ?? 'settings';
    this.#create = create;
    this.location = join(this.#cwd, `${this.#name}.json`);
    this.stateDir = join(this.#cwd, this.#name === 'settings' ? 'state' : `${this.#name}-state`);
  }

  read(): Result<unknown> {
    let text: string;
    try {
      text = readFileSync(this.location, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return ok(undefined);
      return fail('internal', `The settings file ${this.location} could not be read.`);
    }
    try {
      return ok(JSON.parse(text) as unknown);
    } catch {
      return fail('malformed', `The settings file ${this.location} is not valid JSON.`);
    }
  }

  write(settings: Settings): void {
    if (this.#conf === null) {
      try {
        this.#conf = this.#create({ cwd: this.#cwd, name: this.#name });
      } catch {
        // conf refuses to open a file its schema rejects: an older version being upgraded
        // (core validated it before migrating). Replace it, then let conf take over.
        writeFileAtomic(this.location, JSON.stringify(settings, null, '\t'));
        this.#conf = this.#create({ cwd: this.#cwd, name: this.#name });
        return;
      }
    }
    this.#conf.store = settings as unknown as SettingsDocument;
  }

  quarantine(stamp: string): string {
    let target = `${this.location}.corrupt-${stamp}`;
    for (let n = 1; existsSync(target); n += 1) target = `${this.location}.corrupt-${stamp}-${n}`;
    renameSync(this.location, target);
    return target;
  }

  readState(profileId: string, key: ProfileStateKey): unknown {
    return readStateFile(this.stateDir, profileId, key);
  }

  writeState(profileId: string, key: ProfileStateKey, value: unknown): void {
    writeStateFile(this.stateDir, profileId, key, value);
  }

  removeState(profileId: string): void {
    removeStateFolder(this.stateDir, profileId);
  }
}
