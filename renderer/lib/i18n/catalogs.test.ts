import { describe, expect, it as test } from 'vitest';
import { en } from './en';
import { it } from './it';
import { format, placeholders } from './format-message';

const catalogs: Record<string, Record<string, string>> = { it };

describe('i18n catalogs', () => {
  for (const [name, catalog] of Object.entries(catalogs)) {
    test(`${name} has exactly the English keys, none missing, none extra`, () => {
      const missing = Object.keys(en).filter((k) => !(k in catalog));
      const extra = Object.keys(catalog).filter((k) => !(k in en));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    test(`${name} uses the same {placeholders} and no empty strings`, () => {
      for (const [key, value] of Object.entries(en)) {
        const other = catalog[key] ?? '';
        expect(other.trim(), key).not.toBe('');
        expect(placeholders(other), key).toEqual(placeholders(value));
      }
    });
  }

  test('format fills placeholders and keeps unknown ones visible', () => {
    expect(format('{a} of {b}', { a: 1, b: 'two' })).toBe('1 of two');
    expect(format('{a} {zz}', { a: 1 })).toBe('1 {zz}');
  });
});
