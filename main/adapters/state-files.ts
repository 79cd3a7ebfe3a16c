// Per-profile state on disk: `<dir>/<profileId>/<key>.json`, one small file per blob, so a
// refresh rewrites a few hundred bytes instead of the whole settings file. Writes go to a
// private temp file in the same folder and are renamed over the target (atomic: a reader
// sees the old blob or the new one, never half). Any read problem is "no blob".
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProfileStateKey } from '../core/settings/settings-schema';
import { isStateName, isStateProfileId } from '../core/settings/state-names';

/** Temp files end with this; a crash between write and rename can leave one behind. */
export const STATE_TEMP_SUFFIX = '.tmp';

function fileOf(dir: string, profileId: string, key: ProfileStateKey): string {
  // The store checks names first; this second check keeps a bug from escaping `dir`.
  if (!isStateName(profileId, key)) throw new Error('Invalid profile state name.');
  return join(dir, profileId, `${key}.json`);
}

function folderOf(dir: string, profileId: string): string {
  if (!isStateProfileId(profileId)) throw new Error('Invalid profile id.');
  return join(dir, profileId);
}

/** The parsed blob, or undefined when missing, unreadable or not JSON. */
export function readStateFile(dir: string, profileId: string, key: ProfileStateKey): unknown {
  try {
    return JSON.parse(readFileSync(fileOf(dir, profileId, key), 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Replaces the blob atomically (mode 0600, folders 0700); `undefined` deletes it. */
export function writeStateFile(
  dir: string,
  profileId: string,
  key: ProfileStateKey,
  value: unknown,
): void {
  const target = fileOf(dir, profileId, key);
  const text = JSON.stringify(value);
  if (text === undefined) {
    rmSync(target, { force: true });
    return;
  }
  mkdirSync(join(dir, profileId), { recursive: true, mode: 0o700 });
  writeFileAtomic(target, text);
}

/** Writes `text` to a private temp file beside `target`, then renames it over `target`. */
export function writeFileAtomic(target: string, text: string): void {
  const temp = `${target}.${process.pid}-${randomBytes(4).toString('hex')}${STATE_TEMP_SUFFIX}`;
  try {
    writeFileSync(temp, text, { mode: 0o600, flag: 'wx' });
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Deletes the profile's folder and every blob in it; nothing to delete is fine. */
export function removeStateFolder(dir: string, profileId: string): void {
  rmSync(folderOf(dir, profileId), { recursive: true, force: true });
}
