// Upgrades a stored settings document, one schemaVersion at a time, to the current one, so
// an older app's file loads with the user's choices intact. Add a step per new version.
import { fail, ok, type Result } from '../../../common/result';
import { isPlainObject } from '../../../common/users-api';
import { SETTINGS_SCHEMA_VERSION } from './settings-schema';

type Doc = Record<string, unknown>;

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

const STEPS: Record<number, (doc: Doc) => Doc> = { 1: v1ToV2 };

/** Migrates `raw` to SETTINGS_SCHEMA_VERSION; a newer or unknown version is refused. */
export function migrateSettings(raw: unknown): Result<Doc> {
  if (!isPlainObject(raw)) return fail('invalid_input', 'The settings file is not a JSON object.');
  let doc: Doc = raw;
  let version: unknown = doc.schemaVersion === undefined ? 1 : doc.schemaVersion;
  while (version !== SETTINGS_SCHEMA_VERSION) {
    const step = typeof version === 'number' ? STEPS[version] : undefined;
    if (step === undefined) {
      return fail(
        'invalid_input',
        `The settings file has schema version ${JSON.stringify(version)}, which this version of the app does not know.`,
      );
    }
    doc = step(doc);
    version = doc.schemaVersion;
  }
  return ok(doc);
}
