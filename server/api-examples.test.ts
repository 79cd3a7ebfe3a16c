// Each example of users-api.md, request and response, byte-shape for byte-shape: the
// server's body must serialize to exactly the doc's JSON (same keys, order, types, text).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PATHS } from '../common/users-api';
import { call, startTestServer, type TestServer } from './testing/harness';

const compact = (doc: string): string => JSON.stringify(JSON.parse(doc));
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

let t: TestServer;
let token: string;
const url = (path: string): string => t.url('my-org', 'my-user', path);

beforeAll(async () => {
  t = await startTestServer();
  token = await t.tokenFor('my-org', 'my-user');
});
afterAll(() => t.server.close());

describe('API doc examples', () => {
  it('GET /users/get-role', async () => {
    const r = await call(url(API_PATHS.getRole), 'GET', { token });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    expect(r.text).toBe(
      compact(
        '{"data": {"role": "user"}, "message": "Role retrieved successfully", "status": "success"}',
      ),
    );
  });

  it('POST /users/save-config (third save → version 3, ETag)', async () => {
    let r = await call(url(API_PATHS.saveConfig), 'POST', { token, body: { config_data: {} } });
    r = await call(url(API_PATHS.saveConfig), 'POST', { token, body: { config_data: { a: 1 } } });
    r = await call(url(API_PATHS.saveConfig), 'POST', {
      token,
      body: { config_data: { theme: 'dark', language: 'en', notifications: true }, scope: 'user' },
    });
    expect(r.status).toBe(200);
    const body = r.json as { data: { updated_at: string } };
    expect(body.data.updated_at).toMatch(ISO);
    const doc = `{"data": {"scope": "user", "version": 3, "updated_at": "${body.data.updated_at}"}, "message": "Configuration saved successfully", "status": "success"}`;
    expect(r.text).toBe(compact(doc));
    expect(r.headers.get('etag')).toMatch(/^"[^"]+"$/);
  });

  it('GET /users/load-config?scope=user returns the stored object, ETag, then 304', async () => {
    const r = await call(url(`${API_PATHS.loadConfig}?scope=user`), 'GET', { token });
    expect(r.status).toBe(200);
    expect(r.text).toBe(
      compact(
        '{"data": {"theme": "dark", "language": "en", "notifications": true}, "message": "Configuration loaded successfully", "status": "success"}',
      ),
    );
    const etag = r.headers.get('etag') as string;
    expect(etag).toBeTruthy();
    const again = await call(url(API_PATHS.loadConfig), 'GET', {
      token,
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
  });

  it('GET /users/load-config with nothing saved gives {}', async () => {
    const fresh = await t.tokenFor('my-org', 'fresh-user');
    const r = await call(t.url('my-org', 'fresh-user', API_PATHS.loadConfig), 'GET', {
      token: fresh,
    });
    expect(r.text).toBe(
      '{"data":{},"message":"Configuration loaded successfully","status":"success"}',
    );
  });

  it('GET /users/usage-status, ETag and 304; remaining never negative', async () => {
    t.server.ops.setLimits('my-org', 'my-user', { llm: 1000, embedding: 500 });
    t.server.ops.setUsage('my-org', 'my-user', { llm: 150, embedding: 50 });
    const r = await call(url(API_PATHS.usageStatus), 'GET', { token });
    expect(r.status).toBe(200);
    expect(r.text).toBe(
      compact(`{"data": {"llm_usage": {"current": 150, "limit": 1000, "remaining": 850},
          "embedding_usage": {"current": 50, "limit": 500, "remaining": 450}},
 "message": "Usage status retrieved successfully", "status": "success"}`),
    );
    const etag = r.headers.get('etag') as string;
    const same = await call(url(API_PATHS.usageStatus), 'GET', {
      token,
      headers: { 'if-none-match': etag },
    });
    expect(same.status).toBe(304);
    t.server.ops.setUsage('my-org', 'my-user', { llm: 1200 });
    const over = await call(url(API_PATHS.usageStatus), 'GET', {
      token,
      headers: { 'if-none-match': etag },
    });
    expect(over.status).toBe(200);
    expect(over.json).toMatchObject({
      data: { llm_usage: { current: 1200, limit: 1000, remaining: 0 } },
    });
  });

  it('token management: issue (shown once), list (never the token), revoke (at once)', async () => {
    const issued = await call(url(API_PATHS.issueToken), 'POST', {
      token,
      body: { name: 'laptop', expires_in_minutes: 60 },
    });
    expect(issued.status).toBe(200);
    const d = (issued.json as { data: Record<string, unknown> }).data;
    expect(Object.keys(d)).toEqual(['token', 'jti', 'name', 'expires_at', 'expires_in_minutes']);
    expect(d).toMatchObject({ name: 'laptop', expires_in_minutes: 60 });
    expect(d.expires_at).toMatch(ISO);
    const second = d.token as string;
    const never = await call(url(API_PATHS.issueToken), 'POST', {
      token,
      body: { name: 'forever', expires_in_minutes: null },
    });
    expect((never.json as { data: unknown }).data).toMatchObject({
      expires_at: null,
      expires_in_minutes: null,
    });

    const list = await call(url(API_PATHS.listTokens), 'GET', { token: second });
    expect(list.status).toBe(200);
    expect(list.text).not.toContain(second);
    const tokens = (list.json as { data: { tokens: Record<string, unknown>[] } }).data.tokens;
    const mine = tokens.find((x) => x.jti === d.jti);
    expect(Object.keys(mine ?? {})).toEqual(['jti', 'name', 'created_at', 'expires_at', 'revoked']);
    expect(mine?.revoked).toBe(false);

    const rev = await call(url(API_PATHS.revokeToken + String(d.jti)), 'POST', { token });
    expect(rev.status).toBe(200);
    expect((rev.json as { status: string }).status).toBe('success');
    const after = await call(url(API_PATHS.getRole), 'GET', { token: second });
    expect(after.status).toBe(401);
  });
});
