import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, openExternalSafely } from './external-links';

describe('openExternal allowlist', () => {
  it.each([
    'https://prometheux.ai/',
    'https://docs.prometheux.ai/users-api',
    'https://platform.prometheux.ai/jarvispy/org/user/api/v1',
    'https://github.com/prometheuxresearch',
  ])('opens %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true));

  it.each([
    'http://prometheux.ai/',
    'https://prometheux.ai.evil.com/',
    'https://evilprometheux.ai/',
    'https://user:pw@prometheux.ai/',
    'https://prometheux.ai:8443/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://prometheux.ai/share',
    'not a url',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));

  it('opens allowed links and refuses the rest as values, never calling the opener', async () => {
    const opened: string[] = [];
    const open = async (u: string) => void opened.push(u);
    expect(await openExternalSafely(open, 'https://docs.prometheux.ai/')).toEqual({
      ok: true,
      value: null,
    });
    expect(await openExternalSafely(open, 'https://evil.example/')).toMatchObject({
      ok: false,
      code: 'invalid_input',
    });
    expect(opened).toEqual(['https://docs.prometheux.ai/']);
    const failing = async () => Promise.reject(new Error('no browser'));
    expect(await openExternalSafely(failing, 'https://prometheux.ai/')).toMatchObject({
      ok: false,
      code: 'internal',
    });
  });
});
