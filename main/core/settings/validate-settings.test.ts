import { describe, expect, it } from 'vitest';
import { migrateSettings } from './migrations';
import { defaultSettings } from './settings-schema';
import { validateSettings } from './validate-settings';

const v3 = (extra: Record<string, unknown>) => ({ schemaVersion: 3, ...extra });

describe('validateSettings', () => {
  it('fills missing keys with defaults', () => {
    expect(validateSettings(v3({}))).toEqual({ ok: true, value: defaultSettings() });
    const r = validateSettings(v3({ alerts: { notificationsEnabled: false } }));
    expect(r.ok && r.value.alerts).toEqual({
      ...defaultSettings().alerts,
      notificationsEnabled: false,
    });
  });

  it.each([
    [{ refreshIntervalSeconds: 2.5 }, 'refreshIntervalSeconds'],
    [{ refreshIntervalSeconds: 5 }, 'refreshIntervalSeconds'],
    [{ alerts: { thresholds: { embedding: [0] } } }, 'alerts.thresholds.embedding'],
    [{ alerts: { snoozeUntil: 'tomorrow' } }, 'alerts.snoozeUntil'],
    [{ window: { width: 20 } }, 'window.width'],
    [
      { profiles: [{ id: '', label: 'x', baseUrl: 'https://x', org: null, user: null }] },
      'profiles[0].id',
    ],
    [{ profiles: [{ id: 'a', label: 'x', baseUrl: 'not a url' }] }, 'profiles[0].baseUrl'],
    [{ launchAtLogin: 'yes' }, 'launchAtLogin'],
  ])('refuses %j naming %s', (extra, path) => {
    const r = validateSettings(v3(extra));
    expect(r).toEqual({ ok: false, code: 'invalid_input', message: `Invalid setting: ${path}.` });
  });

  it('forgets an active profile id that names no profile', () => {
    const r = validateSettings(v3({ activeProfileId: 'ghost' }));
    expect(r.ok && r.value.activeProfileId).toBeNull();
  });
});

describe('migrateSettings', () => {
  it('treats a file without schemaVersion as v1', () => {
    const r = migrateSettings({ refreshInterval: 120, thresholds: [70] });
    expect(r.ok && r.value).toEqual({
      doc: {
        schemaVersion: 3,
        refreshIntervalSeconds: 120,
        alerts: { thresholds: { llm: [70], embedding: [70] } },
      },
      moved: [],
      upgraded: true,
    });
  });

  it('moves v2 state blobs out of the document, dropping the ones of another shape', () => {
    const r = migrateSettings({
      schemaVersion: 2,
      launchAtLogin: true,
      state: {
        p1: { history: { samples: [1] }, alerts: { fired: {} }, bogus: 1 },
        p2: 'oops',
        p3: { drafts: null },
      },
    });
    expect(r.ok && r.value).toEqual({
      doc: { schemaVersion: 3, launchAtLogin: true },
      moved: [
        { profileId: 'p1', key: 'alerts', value: { fired: {} } },
        { profileId: 'p1', key: 'history', value: { samples: [1] } },
        { profileId: 'p3', key: 'drafts', value: null },
      ],
      upgraded: true,
    });
  });

  it('leaves a current document as it is and refuses a future one', () => {
    expect(migrateSettings(v3({ launchAtLogin: true }))).toEqual({
      ok: true,
      value: { doc: v3({ launchAtLogin: true }), moved: [], upgraded: false },
    });
    const r = migrateSettings({ schemaVersion: 7 });
    expect(!r.ok && r.message).toContain('schema version 7');
    expect(migrateSettings('text').ok).toBe(false);
  });
});
