// Per-profile state lives in one file per (profile, key) beside the settings file, so both
// names end up in a path: only plain names pass (no separator, no dot, no `..`), checked
// before any adapter builds a path from them.
import { PROFILE_STATE_KEYS, type ProfileStateKey } from './settings-schema';

/** Profile ids are UUIDs; any letters, digits, `-` and `_` (1–64) are accepted. */
const PROFILE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** True when `profileId` and `key` are safe to use as a folder and a file name. */
export function isStateName(profileId: unknown, key: unknown): key is ProfileStateKey {
  return (
    typeof profileId === 'string' &&
    PROFILE_ID.test(profileId) &&
    (PROFILE_STATE_KEYS as readonly unknown[]).includes(key)
  );
}

/** True when `profileId` is safe as a folder name (for removing a profile's state). */
export function isStateProfileId(profileId: unknown): profileId is string {
  return typeof profileId === 'string' && PROFILE_ID.test(profileId);
}
