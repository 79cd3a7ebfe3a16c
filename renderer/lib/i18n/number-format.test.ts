import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from './number-format';

const intl = (lang: string, v: number, d: number): string =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: d }).format(v);

describe('formatNumber', () => {
  it('writes what Intl.NumberFormat writes, in both languages', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('en' as const, 'it' as const),
        fc.oneof(
          fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
          fc.double({ min: -1e12, max: 1e12, noNaN: true }),
          fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 20),
        ),
        fc.integer({ min: 0, max: 3 }),
        (lang, value, digits) => {
          expect(formatNumber(lang, value, digits)).toBe(intl(lang, value, digits));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('groups from four digits in English and from five in Italian', () => {
    expect(formatNumber('en', 1000)).toBe('1,000');
    expect(formatNumber('it', 1000)).toBe('1000');
    expect(formatNumber('it', 12345)).toBe('12.345');
    expect(formatNumber('it', 2.25, 1)).toBe('2,3');
    expect(formatNumber('en', -2.5)).toBe('-3');
    expect(formatNumber('en', -0)).toBe(intl('en', -0, 0));
    expect(formatNumber('en', 1e22)).toBe(intl('en', 1e22, 0));
  });
});
