// Integration: settings on real files in a temp folder, damaged on purpose.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSettingsStore } from '../core/settings/settings-store';
import { defaultSettings } from '../core/settings/settings-schema';
import { ConfSettingsFile } from './conf-settings-file';

let dir: string;
const NOW = Date.parse('2026-12-03T16:20:00.000Z');
const open = () => openSettingsStore(new ConfSettingsFile({ cwd: dir }), () => NOW);
const path = () => join(dir, 'settings.json');
const onDisk = () => JSON.parse(readFileSync(path(), 'utf8')) as Record<string, unknown>;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ptray-settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('settings on disk', () => {
  it('starts from defaults and writes a private file', () => {
    const store = open();
    expect(store.get()).toEqual(defaultSettings());
    expect(store.recovery).toBeNull();
    expect(store.update((s) => ({ ...s, refreshIntervalSeconds: 120 })).ok).toBe(true);
    expect(onDisk().refreshIntervalSeconds).toBe(120);
    expect(statSync(path()).mode & 0o777).toBe(0o600);
    expect(open().get().refreshIntervalSeconds).toBe(120);
  });

  it.each([
    ['corrupt JSON', '{"schemaVersion": 2, "refreshInt'],
    ['wrong types', JSON.stringify({ schemaVersion: 2, refreshIntervalSeconds: 'fast' })],
    [
      'a bad threshold',
      JSON.stringify({ schemaVersion: 2, alerts: { thresholds: { llm: [150] } } }),
    ],
    ['an unknown version', JSON.stringify({ schemaVersion: 99 })],
    ['not an object', '[1, 2, 3]'],
  ])('sets aside a file with %s, loads defaults and says so', (_what, content) => {
    writeFileSync(path(), content);
    const store = open();
    expect(store.get()).toEqual(defaultSettings());
    const keptAs = `${path()}.corrupt-2026-12-03T16-20-00-000Z`;
    expect(store.recovery).toEqual({
      keptAs,
      message: `Your settings file was damaged; it was kept as ${keptAs} and defaults were loaded.`,
    });
    expect(readFileSync(keptAs, 'utf8')).toBe(content);
    expect(onDisk()).toEqual(defaultSettings());
    expect(open().recovery).toBeNull();
  });

  it('never overwrites an earlier kept copy', () => {
    writeFileSync(path(), '{');
    open();
    writeFileSync(path(), '}');
    open();
    expect(
      readdirSync(dir)
        .filter((f) => f.includes('.corrupt-'))
        .sort(),
    ).toEqual([
      'settings.json.corrupt-2026-12-03T16-20-00-000Z',
      'settings.json.corrupt-2026-12-03T16-20-00-000Z-1',
    ]);
  });

  it('migrates a v1 file, keeping the user choices', () => {
    const profile = {
      id: 'p1',
      label: 'Work',
      baseUrl: 'https://x.ai/api/v1',
      org: null,
      user: null,
    };
    writeFileSync(
      path(),
      JSON.stringify({
        schemaVersion: 1,
        refreshInterval: 300,
        thresholds: [50, 90],
        notifications: false,
        activeProfile: 'p1',
        profiles: [profile],
        launchAtLogin: true,
      }),
    );
    const s = open().get();
    expect(s.schemaVersion).toBe(3);
    expect(s.refreshIntervalSeconds).toBe(300);
    expect(s.alerts).toEqual({
      thresholds: { llm: [50, 90], embedding: [50, 90] },
      notificationsEnabled: false,
      snoozeUntil: null,
    });
    expect(s.activeProfileId).toBe('p1');
    expect(s.profiles).toEqual([profile]);
    expect(s.launchAtLogin).toBe(true);
  });

  it('keeps both keys when two writers interleave', () => {
    const app = open();
    const cli = open();
    app.update((s) => ({ ...s, refreshIntervalSeconds: 90 }));
    cli.update((s) => ({ ...s, launchAtLogin: true }));
    app.writeProfileState('p1', 'history', { samples: [1] });
    cli.writeProfileState('p1', 'alerts', { fired: ['llm:80'] });
    const s = open().get();
    expect(s.refreshIntervalSeconds).toBe(90);
    expect(s.launchAtLogin).toBe(true);
    expect(cli.readProfileState('p1', 'history')).toEqual({ samples: [1] });
    expect(app.readProfileState('p1', 'alerts')).toEqual({ fired: ['llm:80'] });
  });

  it('refuses an invalid update and leaves the file as it was', () => {
    const store = open();
    const r = store.update((s) => ({ ...s, refreshIntervalSeconds: 1 }));
    expect(r.ok ? 'ok' : r.code).toBe('invalid_input');
    expect(open().get().refreshIntervalSeconds).toBe(60);
  });

  it('drops unknown keys, so a hand-pasted secret does not survive a write', () => {
    writeFileSync(path(), JSON.stringify({ schemaVersion: 2, token: 'secret-xyz' }));
    open().update((s) => ({ ...s, launchAtLogin: true }));
    expect(readFileSync(path(), 'utf8')).not.toContain('secret-xyz');
  });

  it('keeps profile state out of settings.json and does not wake settings listeners', () => {
    const store = open();
    store.update((s) => ({ ...s, launchAtLogin: true }));
    const before = readFileSync(path(), 'utf8');
    const seen: unknown[] = [];
    const off = store.onChange((s) => seen.push(s));
    expect(store.writeProfileState('p1', 'snapshot', { x: 1 })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(store.clearProfileState('p1').ok).toBe(true);
    off();
    expect(seen).toEqual([]);
    expect(readFileSync(path(), 'utf8')).toBe(before);
    expect(onDisk()).not.toHaveProperty('state');
    expect(store.readProfileState('p1', 'snapshot')).toBeUndefined();
  });
});
