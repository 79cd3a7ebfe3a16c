// Integration: the client against the real reference server on a random loopback port.
// Every error code of the API doc must map to the right failure code with the server's
// own message; Retry-After, 304 and If-Match are exercised for real.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ERRORS,
  startReferenceServer,
  type ReferenceServerOptions,
  type RunningServer,
} from '../../../server/index';
import type { Scope } from '../../../common/users-api';
import { parseBaseUrl, type ApiTarget } from './base-url';
import { defaultHttpDeps, sendRequest, type FetchLike, type HttpDeps } from './http-request';
import { createUsersApiClient } from './users-api-client';

let server: RunningServer;
const dataDirs: string[] = [];

/** A server in a data folder of ours, removed after the suite. */
function start(opts: ReferenceServerOptions): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ptray-client-it-'));
  dataDirs.push(dataDir);
  return startReferenceServer({ ...opts, dataDir });
}
let token: string;
let adminToken: string;

function targetOf(url: string): ApiTarget {
  const t = parseBaseUrl(url);
  if (!t.ok) throw new Error(t.message);
  return t.value;
}

function client(tok: string | null, over: Partial<HttpDeps> = {}, user = 'ann') {
  const deps = { ...defaultHttpDeps(async () => tok), sleep: async () => {}, ...over };
  return createUsersApiClient(targetOf(server.baseUrl('acme', user)), deps);
}

beforeAll(async () => {
  server = await start({ rateLimit: false });
  server.ops.createUser('acme', 'ann', 'user');
  server.ops.createUser('acme', 'bob', 'admin');
  token = (await server.ops.issueToken('acme', 'ann')).token;
  adminToken = (await server.ops.issueToken('acme', 'bob')).token;
});
afterAll(async () => {
  await server.close();
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

describe('client against the reference server', () => {
  it('reads the role, usage and config', async () => {
    server.ops.setLimits('acme', 'ann', { llm: 1000, embedding: 500 });
    server.ops.setUsage('acme', 'ann', { llm: 150, embedding: 50 });
    expect(await client(token).getRole()).toEqual({ ok: true, value: 'user' });
    expect(await client(adminToken, {}, 'bob').getRole()).toEqual({ ok: true, value: 'admin' });
    const usage = await client(token).getUsage();
    expect(usage.ok && !usage.value.notModified && usage.value.data).toEqual({
      llm_usage: { current: 150, limit: 1000, remaining: 850 },
      embedding_usage: { current: 50, limit: 500, remaining: 450 },
    });
  });

  it('takes the 304 path with ETags and sees a change after it', async () => {
    const c = client(token);
    const first = await c.getUsage();
    if (!first.ok || first.value.notModified) throw new Error('expected data');
    expect(first.value.etag).toBeTruthy();
    expect(await c.getUsage(first.value.etag)).toEqual({ ok: true, value: { notModified: true } });
    server.ops.addUsage('acme', 'ann', { llm: 1 });
    const changed = await c.getUsage(first.value.etag);
    expect(changed.ok && !changed.value.notModified && changed.value.data.llm_usage.current).toBe(
      151,
    );
    const config = await c.loadConfig('user');
    if (!config.ok || config.value.notModified) throw new Error('expected data');
    expect(await c.loadConfig('user', config.value.etag)).toEqual({
      ok: true,
      value: { notModified: true },
    });
  });

  it('saves with If-Match and maps a stale version to conflict', async () => {
    const c = client(token);
    const loaded = await c.loadConfig('user');
    if (!loaded.ok || loaded.value.notModified) throw new Error('expected data');
    const saved = await c.saveConfig('user', { theme: 'dark' }, loaded.value.etag);
    expect(saved.ok && saved.value.saved.scope).toBe('user');
    const stale = await c.saveConfig('user', { theme: 'light' }, loaded.value.etag);
    expect(stale).toEqual({ ok: false, code: 'conflict', message: ERRORS.conflict });
    expect(server.ops.getConfig('acme', 'ann', 'user')).toEqual({ theme: 'dark' });
    const fresh = await c.loadConfig('user');
    expect(fresh.ok && !fresh.value.notModified && fresh.value.data).toEqual({ theme: 'dark' });
  });

  it('maps 401 (missing, bad, revoked token)', async () => {
    expect(await client('not-a-jwt').getRole()).toEqual({
      ok: false,
      code: 'unauthorized',
      message: ERRORS.badToken,
    });
    const issued = await server.ops.issueToken('acme', 'ann', { name: 'short-lived' });
    server.ops.revokeToken(issued.jti);
    const revoked = await client(issued.token).getRole();
    expect(revoked).toEqual({ ok: false, code: 'unauthorized', message: ERRORS.badToken });
    expect(JSON.stringify(revoked)).not.toContain(issued.token);
  });

  it('maps 403 (another tenant, organization scope for a user)', async () => {
    expect(await client(token, {}, 'bob').getRole()).toEqual({
      ok: false,
      code: 'forbidden',
      message: ERRORS.otherTenant,
    });
    expect(await client(token).saveConfig('organization', { a: 1 })).toEqual({
      ok: false,
      code: 'forbidden',
      message: ERRORS.adminOnly,
    });
    expect((await client(adminToken, {}, 'bob').saveConfig('organization', { a: 1 })).ok).toBe(
      true,
    );
  });

  it('maps 404, 413, 422', async () => {
    const deps = { ...defaultHttpDeps(async () => token), sleep: async () => {} };
    const nf = await sendRequest(deps, server.baseUrl('acme', 'ann'), {
      method: 'GET',
      path: '/users/nope',
    });
    expect(nf).toEqual({ ok: false, code: 'not_found', message: ERRORS.notFound });
    const big = await client(token).saveConfig('user', { blob: 'x'.repeat(70 * 1024) });
    expect(big).toEqual({ ok: false, code: 'validation', message: ERRORS.tooLarge });
    const scope = await client(token).saveConfig('team' as Scope, {});
    expect(scope.ok ? 'ok' : scope.code).toBe('validation');
    expect(!scope.ok && scope.message).toContain('scope');
  });

  it('maps 400 (not JSON) and 415 (wrong content type)', async () => {
    const tamper =
      (change: (init: RequestInit) => RequestInit): FetchLike =>
      (url, init) =>
        fetch(url, change(init));
    const notJson = await client(token, {
      fetch: tamper((init) => ({ ...init, body: '{"config_data":' })),
    }).saveConfig('user', {});
    expect(notJson).toEqual({ ok: false, code: 'validation', message: ERRORS.notJson });
    const wrongType = await client(token, {
      fetch: tamper((init) => ({
        ...init,
        headers: { ...(init.headers as Record<string, string>), 'content-type': 'text/plain' },
      })),
    }).saveConfig('user', {});
    expect(wrongType).toEqual({ ok: false, code: 'validation', message: ERRORS.mediaType });
  });

  it('maps an unreachable server to network', async () => {
    const gone = await start({ rateLimit: false });
    const url = gone.baseUrl('acme', 'ann');
    await gone.close();
    const deps = { ...defaultHttpDeps(async () => token), sleep: async () => {} };
    const c = createUsersApiClient(targetOf(url), deps);
    const r = await c.getRole();
    expect(r.ok ? 'ok' : r.code).toBe('network');
    expect(!r.ok && r.message).toContain('ECONNREFUSED');
  });

  it('issues, lists and revokes tokens', async () => {
    const c = client(token);
    const issued = await c.issueToken({ name: 'cli', expires_in_minutes: 60 });
    if (!issued.ok) throw new Error(issued.message);
    const list = await c.listTokens();
    expect(list.ok && list.value.tokens.some((t) => t.jti === issued.value.jti)).toBe(true);
    expect(JSON.stringify(list)).not.toContain(issued.value.token);
    expect((await c.revokeToken(issued.value.jti)).ok).toBe(true);
    expect((await client(issued.value.token).getRole()).ok).toBe(false);
  });
});

describe('rate limiting against the reference server', () => {
  let limited: RunningServer;
  let tok: string;
  beforeAll(async () => {
    limited = await start({ rateLimit: { max: 2, windowMs: 1000 } });
    limited.ops.createUser('acme', 'ann', 'user');
    tok = (await limited.ops.issueToken('acme', 'ann')).token;
  });
  afterAll(() => limited.close());

  it('maps 429 to rate_limited, then honours Retry-After and succeeds', async () => {
    const target = targetOf(limited.baseUrl('acme', 'ann'));
    const once = createUsersApiClient(target, {
      ...defaultHttpDeps(async () => tok),
      retry: { maxAttempts: 1, baseMs: 1, capMs: 5000 },
    });
    await once.getRole();
    await once.getRole();
    const limitedOnce = await once.getRole();
    expect(limitedOnce).toMatchObject({
      ok: false,
      code: 'rate_limited',
      message: ERRORS.rateLimited,
    });
    // The server's wait travels with the failure, so a poller can honour it.
    expect(!limitedOnce.ok && limitedOnce.retryAfterMs).toBeGreaterThan(0);
    const waits: number[] = [];
    const base = defaultHttpDeps(async () => tok);
    const patient = createUsersApiClient(target, {
      ...base,
      retry: { maxAttempts: 3, baseMs: 1, capMs: 5000 },
      sleep: (ms) => {
        waits.push(ms);
        return base.sleep(ms);
      },
    });
    const started = Date.now();
    expect(await patient.getRole()).toEqual({ ok: true, value: 'user' });
    expect(waits.length).toBeGreaterThanOrEqual(1);
    expect(waits[0]).toBeGreaterThanOrEqual(1000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });
});
