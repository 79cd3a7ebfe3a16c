import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepEqual, diffConfigs, resolveConfigs } from './config-diff';

describe('diffConfigs', () => {
  it('lists added, removed and changed keys with both values and who changed them', () => {
    const base = { theme: 'dark', language: 'en', old: 1 };
    const mine = { theme: 'light', language: 'en', old: 1, mine: true };
    const theirs = { theme: 'dark', language: 'it' };
    expect(diffConfigs(base, mine, theirs)).toEqual([
      {
        key: 'theme',
        change: 'changed',
        mine: 'light',
        theirs: 'dark',
        base: 'dark',
        inMine: true,
        inTheirs: true,
        mineChanged: true,
        theirsChanged: false,
        suggested: 'mine',
      },
      {
        key: 'language',
        change: 'changed',
        mine: 'en',
        theirs: 'it',
        base: 'en',
        inMine: true,
        inTheirs: true,
        mineChanged: false,
        theirsChanged: true,
        suggested: 'theirs',
      },
      {
        key: 'old',
        change: 'added',
        mine: 1,
        base: 1,
        inMine: true,
        inTheirs: false,
        mineChanged: false,
        theirsChanged: true,
        suggested: 'theirs',
      },
      {
        key: 'mine',
        change: 'added',
        mine: true,
        inMine: true,
        inTheirs: false,
        mineChanged: true,
        theirsChanged: false,
        suggested: 'mine',
      },
    ]);
  });

  it('resolves by suggestion: both sides keep their own changes', () => {
    const base = { theme: 'dark', language: 'en', old: 1 };
    const mine = { theme: 'light', language: 'en', old: 1 };
    const theirs = { theme: 'dark', language: 'it' };
    expect(resolveConfigs(mine, theirs, base)).toEqual({ theme: 'light', language: 'it' });
    expect(resolveConfigs(mine, theirs, base, { language: 'mine' }, 'theirs')).toEqual({
      theme: 'dark',
      language: 'en',
    });
  });

  it('keeps a "__proto__" key as a plain key', () => {
    const mine = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    const merged = resolveConfigs(mine, {}, {}, {}, 'mine');
    expect(Object.keys(merged)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('property: a per-key merge takes every key from one side', () => {
  const value = fc.oneof(
    fc.boolean(),
    fc.integer({ min: 0, max: 3 }),
    fc.constantFrom('a', 'b'),
    fc.constant({ n: 1 }),
  );
  const config = fc.dictionary(fc.constantFrom('theme', 'language', 'A', 'B', 'C', 'D'), value);

  it('holds for any base, mine, theirs and choices', () => {
    fc.assert(
      fc.property(
        config,
        config,
        config,
        fc.dictionary(
          fc.constantFrom('theme', 'A', 'B', 'Z'),
          fc.constantFrom('mine' as const, 'theirs' as const),
        ),
        fc.constantFrom('mine' as const, 'theirs' as const, 'suggested' as const),
        (base, mine, theirs, choices, fallback) => {
          const merged = resolveConfigs(mine, theirs, base, choices, fallback);
          for (const key of new Set([
            ...Object.keys(mine),
            ...Object.keys(theirs),
            ...Object.keys(merged),
          ])) {
            const fromMine =
              Object.hasOwn(mine, key) === Object.hasOwn(merged, key) &&
              deepEqual(mine[key], merged[key]);
            const fromTheirs =
              Object.hasOwn(theirs, key) === Object.hasOwn(merged, key) &&
              deepEqual(theirs[key], merged[key]);
            expect(fromMine || fromTheirs).toBe(true);
            const chosen = choices[key];
            if (chosen === 'mine') expect(fromMine).toBe(true);
            if (chosen === 'theirs') expect(fromTheirs).toBe(true);
          }
          expect(resolveConfigs(mine, theirs, base, {}, 'mine')).toEqual(mine);
          expect(resolveConfigs(mine, theirs, base, {}, 'theirs')).toEqual(theirs);
          // Keys both sides agree on never show up in the diff.
          for (const d of diffConfigs(base, mine, theirs))
            expect(d.inMine && d.inTheirs && deepEqual(d.mine, d.theirs)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
