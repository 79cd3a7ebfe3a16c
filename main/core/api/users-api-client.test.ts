// Unit tests of the client's transport rules with a scripted fetch; the same rules are
// checked against the real reference server in users-api-client.integration.test.ts.
import { describe, expect, it } from 'vitest';
import type { FakeAnswer } from '../testing/fake-fetch';
import { createFakeFetch, envelopeResponse } from '../testing/fake-fetch';
import { parseBaseUrl } from './base-url';
import type { HttpDeps } from './http-request';
import { createUsersApiClient } from './users-api-client';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.secret-token-value.sig';
const target = (() => {
  const t = parseBaseUrl('https://api.example.com/jarvispy/acme/ann/api/v1');
  if (!t.ok) throw new Error(t.message);
  return t.value;
})();
const USAGE = {
  llm_usage: { current: 150, limit: 1000, remaining: 850 },
  embedding_usage: { current: 50, limit: 500, remaining: 450 },
};

function setup(answers: FakeAnswer[], overrides: Partial<HttpDeps> = {}) {
  const fake = createFakeFetch(answers);
  const sleeps: number[] = [];
  const deps: HttpDeps = {
    fetch: fake.fetch,
    getToken: async () => TOKEN,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    now: () => Date.parse('2026-01-01T00:00:00Z'),
    timeoutMs: 10_000,
    retry: { maxAttempts: 3, baseMs: 100, capMs: 30_000 },
    ...overrides,
  };
  return { client: createUsersApiClient(target, deps), requests: fake.requests, sleeps };
}

describe('UsersApiClient', () => {
  it('gets the role with the bearer token on the right URL', async () => {
    const { client, requests } = setup([envelopeResponse(200, { role: 'admin' })]);
    expect(await client.getRole()).toEqual({ ok: true, value: 'admin' });
    expect(requests[0]?.url).toBe(`${target.baseUrl}/users/get-role`);
    expect(requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('returns usage with its ETag, then 304 as notModified', async () => {
    const { client, requests } = setup([
      envelopeResponse(200, USAGE, 'ok', { etag: '"u1"' }),
      new Response(null, { status: 304, headers: { etag: '"u1"' } }),
    ]);
    expect(await client.getUsage()).toEqual({
      ok: true,
      value: { notModified: false, data: USAGE, etag: '"u1"' },
    });
    expect(await client.getUsage('"u1"')).toEqual({ ok: true, value: { notModified: true } });
    expect(requests[1]?.headers['if-none-match']).toBe('"u1"');
  });

  it.each([
    ['negative', { ...USAGE, llm_usage: { current: -1, limit: 10, remaining: 11 } }],
    ['fractional', { ...USAGE, llm_usage: { current: 1.5, limit: 10, remaining: 8.5 } }],
    ['string', { ...USAGE, embedding_usage: { current: '5', limit: 10, remaining: 5 } }],
    ['missing', { llm_usage: USAGE.llm_usage }],
    ['null data', null],
  ])('rejects %s usage numbers as malformed', async (_name, data) => {
    const { client } = setup([envelopeResponse(200, data)]);
    const r = await client.getUsage();
    expect(r.ok ? 'ok' : r.code).toBe('malformed');
  });

  it('rejects an unknown role, a non-envelope body and non-JSON as malformed', async () => {
    const { client } = setup([
      envelopeResponse(200, { role: 'root' }),
      new Response(JSON.stringify({ role: 'user' }), { status: 200 }),
      new Response('<html>hi</html>', { status: 200 }),
    ]);
    for (let i = 0; i < 3; i += 1) {
      const r = await client.getRole();
      expect(r.ok ? 'ok' : r.code).toBe('malformed');
    }
  });

  it.each([
    [400, 'validation'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [409, 'conflict'],
    [413, 'validation'],
    [415, 'validation'],
    [422, 'validation'],
  ])('maps %i to %s with the server message, without retrying', async (status, code) => {
    const { client, requests } = setup([envelopeResponse(status, null, `server says ${status}`)]);
    const r = await client.saveConfig('user', { theme: 'dark' });
    expect(r).toEqual({ ok: false, code, message: `server says ${status}` });
    expect(requests).toHaveLength(1);
  });

  it('retries GETs on 5xx and network errors, then succeeds', async () => {
    const { client, requests, sleeps } = setup([
      envelopeResponse(503, null, 'busy'),
      new TypeError('fetch failed'),
      envelopeResponse(200, { role: 'user' }),
    ]);
    expect(await client.getRole()).toEqual({ ok: true, value: 'user' });
    expect(requests).toHaveLength(3);
    expect(sleeps).toEqual([50, 100]);
  });

  it('stops after maxAttempts and reports the last failure', async () => {
    const { client, requests } = setup([
      envelopeResponse(500, null, 'one'),
      envelopeResponse(500, null, 'two'),
      envelopeResponse(500, null, 'three'),
    ]);
    expect(await client.getRole()).toEqual({ ok: false, code: 'server', message: 'three' });
    expect(requests).toHaveLength(3);
  });

  it('honours Retry-After in seconds and as an HTTP date', async () => {
    const { client, sleeps } = setup([
      envelopeResponse(429, null, 'slow down', { 'retry-after': '2' }),
      envelopeResponse(429, null, 'slow down', { 'retry-after': 'Thu, 01 Jan 2026 00:00:07 GMT' }),
      envelopeResponse(200, { role: 'user' }),
    ]);
    expect((await client.getRole()).ok).toBe(true);
    expect(sleeps).toEqual([2000, 7000]);
  });

  it('gives up on a Retry-After past its cap and hands the wait to the caller', async () => {
    const { client, requests } = setup([
      envelopeResponse(429, null, 'slow down', { 'retry-after': '45' }),
    ]);
    const r = await client.getRole();
    expect(r).toMatchObject({ ok: false, code: 'rate_limited', retryAfterMs: 45_000 });
    expect(requests).toHaveLength(1);
  });

  it('never retries save-config, even on 503', async () => {
    const { client, requests } = setup([envelopeResponse(503, null, 'down')]);
    const r = await client.saveConfig('user', {}, '"v1"');
    expect(r.ok ? 'ok' : r.code).toBe('server');
    expect(requests).toHaveLength(1);
    expect(requests[0]?.headers['if-match']).toBe('"v1"');
    expect(JSON.parse(requests[0]?.body ?? '')).toEqual({ config_data: {}, scope: 'user' });
  });

  it('times out at the deadline', async () => {
    const { client } = setup(['hang'], {
      timeoutMs: 20,
      retry: { maxAttempts: 1, baseMs: 1, capMs: 1 },
    });
    const r = await client.getRole();
    expect(r).toEqual({
      ok: false,
      code: 'timeout',
      message: 'The server did not answer within 20 ms.',
    });
  });

  it('times out while the body is still arriving', async () => {
    const stalled: FakeAnswer = new Response(
      new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"data":')) }),
      { status: 200 },
    );
    const { client } = setup([stalled], {
      timeoutMs: 30,
      retry: { maxAttempts: 1, baseMs: 1, capMs: 1 },
    });
    expect(await client.getRole()).toEqual({
      ok: false,
      code: 'timeout',
      message: 'The server did not answer within 30 ms.',
    });
  });

  it('uses its own sentence when the error body is not an envelope', async () => {
    const { client } = setup([new Response('Bad Gateway', { status: 502 })], {
      retry: { maxAttempts: 1, baseMs: 1, capMs: 1 },
    });
    const r = await client.getRole();
    expect(r).toEqual({
      ok: false,
      code: 'server',
      message: 'The server had a problem. Try again later.',
    });
  });

  it('never puts the token in an error, even if the server echoes it', async () => {
    const { client } = setup([envelopeResponse(401, null, `bad token ${TOKEN}`)]);
    const r = await client.getRole();
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain(TOKEN);
    expect(!r.ok && r.code).toBe('unauthorized');
  });

  it("makes the server's message one plain, bounded line", async () => {
    const { client } = setup([
      envelopeResponse(403, null, '\u001b[31mno\u001b[0m\r\nway ' + 'x'.repeat(1000)),
    ]);
    const r = await client.getRole();
    if (r.ok) throw new Error('expected a failure');
    expect(r.message.startsWith('[31mno [0m way x')).toBe(true);
    expect([...r.message].some((c) => c.charCodeAt(0) < 32)).toBe(false);
    expect(r.message.length).toBeLessThanOrEqual(300);
  });

  it('never leaves part of an echoed token when the message is shortened', async () => {
    const { client } = setup([envelopeResponse(401, null, `${'x'.repeat(290)} ${TOKEN}`)]);
    const r = await client.getRole();
    expect(!r.ok && r.message).not.toContain(TOKEN.slice(0, 8));
  });

  it('fails as signed_out without a token and sends nothing', async () => {
    const { client, requests } = setup([], { getToken: async () => null });
    const r = await client.getRole();
    expect(r.ok ? 'ok' : r.code).toBe('signed_out');
    expect(requests).toHaveLength(0);
  });

  it.each(['abc\ndef', 'abc\u2026def', 'abc def'])(
    'refuses a token with characters no API key has (%j), sends nothing, never quotes it',
    async (token) => {
      const { client, requests } = setup([envelopeResponse(200, { role: 'user' })], {
        getToken: async () => token,
      });
      const r = await client.getRole();
      expect(r.ok ? 'ok' : r.code).toBe('invalid_input');
      expect(requests).toHaveLength(0);
      expect(JSON.stringify(r)).not.toContain('abc');
    },
  );

  it('decodes save results and token lists', async () => {
    const { client } = setup([
      envelopeResponse(200, { scope: 'user', version: 3, updated_at: 'now' }, 'saved', {
        etag: '"3"',
      }),
      envelopeResponse(200, {
        tokens: [{ jti: 'j', name: 'n', created_at: 't', expires_at: null, revoked: false }],
      }),
      envelopeResponse(200, { tokens: [{ jti: 'j' }] }),
    ]);
    expect(await client.saveConfig('user', { a: 1 })).toEqual({
      ok: true,
      value: { saved: { scope: 'user', version: 3, updated_at: 'now' }, etag: '"3"' },
    });
    expect((await client.listTokens()).ok).toBe(true);
    const bad = await client.listTokens();
    expect(bad.ok ? 'ok' : bad.code).toBe('malformed');
  });
});
