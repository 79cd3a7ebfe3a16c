// Integration: a v2 settings file (state blobs inside) upgraded on a real folder: the blobs
// move to their own files, settings.json keeps only settings, and nothing is lost or
// overwritten when the upgrade runs twice (a second process, or an interrupted first run).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSettingsStore } from '../core/settings/settings-store';
import { ConfSettingsFile } from './conf-settings-file';

const A = '0f8fad5b-d9cb-469f-a165-70867728950e';
const B = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
let dir: string;
const open = () => openSettingsStore(new ConfSettingsFile({ cwd: dir }));
const settingsPath = () => join(dir, 'settings.json');
const profile = (id: string) => ({
  id,
  label: id,
  baseUrl: 'https://x.ai/api/v1',
  org: null,
  user: null,
});
const history = { version: 1, samples: [{ t: 1, llm: { current: 1, limit: 2 } }] };

function writeV2(): void {
  const v2 = {
    schemaVersion: 2,
    refreshIntervalSeconds: 120,
    profiles: [profile(A), profile(B)],
    activeProfileId: B,
    state: {
      [A]: { history, alerts: { fired: { llm: 80 } }, snapshot: { s: 1 }, drafts: { d: 1 } },
      [B]: { alerts: { fired: {} } },
      '../escape': { history },
    },
  };
  writeFileSync(settingsPath(), JSON.stringify(v2, null, '\t'));
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ptray-migrate-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('settings v2 → v3', () => {
  it('moves every state blob to its own file and keeps the settings', () => {
    writeV2();
    const store = open();
    expect(store.recovery).toBeNull();
    expect(store.get()).toMatchObject({ schemaVersion: 3, refreshIntervalSeconds: 120 });
    expect(store.get().activeProfileId).toBe(B);
    const onDisk = JSON.parse(readFileSync(settingsPath(), 'utf8')) as Record<string, unknown>;
    expect(onDisk.schemaVersion).toBe(3);
    expect(onDisk).not.toHaveProperty('state');
    expect(onDisk.profiles).toEqual([profile(A), profile(B)]);
    const later = open();
    expect(later.readProfileState(A, 'history')).toEqual(history);
    expect(later.readProfileState(A, 'alerts')).toEqual({ fired: { llm: 80 } });
    expect(later.readProfileState(A, 'snapshot')).toEqual({ s: 1 });
    expect(later.readProfileState(A, 'drafts')).toEqual({ d: 1 });
    expect(later.readProfileState(B, 'alerts')).toEqual({ fired: {} });
    expect(JSON.parse(readFileSync(join(dir, 'state', A, 'history.json'), 'utf8'))).toEqual(
      history,
    );
    expect(readFileSync(settingsPath(), 'utf8')).not.toContain('escape');
  });

  it('never overwrites a state file that is already there (it is newer)', () => {
    writeV2();
    open().writeProfileState(A, 'alerts', { fired: { llm: 95 } }); // upgrades, then writes
    writeV2(); // the old file comes back, as if the first upgrade had not saved it
    const store = open();
    expect(store.readProfileState(A, 'alerts')).toEqual({ fired: { llm: 95 } });
    expect(store.readProfileState(A, 'history')).toEqual(history);
  });
});
