// The app's settings: one typed document with defaults and a JSON schema, stored through
// the SettingsFile port. Secrets never live here (tokens are in the TokenVault). The
// per-profile state blobs (monitor, alerts, history, config sync, each validating its own
// shape) are not in this document since v3: one small file per (profile, key) instead, so
// a refresh rewrites a few hundred bytes, not the whole settings file.
import { DEFAULT_THRESHOLDS } from '../alerts/alert-policy';

export const SETTINGS_SCHEMA_VERSION = 3;

/** One account: where its Users API lives. Its token is in the vault under `id`. */
export interface Profile {
  id: string;
  label: string;
  baseUrl: string;
  org: string | null;
  user: string | null;
}

export interface WindowPrefs {
  width: number;
  height: number;
  x: number | null;
  y: number | null;
}

export interface AlertSettings {
  /** Percent used at which to warn, per quota; "exhausted" is always on. */
  thresholds: { llm: number[]; embedding: number[] };
  notificationsEnabled: boolean;
  /** ISO-8601 time until which alerts are snoozed, or null. */
  snoozeUntil: string | null;
}

/** Blobs owned by other modules, one record per profile (v2 kept them in `state`). */
export interface ProfileState {
  alerts?: unknown;
  history?: unknown;
  snapshot?: unknown;
  drafts?: unknown;
}
export type ProfileStateKey = keyof ProfileState;
export const PROFILE_STATE_KEYS: readonly ProfileStateKey[] = [
  'alerts',
  'history',
  'snapshot',
  'drafts',
];

export interface Settings {
  schemaVersion: number;
  refreshIntervalSeconds: number;
  alerts: AlertSettings;
  launchAtLogin: boolean;
  window: WindowPrefs;
  profiles: Profile[];
  activeProfileId: string | null;
}

export const REFRESH_INTERVAL_BOUNDS = { min: 10, max: 86_400 } as const;

export function defaultSettings(): Settings {
  return {
    schemaVersion: SETTINGS_SCHEMA_VERSION,
    refreshIntervalSeconds: 60,
    alerts: {
      thresholds: {
        llm: [...DEFAULT_THRESHOLDS.llm],
        embedding: [...DEFAULT_THRESHOLDS.embedding],
      },
      notificationsEnabled: true,
      snoozeUntil: null,
    },
    launchAtLogin: false,
    window: { width: 360, height: 520, x: null, y: null },
    profiles: [],
    activeProfileId: null,
  };
}

const thresholds = {
  type: 'array',
  maxItems: 10,
  items: { type: 'number', exclusiveMinimum: 0, maximum: 100 },
} as const;
const nullableInt = { type: ['integer', 'null'] } as const;

/** JSON Schema (draft 2020-12) of the stored document; validate-settings.ts enforces it. */
export const SETTINGS_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['schemaVersion'],
  properties: {
    schemaVersion: { const: SETTINGS_SCHEMA_VERSION },
    refreshIntervalSeconds: {
      type: 'integer',
      minimum: REFRESH_INTERVAL_BOUNDS.min,
      maximum: REFRESH_INTERVAL_BOUNDS.max,
    },
    alerts: {
      type: 'object',
      properties: {
        thresholds: {
          type: 'object',
          properties: { llm: thresholds, embedding: thresholds },
        },
        notificationsEnabled: { type: 'boolean' },
        snoozeUntil: { type: ['string', 'null'], format: 'date-time' },
      },
    },
    launchAtLogin: { type: 'boolean' },
    window: {
      type: 'object',
      properties: {
        width: { type: 'integer', minimum: 100 },
        height: { type: 'integer', minimum: 100 },
        x: nullableInt,
        y: nullableInt,
      },
    },
    profiles: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'label', 'baseUrl', 'org', 'user'],
        properties: {
          id: { type: 'string', minLength: 1 },
          label: { type: 'string' },
          baseUrl: { type: 'string', format: 'uri' },
          org: { type: ['string', 'null'] },
          user: { type: ['string', 'null'] },
        },
      },
    },
    activeProfileId: { type: ['string', 'null'] },
  },
} as const;
