import { describe, expect, it } from 'vitest';
import type { Json } from '../../../common/json';
import { FakeClock } from '../testing/fake-clock';
import { FakeUsersApi } from '../testing/fake-users-api';
import { ConfigSync, ORG_READ_ONLY } from './config-sync';

function memoryPort(initial?: unknown) {
  const port = {
    value: initial,
    load: () => port.value,
    save: (s: Json) => void (port.value = JSON.parse(JSON.stringify(s)) as unknown),
  };
  return port;
}

function setup() {
  const api = new FakeUsersApi();
  api.configs.user.data = { theme: 'dark', language: 'en', CUSTOM: { x: 1 } };
  const port = memoryPort();
  const clock = new FakeClock();
  const sync = new ConfigSync({ api, port, clock, role: 'user' });
  return { api, port, clock, sync };
}

describe('ConfigSync', () => {
  it('loads with the ETag, then 304 keeps the cached copy', async () => {
    const { api, sync } = setup();
    const first = await sync.load('user');
    expect(first.ok && first.value).toMatchObject({
      remote: { theme: 'dark' },
      etag: '"c-user-1"',
      draft: null,
    });
    const again = await sync.load('user');
    expect(again.ok && again.value.remote).toEqual({
      theme: 'dark',
      language: 'en',
      CUSTOM: { x: 1 },
    });
    expect(api.calls.loadConfig).toBe(2);
  });

  it('keeps a draft across a restart and a failed save, then saves it with If-Match', async () => {
    const { api, port, clock, sync } = setup();
    await sync.load('user');
    sync.setKey('user', 'theme', 'light');
    api.failNext('network', 'Cannot reach the server.');
    const failed = await sync.save('user');
    expect(failed).toEqual({ ok: false, code: 'network', message: 'Cannot reach the server.' });
    const restarted = new ConfigSync({ api, port: memoryPort(port.value), clock, role: 'user' });
    expect(restarted.view('user').draft).toEqual({
      theme: 'light',
      language: 'en',
      CUSTOM: { x: 1 },
    });
    const saved = await restarted.save('user');
    expect(saved.ok && saved.value.status).toBe('saved');
    expect(api.lastIfMatch).toBe('"c-user-1"');
    expect(api.configs.user.data.theme).toBe('light');
    expect(restarted.view('user')).toMatchObject({ draft: null, etag: '"c-user-2"' });
  });

  it('refuses to save invalid known keys, naming them; unknown keys pass verbatim', async () => {
    const { api, sync } = setup();
    await sync.load('user');
    sync.setKey('user', 'LLM_TEMPERATURE', 3);
    const r = await sync.save('user');
    expect(r).toEqual({
      ok: false,
      code: 'validation',
      message: 'Fix these settings before saving: LLM_TEMPERATURE.',
    });
    expect(api.calls.saveConfig).toBe(0);
  });

  it('returns a conflict with mine, theirs, base and a per-key diff, then saves the merge', async () => {
    const { api, sync } = setup();
    await sync.load('user');
    sync.setKey('user', 'theme', 'light');
    api.externalSave('user', { theme: 'dark', language: 'it', CUSTOM: { x: 1 } });
    const r = await sync.save('user');
    if (!r.ok || r.value.status !== 'conflict') throw new Error('expected a conflict');
    const { conflict } = r.value;
    expect(conflict.mine.theme).toBe('light');
    expect(conflict.theirs.language).toBe('it');
    expect(conflict.base).toEqual({ theme: 'dark', language: 'en', CUSTOM: { x: 1 } });
    expect(conflict.diff.map((d) => [d.key, d.suggested])).toEqual([
      ['theme', 'mine'],
      ['language', 'theirs'],
    ]);
    expect(sync.view('user').draft?.theme).toBe('light'); // nothing typed is lost
    sync.resolveConflict(conflict);
    const saved = await sync.save('user');
    expect(saved.ok && saved.value.status).toBe('saved');
    expect(api.lastIfMatch).toBe('"c-user-2"');
    expect(api.configs.user.data).toEqual({ theme: 'light', language: 'it', CUSTOM: { x: 1 } });
  });

  it('taking theirs drops the draft; editing back to the base leaves nothing unsaved', async () => {
    const { api, sync } = setup();
    await sync.load('user');
    sync.setKey('user', 'theme', 'light');
    expect(sync.setKey('user', 'theme', 'dark').ok && sync.view('user').draft).toBeNull();
    sync.setKey('user', 'theme', 'light');
    api.externalSave('user', { theme: 'system' });
    const r = await sync.save('user');
    if (!r.ok || r.value.status !== 'conflict') throw new Error('expected a conflict');
    sync.resolveConflict(r.value.conflict, {}, 'theirs');
    expect(sync.view('user')).toMatchObject({ draft: null, remote: { theme: 'system' } });
  });

  it('makes the organization scope read-only for non-admins and reports a 403 as a value', async () => {
    const { api, sync } = setup();
    await sync.load('organization');
    expect(sync.view('organization')).toMatchObject({
      readOnly: true,
      readOnlyReason: ORG_READ_ONLY,
    });
    expect(sync.setKey('organization', 'theme', 'light')).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    sync.setRole('admin');
    expect(sync.setKey('organization', 'theme', 'light').ok).toBe(true);
    const r = await sync.save('organization'); // the server still says user: 403, once
    expect(r).toMatchObject({ ok: false, code: 'forbidden' });
    expect(api.calls.saveConfig).toBe(1);
    api.role = 'admin';
    expect((await sync.save('organization')).ok).toBe(true);
  });

  it('offline: a network failure shows the cached copy and the draft, marked, and keeps editing', async () => {
    const { api, port, clock, sync } = setup();
    const loadedAt = clock.now();
    await sync.load('user');
    sync.setKey('user', 'theme', 'light');
    await clock.advance(60_000);
    api.failNext('network', 'Could not reach the server.');
    // A restart while offline: the cache and the draft come from the slot.
    const restarted = new ConfigSync({ api, port: memoryPort(port.value), clock, role: 'user' });
    const r = await restarted.load('user');
    expect(r.ok && r.value).toMatchObject({
      remote: { theme: 'dark' },
      draft: { theme: 'light' },
      offline: { code: 'network', message: 'Could not reach the server.', loadedAt },
    });
    expect(restarted.setKey('user', 'language', 'it').ok).toBe(true);
    api.failNext('server', 'The server had a problem.');
    const failed = await restarted.save('user');
    expect(failed).toMatchObject({ ok: false, code: 'server' });
    expect(api.calls.saveConfig).toBe(1); // not retried
    expect(restarted.view('user').draft).toMatchObject({ theme: 'light', language: 'it' });
    // Back: a load is fresh again (304 on the cached ETag), and the save goes through.
    const back = await restarted.load('user');
    expect(back.ok && back.value.offline).toBeNull();
    expect(back.ok && back.value.loadedAt).toBe(clock.now());
    const saved = await restarted.save('user');
    expect(saved.ok && saved.value.status).toBe('saved');
    expect(api.lastIfMatch).toBe('"c-user-1"');
    expect(api.configs.user.data).toMatchObject({ theme: 'light', language: 'it' });
  });

  it('offline with nothing cached, or a 401/403, stays a failure', async () => {
    const { api, sync } = setup();
    api.failNext('timeout', 'The server did not answer in time.');
    expect(await sync.load('user')).toMatchObject({ ok: false, code: 'timeout' });
    await sync.load('user');
    sync.setKey('user', 'theme', 'light');
    api.failNext('unauthorized', 'Your key was revoked.');
    expect(await sync.load('user')).toEqual({
      ok: false,
      code: 'unauthorized',
      message: 'Your key was revoked.',
    });
    api.failNext('forbidden', 'Not allowed.');
    expect(await sync.load('user')).toMatchObject({ ok: false, code: 'forbidden' });
    expect(sync.view('user').draft).toMatchObject({ theme: 'light' });
  });

  it('falls back to fresh state on a malformed slot', () => {
    const sync = new ConfigSync({
      api: new FakeUsersApi(),
      port: memoryPort({ version: 1, scopes: 'x' }),
      clock: new FakeClock(),
    });
    expect(sync.view('user')).toMatchObject({ remote: null, draft: null });
    expect(sync.setKey('user', 'theme', 'dark')).toMatchObject({
      ok: false,
      code: 'invalid_input',
    });
  });
});
