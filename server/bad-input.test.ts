// The table of bad inputs of issue 2: each row its status code, the error envelope and,
// for 401, WWW-Authenticate: Bearer; for 429, Retry-After in seconds.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PATHS } from '../common/users-api';
import { JWT_AUDIENCE, JWT_ISSUER } from './index';
import {
  call,
  startTestServer,
  TEST_SECRET,
  type CallOptions,
  type TestServer,
} from './testing/harness';

const ORG = 'acme';
const USER = 'alice';
const KEY = new TextEncoder().encode(TEST_SECRET);
let t: TestServer;
let token: string;
let revoked: string;
let liveJti: string;
let bobJti: string;

/** Signs arbitrary claims with the server's secret (or another key). */
async function forge(
  claims: Record<string, unknown>,
  o: { iss?: string; aud?: string; key?: Uint8Array; exp?: number; nbf?: number } = {},
): Promise<string> {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(o.iss ?? JWT_ISSUER)
    .setAudience(o.aud ?? JWT_AUDIENCE);
  if (o.exp !== undefined) jwt.setExpirationTime(o.exp);
  if (o.nbf !== undefined) jwt.setNotBefore(o.nbf);
  return jwt.sign(o.key ?? KEY);
}
const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');
const now = (): number => Math.floor(Date.now() / 1000);
const claims = (): Record<string, unknown> => ({
  sub: `${ORG}/${USER}`,
  organization: ORG,
  username: USER,
  role: 'user',
  jti: liveJti,
});

beforeAll(async () => {
  t = await startTestServer();
  t.server.ops.createUser(ORG, USER, 'user');
  const issued = await t.server.ops.issueToken(ORG, USER);
  token = issued.token;
  liveJti = issued.jti;
  const r = await t.server.ops.issueToken(ORG, USER);
  revoked = r.token;
  t.server.ops.revokeToken(r.jti);
  await t.tokenFor('other-org', 'bob');
  bobJti = (await t.server.ops.issueToken('other-org', 'bob')).jti;
});
afterAll(() => t.server.close());

const save = (o: CallOptions) => ({ path: API_PATHS.saveConfig, method: 'POST', ...o });
const role = (o: CallOptions) => ({ path: API_PATHS.getRole, method: 'GET', ...o });

type Row = [
  string,
  () => Promise<{ path: string; method: string; base?: string } & CallOptions>,
  number,
];
const rows: Row[] = [
  ['no token', async () => role({}), 401],
  ['Bearer without token', async () => role({ headers: { authorization: 'Bearer ' } }), 401],
  ['garbage token', async () => role({ token: 'not.a.jwt' }), 401],
  [
    'alg none',
    async () =>
      role({
        token: `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims(), iss: JWT_ISSUER, aud: JWT_AUDIENCE })}.`,
      }),
    401,
  ],
  [
    'wrong signature',
    async () =>
      role({ token: await forge(claims(), { key: new TextEncoder().encode('x'.repeat(40)) }) }),
    401,
  ],
  [
    'wrong issuer',
    async () => role({ token: await forge(claims(), { iss: 'someone-else' }) }),
    401,
  ],
  ['wrong audience', async () => role({ token: await forge(claims(), { aud: 'other-api' }) }), 401],
  ['expired', async () => role({ token: await forge(claims(), { exp: now() - 60 }) }), 401],
  [
    'nbf in the future',
    async () => role({ token: await forge(claims(), { nbf: now() + 3600 }) }),
    401,
  ],
  [
    'missing claims',
    async () => role({ token: await forge({ sub: 'x', organization: ORG, username: USER }) }),
    401,
  ],
  [
    'unknown jti',
    async () => role({ token: await forge({ ...claims(), jti: 'not-in-allowlist' }) }),
    401,
  ],
  ['revoked jti', async () => role({ token: revoked }), 401],
  [
    "another tenant's path",
    async () => ({ ...role({ token }), base: t.server.baseUrl('other-org', 'bob') }),
    403,
  ],
  [
    'user writing organization scope',
    async () => save({ token, body: { config_data: {}, scope: 'organization' } }),
    403,
  ],
  [
    'non-JSON body',
    async () => save({ token, rawBody: '{"config_data": {', contentType: 'application/json' }),
    400,
  ],
  ['config_data is an array', async () => save({ token, body: { config_data: [] } }), 422],
  ['config_data is null', async () => save({ token, body: { config_data: null } }), 422],
  ['config_data is a string', async () => save({ token, body: { config_data: 'dark' } }), 422],
  ['missing config_data', async () => save({ token, body: { theme: 'dark' } }), 422],
  ['unknown scope', async () => save({ token, body: { config_data: {}, scope: 'team' } }), 422],
  [
    'unknown scope on load',
    async () => ({ ...role({ token }), path: `${API_PATHS.loadConfig}?scope=team` }),
    422,
  ],
  [
    'huge body',
    async () => save({ token, body: { config_data: { blob: 'x'.repeat(70_000) } } }),
    413,
  ],
  [
    'wrong content type',
    async () => save({ token, rawBody: 'config_data=1', contentType: 'text/plain' }),
    415,
  ],
  [
    'form content type',
    async () => save({ token, rawBody: 'a=1', contentType: 'application/x-www-form-urlencoded' }),
    415,
  ],
  ['unknown route', async () => ({ ...role({ token }), path: '/users/no-such-thing' }), 404],
  [
    'token name too long',
    async () => ({
      path: API_PATHS.issueToken,
      method: 'POST',
      token,
      body: { name: 'n'.repeat(121) },
    }),
    422,
  ],
  [
    'expiry too long',
    async () => ({
      path: API_PATHS.issueToken,
      method: 'POST',
      token,
      body: { name: 'n', expires_in_minutes: 525_601 },
    }),
    422,
  ],
  [
    'revoking an unknown token',
    async () => ({ path: `${API_PATHS.revokeToken}nope`, method: 'POST', token }),
    404,
  ],
  [
    "revoking another user's token",
    async () => ({ path: `${API_PATHS.revokeToken}${bobJti}`, method: 'POST', token }),
    404,
  ],
];

describe('bad inputs', () => {
  it.each(rows)('%s → %i', async (_name, make, status) => {
    const req = await make();
    const r = await call((req.base ?? t.server.baseUrl(ORG, USER)) + req.path, req.method, req);
    expect(r.status).toBe(status);
    expect(r.json).toEqual({ data: null, message: expect.any(String), status: 'error' });
    const message = (r.json as { message: string }).message;
    expect(message.length).toBeGreaterThan(10);
    expect(message).not.toMatch(/SELECT|sqlite|at .*\.ts|eyJ/i);
    if (status === 401) expect(r.headers.get('www-authenticate')).toMatch(/^Bearer\b/);
  });

  it('an unknown route outside the API is 404 in the envelope too', async () => {
    const r = await call(`${t.server.origin}/nothing/here`, 'GET');
    expect(r.status).toBe(404);
    expect(r.json).toMatchObject({ data: null, status: 'error' });
  });

  it('a burst beyond the rate limit gets 429 with Retry-After in seconds', async () => {
    const limited = await startTestServer({ rateLimit: { max: 5, windowMs: 30_000 } });
    try {
      const tk = await limited.tokenFor(ORG, USER);
      const url = limited.url(ORG, USER, API_PATHS.usageStatus);
      const statuses: number[] = [];
      let last: Awaited<ReturnType<typeof call>> | undefined;
      for (let i = 0; i < 8; i++) {
        last = await call(url, 'GET', { token: tk });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
      expect(last?.json).toMatchObject({ data: null, status: 'error' });
      const retry = Number(last?.headers.get('retry-after'));
      expect(retry).toBeGreaterThanOrEqual(1);
      expect(retry).toBeLessThanOrEqual(30);
      // Another key of the same user has its own budget.
      const other = await limited.tokenFor(ORG, USER);
      expect((await call(url, 'GET', { token: other })).status).toBe(200);
    } finally {
      await limited.server.close();
    }
  });
});
