import { describe, expect, it } from 'vitest';
import { KNOWN_KEYS, SECRET_MASK } from '../../common/config-keys';
import { fieldValue, parseRawText, sameJson, toRawText } from './config-text';

describe('raw JSON text', () => {
  const data = { theme: 'dark', OPENAI_API_KEY: 'sk-real', custom: { a: [1, 2] } };

  it('masks secrets unless revealed and keeps unknown keys', () => {
    const text = toRawText(data, false);
    expect(text).not.toContain('sk-real');
    expect(text).toContain(SECRET_MASK);
    expect(JSON.parse(text).custom).toEqual({ a: [1, 2] });
    expect(toRawText(data, true)).toContain('sk-real');
  });

  it('round-trips a masked secret back to its real value', () => {
    const r = parseRawText(toRawText(data, false), data);
    expect(r).toEqual({ ok: true, data });
  });

  it('reports invalid JSON and non-objects', () => {
    const bad = parseRawText('{ "theme": ', data);
    expect(bad.ok || bad.error).toBe('syntax');
    const arr = parseRawText('[1]', data);
    expect(arr.ok || arr.error).toBe('not_object');
  });
});

describe('form field values', () => {
  it('parses numbers, booleans and unset, keeping bad text for the inline error', () => {
    const temp = KNOWN_KEYS.LLM_TEMPERATURE;
    const notif = KNOWN_KEYS.notifications;
    if (!temp || !notif) throw new Error('known keys missing');
    expect(fieldValue(temp, '0.7')).toBe(0.7);
    expect(fieldValue(temp, '0,7')).toBe(0.7);
    expect(fieldValue(temp, 'warm')).toBe('warm');
    expect(fieldValue(temp, '')).toBeUndefined();
    expect(fieldValue(notif, 'false')).toBe(false);
  });

  it('compares JSON structurally', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
  });
});
