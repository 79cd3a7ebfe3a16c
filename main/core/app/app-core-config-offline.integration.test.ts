// Integration: the server configuration while the server is away, on the real reference
// server (stopped, then started again on the same port and data): the Preferences tab gets
// the copy last loaded, marked offline, with the unsaved draft; saving fails as a value; once
// the server is back, a load is fresh and the draft saves with If-Match.
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../common/result';
import { startReferenceServer, type RunningServer } from '../../../server/index';
import { ConfSettingsFile } from '../../adapters/conf-settings-file';
import { openHarness, tempDir, type Harness } from './testing/app-harness';

let harness: Harness | undefined;
let server: RunningServer | undefined;
let dir: ReturnType<typeof tempDir> | undefined;
const settingsFile = (cwd: string) => new ConfSettingsFile({ cwd });

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

afterEach(async () => {
  await harness?.cleanup();
  await server?.close();
  dir?.remove();
  harness = server = dir = undefined;
});

describe('server configuration offline', () => {
  it('shows the last loaded copy and the draft, marked offline; saves once the server is back', async () => {
    dir = tempDir('ptray-core-cfg-off-');
    server = await startReferenceServer({ dataDir: dir.path, rateLimit: false });
    server.ops.createUser('acme', 'cy', 'user');
    const { token } = await server.ops.issueToken('acme', 'cy');
    const port = Number(new URL(server.origin).port);
    const baseUrl = server.baseUrl('acme', 'cy');
    harness = openHarness({ settingsFile });
    const h = harness;
    value(await h.core.handlers['auth:sign-in']({ baseUrl, token }));
    const saveRes = await fetch(`${baseUrl}/users/save-config`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ config_data: { theme: 'dark', LLM_MODEL: 'm1' } }),
    });
    expect(saveRes.status).toBe(200);

    const loadedAt = h.clock.now();
    const fresh = value(await h.core.handlers['config:load']({ scope: 'user' }));
    expect(fresh).toMatchObject({ data: { theme: 'dark', LLM_MODEL: 'm1' }, draft: null });
    expect(fresh.offline ?? null).toBeNull();

    await server.close();
    server = undefined;
    await h.clock.advance(90_000);
    const edited = { theme: 'light', LLM_MODEL: 'm1' };
    value(await h.core.handlers['config:update-draft']({ scope: 'user', data: edited }));
    const off = value(await h.core.handlers['config:load']({ scope: 'user' }));
    expect(off).toMatchObject({
      data: { theme: 'dark', LLM_MODEL: 'm1' },
      draft: edited,
      offline: { loadedAt: new Date(loadedAt).toISOString() },
    });
    expect(off.offline?.reason).toContain('Could not reach');
    expect(off.offline?.reason).not.toContain(token);
    // Editing still works offline; the save fails as a value and keeps the draft.
    const more = { ...edited, language: 'it' };
    value(await h.core.handlers['config:update-draft']({ scope: 'user', data: more }));
    const failed = await h.core.handlers['config:save']({ scope: 'user' });
    expect(failed.ok ? 'saved' : failed.code).toBe('network');
    expect(value(await h.core.handlers['config:load']({ scope: 'user' })).draft).toEqual(more);

    server = await startReferenceServer({ dataDir: dir.path, port, rateLimit: false });
    const back = value(await h.core.handlers['config:load']({ scope: 'user' }));
    expect(back.offline ?? null).toBeNull();
    expect(back.draft).toEqual(more);
    const saved = value(await h.core.handlers['config:save']({ scope: 'user' }));
    expect(saved.status).toBe('saved');
    const onServer = await fetch(`${baseUrl}/users/load-config?scope=user`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await onServer.json()) as { data: unknown };
    expect(body.data).toEqual(more);
  });
});
