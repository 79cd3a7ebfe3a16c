import { describe, expect, it } from 'vitest';
import { configEtag, headerMatches } from './etag';

describe('headerMatches', () => {
  const tag = configEtag('user', 3);

  it('matches the tag, any tag of a list, and *', () => {
    expect(headerMatches(tag, tag)).toBe(true);
    expect(headerMatches(`"x", ${tag}`, tag)).toBe(true);
    expect(headerMatches('*', tag)).toBe(true);
    expect(headerMatches(undefined, tag)).toBe(false);
    expect(headerMatches(configEtag('organization', 3), tag)).toBe(false);
  });

  it('compares weakly for If-None-Match and strongly for If-Match', () => {
    expect(headerMatches(`W/${tag}`, tag)).toBe(true);
    expect(headerMatches(`W/${tag}`, tag, true)).toBe(false);
    expect(headerMatches(`"x", W/${tag}`, tag, true)).toBe(false);
  });
});
