// Upgrades a stored settings document, one schemaVersion at a time, to the current one, so
// an older app's file loads with the user's choices intact. Add a step per new version.
import { fail, ok, type Result } from '../../../common/result';
import { isPlainObject } from '../../../common/users-api';
import {
  PROFILE_STATE_KEYS,
  SETTINGS_SCHEMA_VERSION,
  type ProfileStateKey,
} from './settings-schema';

type Doc = Record<string, unknown>;

/** A per-profile blob a step took out of the document, for the store to write elsewhere. */
export interface MovedState {
  profileId: string;
  key: ProfileStateKey;
  value: unknown;
}

/** The upgraded document, the state blobs moved out of it, and whether any step ran. */
export interface Migrated {
  doc: Doc;
  moved: MovedState[];
  upgraded: boolean;
}

/**
 * v1 (app 0.0.x): `{ schemaVersion: 1, refreshInterval, thresholds: number[] (both quotas),
 * notifications, snoozeUntil, activeProfile, profiles }`; a file without schemaVersion is v1.
 */
function v1ToV2(doc: Doc): Doc {
  const { refreshInterval, thresholds, notifications, snoozeUntil, activeProfile, ...rest } = doc;
  const out: Doc = { ...rest, schemaVersion: 2 };
  if (refreshInterval !== undefined) out.refreshIntervalSeconds = refreshInterval;
  const alerts: Doc = {};
  if (thresholds !== undefined) alerts.thresholds = { llm: thresholds, embedding: thresholds };
  if (notifications !== undefined) alerts.notificationsEnabled = notifications;
  if (snoozeUntil !== undefined) alerts.snoozeUntil = snoozeUntil;
  out.alerts = alerts;
  if (activeProfile !== undefined) out.activeProfileId = activeProfile;
  return out;
}

/**
 * v2 kept every profile's blobs in `state: { [profileId]: { alerts?, history?, snapshot?,
 * drafts? } }`; v3 keeps them in state files. Blobs of another shape are dropped (their
 * owners would have discarded them too).
 */
function v2ToV3(doc: Doc, moved: MovedState[]): Doc {
  const { state, ...rest } = doc;
  if (isPlainObject(state)) {
    for (const [profileId, blobs] of Object.entries(state)) {
      if (!isPlainObject(blobs)) continue;
      for (const key of PROFILE_STATE_KEYS) {
        if (blobs[key] !== undefined) moved.push({ profileId, key, value: blobs[key] });
      }
    }
  }
  return { ...rest, schemaVersion: 3 };
}

const STEPS: Record<number, (doc: Doc, moved: MovedState[]) => Doc> = { 1: v1ToV2, 2: v2ToV3 };

/** Migrates `raw` to SETTINGS_SCHEMA_VERSION; a newer or unknown version is refused. */
export function migrateSettings(raw: unknown): Result<Migrated> {
  if (!isPlainObject(raw)) return fail('invalid_input', 'The settings file is not a JSON object.');
  let doc: Doc = raw;
  const moved: MovedState[] = [];
  let version: unknown = doc.schemaVersion === undefined ? 1 : doc.schemaVersion;
  while (version !== SETTINGS_SCHEMA_VERSION) {
    const step = typeof version === 'number' ? STEPS[version] : undefined;
    if (step === undefined) {
      return fail(
        'invalid_input',
        `The settings file has schema version ${JSON.stringify(version)}, which this version of the app does not know.`,
      );
    }
    doc = step(doc, moved);
    version = doc.schemaVersion;
  }
  return ok({ doc, moved, upgraded: doc !== raw });
}
