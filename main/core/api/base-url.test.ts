import { describe, expect, it } from 'vitest';
import { isLoopbackHost, parseBaseUrl, targetFromParts } from './base-url';

const PLATFORM = 'https://platform.prometheux.ai/jarvispy/my-org/my-user/api/v1';

describe('parseBaseUrl', () => {
  it.each([
    PLATFORM,
    `${PLATFORM}/`,
    'https://platform.prometheux.ai/jarvispy/my-org/my-user',
    'https://platform.prometheux.ai/jarvispy/my-org/my-user/',
    '  https://platform.prometheux.ai/jarvispy/my-org/my-user/api/v1  ',
  ])('accepts the platform form %s', (text) => {
    expect(parseBaseUrl(text)).toEqual({
      ok: true,
      value: {
        baseUrl: PLATFORM,
        origin: 'https://platform.prometheux.ai',
        org: 'my-org',
        user: 'my-user',
      },
    });
  });

  it('accepts api.prometheux.ai and self-hosted /api/v1', () => {
    const a = parseBaseUrl('https://api.prometheux.ai/jarvispy/o/u/api/v1/');
    expect(a.ok && a.value.baseUrl).toBe('https://api.prometheux.ai/jarvispy/o/u/api/v1');
    const s = parseBaseUrl('https://users.example.com:8443/api/v1/');
    expect(s.ok && s.value).toEqual({
      baseUrl: 'https://users.example.com:8443/api/v1',
      origin: 'https://users.example.com:8443',
      org: null,
      user: null,
    });
  });

  it.each([
    'http://127.0.0.1:4000/jarvispy/o/u/api/v1',
    'http://localhost/api/v1',
    'http://[::1]:9/api/v1',
  ])('allows http on loopback: %s', (text) => expect(parseBaseUrl(text).ok).toBe(true));

  it.each([
    ['', 'Enter the base URL'],
    ['platform.prometheux.ai/jarvispy/o/u', 'not a URL'],
    ['ftp://example.com/api/v1', 'must start with https://, not ftp://'],
    ['http://example.com/api/v1', 'plain http:// is allowed only for localhost'],
    ['https://example.com', 'has no path'],
    ['https://example.com/jarvispy/org', 'missing the organization or user'],
    ['https://example.com/jarvispy/o/u/api/v2', 'should end in /api/v1'],
    ['https://example.com/jarvispy/o%20x/u/api/v1', 'organization "o x" may contain only'],
    ['https://example.com/jarvispy/o/%E0%A4%A/api/v1', 'user "%E0%A4%A" may contain only'],
    ['https://example.com/v1/users', 'not a Users API base URL'],
    ['https://me:pw@example.com/api/v1', 'user name or password'],
    ['https://example.com/api/v1?x=1', '"?…"'],
  ])('rejects %j with a precise message', (text, words) => {
    const r = parseBaseUrl(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('invalid_input');
      expect(r.message).toContain(words);
    }
  });
});

describe('targetFromParts', () => {
  it('builds the platform URL from origin, org and user', () => {
    const r = targetFromParts('https://platform.prometheux.ai/', 'my-org', 'my-user');
    expect(r.ok && r.value.baseUrl).toBe(PLATFORM);
  });
  it('rejects an origin with a path, or a bad user', () => {
    expect(targetFromParts('https://x.ai/jarvispy', 'o', 'u').ok).toBe(false);
    expect(targetFromParts('https://x.ai', 'o', 'a/b').ok).toBe(false);
  });
});

describe('isLoopbackHost', () => {
  it('knows loopback from the rest', () => {
    expect(isLoopbackHost('127.9.8.7')).toBe(true);
    expect(isLoopbackHost('[::1]')).toBe(true);
    expect(isLoopbackHost('128.0.0.1')).toBe(false);
    expect(isLoopbackHost('localhost.evil.com')).toBe(false);
  });
});
