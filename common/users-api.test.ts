import { describe, expect, it } from 'vitest';
import { isPlainObject, remainingOf } from './users-api';

describe('remainingOf', () => {
  it('is limit minus current, never below zero', () => {
    expect(remainingOf(150, 1000)).toBe(850);
    expect(remainingOf(1200, 1000)).toBe(0);
  });
});

describe('isPlainObject', () => {
  it('accepts objects and rejects arrays, null and scalars', () => {
    expect(isPlainObject({ a: 1 })).toBe(true);
    expect(isPlainObject([])).toBe(false);
    expect(isPlainObject(null)).toBe(false);
    expect(isPlainObject('x')).toBe(false);
  });
});
