// Integration: per-profile state files on a real folder, through the settings store and the
// conf adapter: round trip, atomic private writes, damage, removal and hostile names.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProfileStateKey } from '../core/settings/settings-schema';
import { openSettingsStore } from '../core/settings/settings-store';
import { ConfSettingsFile } from './conf-settings-file';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
let dir: string;
const open = () => openSettingsStore(new ConfSettingsFile({ cwd: dir }));
const stateFile = (id: string, key: string) => join(dir, 'state', id, `${key}.json`);
const allFiles = () =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ptray-state-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('profile state files', () => {
  it('round-trips each blob in its own private file, atomically', () => {
    const store = open();
    const history = { version: 1, samples: [{ t: 1 }], lastResetAt: { llm: null } };
    expect(store.writeProfileState(ID, 'history', history).ok).toBe(true);
    expect(store.writeProfileState(ID, 'alerts', { fired: { llm: 80 } }).ok).toBe(true);
    expect(store.writeProfileState(ID, 'alerts', { fired: { llm: 95 } }).ok).toBe(true);
    expect(open().readProfileState(ID, 'history')).toEqual(history);
    expect(open().readProfileState(ID, 'alerts')).toEqual({ fired: { llm: 95 } });
    expect(open().readProfileState(ID, 'snapshot')).toBeUndefined();
    expect(JSON.parse(readFileSync(stateFile(ID, 'alerts'), 'utf8'))).toEqual({
      fired: { llm: 95 },
    });
    expect(statSync(stateFile(ID, 'alerts')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'state', ID)).mode & 0o777).toBe(0o700);
    // Nothing but the two blobs: every temp file was renamed into place; no settings write.
    expect(allFiles()).toEqual([`state/${ID}/alerts.json`, `state/${ID}/history.json`]);
  });

  it('gives a damaged or unreadable blob as undefined and keeps working', () => {
    const store = open();
    store.writeProfileState(ID, 'snapshot', { x: 1 });
    store.writeProfileState(ID, 'history', { samples: [] });
    writeFileSync(stateFile(ID, 'snapshot'), '{"x": 1, "y');
    rmSync(stateFile(ID, 'history'));
    writeFileSync(join(dir, 'state', ID, 'history.json'), '');
    expect(store.readProfileState(ID, 'snapshot')).toBeUndefined();
    expect(store.readProfileState(ID, 'history')).toBeUndefined();
    expect(store.writeProfileState(ID, 'snapshot', { x: 2 }).ok).toBe(true);
    expect(store.readProfileState(ID, 'snapshot')).toEqual({ x: 2 });
    expect(store.update((s) => ({ ...s, launchAtLogin: true })).ok).toBe(true);
    expect(open().get().launchAtLogin).toBe(true);
  });

  it('says so, as a value, when the folder cannot be written', () => {
    const store = open();
    writeFileSync(join(dir, 'state'), 'a file where the folder should be');
    const r = store.writeProfileState(ID, 'alerts', { fired: {} });
    expect(r.ok ? 'ok' : r.code).toBe('internal');
    expect(store.readProfileState(ID, 'alerts')).toBeUndefined();
  });

  it("removes a profile's folder and nothing else", () => {
    const other = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
    const store = open();
    store.writeProfileState(ID, 'drafts', { scopes: {} });
    store.writeProfileState(ID, 'history', { samples: [] });
    store.writeProfileState(other, 'history', { samples: [2] });
    expect(store.clearProfileState(ID).ok).toBe(true);
    expect(store.clearProfileState(ID).ok).toBe(true); // already gone: fine
    expect(store.readProfileState(ID, 'drafts')).toBeUndefined();
    expect(store.readProfileState(other, 'history')).toEqual({ samples: [2] });
    expect(allFiles()).toEqual([`state/${other}/history.json`]);
  });

  it.each([
    ['..', 'history'],
    ['../..', 'history'],
    ['a/b', 'history'],
    ['a\\b', 'history'],
    ['.', 'history'],
    ['', 'history'],
    ['a.b', 'history'],
    ['x'.repeat(65), 'history'],
    ['p1\0', 'history'],
    [ID, '../settings'],
    [ID, 'history.json'],
    [ID, 'toString'],
  ])('refuses the name %j / %j and touches no file', (id, key) => {
    const store = open();
    writeFileSync(join(dir, 'settings.json'), '{"schemaVersion": 3}');
    const before = allFiles();
    const r = store.writeProfileState(id, key as ProfileStateKey, { evil: true });
    expect(r.ok ? 'ok' : r.code).toBe('invalid_input');
    expect(store.readProfileState(id, key as ProfileStateKey)).toBeUndefined();
    const cleared = store.clearProfileState(id);
    if (id !== ID) expect(cleared.ok ? 'ok' : cleared.code).toBe('invalid_input');
    expect(allFiles()).toEqual(before);
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe('{"schemaVersion": 3}');
  });
});
