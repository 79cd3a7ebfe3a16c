// Checks a stored settings document (already migrated to the current version) against
// SETTINGS_JSON_SCHEMA by hand, so core needs no schema library. Missing keys take their
// defaults; a key of the wrong type makes the whole file invalid (it is then set aside).
// Only known keys are copied, so nothing unexpected (a secret pasted by hand) survives.
import { fail, ok, type Result } from '../../../common/result';
import { isPlainObject } from '../../../common/users-api';
import {
  defaultSettings,
  REFRESH_INTERVAL_BOUNDS,
  SETTINGS_SCHEMA_VERSION,
  type Profile,
  type Settings,
} from './settings-schema';

class Invalid extends Error {}

function need<T>(cond: boolean, path: string, value: T): T {
  if (!cond) throw new Invalid(path);
  return value;
}

function pick<T>(
  obj: Record<string, unknown>,
  key: string,
  fallback: T,
  check: (v: unknown) => boolean,
  path: string,
): T {
  if (!(key in obj) || obj[key] === undefined) return fallback;
  return need(check(obj[key]), `${path}${key}`, obj[key] as T);
}

const isInt = (v: unknown): boolean => Number.isSafeInteger(v);
const isBool = (v: unknown): boolean => typeof v === 'boolean';
const isNullableString = (v: unknown): boolean => v === null || typeof v === 'string';
const isSize = (v: unknown): boolean => isInt(v) && (v as number) >= 100;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
/** RFC 3339 date-time, as the schema's `format: date-time` requires. */
const isNullableDateTime = (v: unknown): boolean =>
  v === null || (typeof v === 'string' && DATE_TIME.test(v) && !Number.isNaN(Date.parse(v)));
const isThresholds = (v: unknown): boolean =>
  Array.isArray(v) &&
  v.length <= 10 &&
  v.every((n) => typeof n === 'number' && Number.isFinite(n) && n > 0 && n <= 100);

function object(value: unknown, path: string): Record<string, unknown> {
  if (value === undefined) return {};
  return need(isPlainObject(value), path, value as Record<string, unknown>);
}

function profile(value: unknown, i: number): Profile {
  const p = object(value, `profiles[${i}]`);
  const str = (k: string) => need(typeof p[k] === 'string', `profiles[${i}].${k}`, p[k] as string);
  const opt = (k: string) =>
    need(isNullableString(p[k] ?? null), `profiles[${i}].${k}`, (p[k] ?? null) as string | null);
  return {
    id: need(str('id') !== '', `profiles[${i}].id`, str('id')),
    label: str('label'),
    baseUrl: need(URL.canParse(str('baseUrl')), `profiles[${i}].baseUrl`, str('baseUrl')),
    org: opt('org'),
    user: opt('user'),
  };
}

function build(raw: unknown): Settings {
  const d = defaultSettings();
  const doc = object(raw, 'the document');
  need(doc.schemaVersion === SETTINGS_SCHEMA_VERSION, 'schemaVersion', null);
  const refresh = pick(doc, 'refreshIntervalSeconds', d.refreshIntervalSeconds, isInt, '');
  need(
    refresh >= REFRESH_INTERVAL_BOUNDS.min && refresh <= REFRESH_INTERVAL_BOUNDS.max,
    'refreshIntervalSeconds',
    null,
  );
  const alerts = object(doc.alerts, 'alerts');
  const th = object(alerts.thresholds, 'alerts.thresholds');
  const win = object(doc.window, 'window');
  const nullableInt = (v: unknown) => v === null || isInt(v);
  const profilesRaw = pick(doc, 'profiles', [] as unknown[], Array.isArray, '');
  const profiles = profilesRaw.map(profile);
  const activeProfileId = pick(doc, 'activeProfileId', null, isNullableString, '');
  return {
    schemaVersion: SETTINGS_SCHEMA_VERSION,
    refreshIntervalSeconds: refresh,
    alerts: {
      thresholds: {
        llm: pick(th, 'llm', d.alerts.thresholds.llm, isThresholds, 'alerts.thresholds.'),
        embedding: pick(
          th,
          'embedding',
          d.alerts.thresholds.embedding,
          isThresholds,
          'alerts.thresholds.',
        ),
      },
      notificationsEnabled: pick(alerts, 'notificationsEnabled', true, isBool, 'alerts.'),
      snoozeUntil: pick(alerts, 'snoozeUntil', null, isNullableDateTime, 'alerts.'),
    },
    launchAtLogin: pick(doc, 'launchAtLogin', false, isBool, ''),
    window: {
      width: pick(win, 'width', d.window.width, isSize, 'window.'),
      height: pick(win, 'height', d.window.height, isSize, 'window.'),
      x: pick(win, 'x', null, nullableInt, 'window.'),
      y: pick(win, 'y', null, nullableInt, 'window.'),
    },
    profiles,
    activeProfileId: profiles.some((p) => p.id === activeProfileId) ? activeProfileId : null,
  };
}

/** A valid Settings built from `raw`, or `invalid_input` naming the first bad key. */
export function validateSettings(raw: unknown): Result<Settings> {
  try {
    return ok(build(raw));
  } catch (error) {
    if (error instanceof Invalid)
      return fail('invalid_input', `Invalid setting: ${error.message}.`);
    throw error;
  }
}
