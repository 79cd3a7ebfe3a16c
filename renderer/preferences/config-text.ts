// Pure helpers of the config editor: the raw JSON text with secrets masked, parsing it back
// (a masked value left untouched keeps the real secret), and form text ↔ value.
import type { KeySpec } from '../../common/config-keys';
import { SECRET_MASK, isSecretKey } from '../../common/config-keys';
import type { ConfigData } from '../../common/users-api';
import { isPlainObject } from '../../common/users-api';

/** The object shown to the user: secret-looking keys masked unless revealed. */
export function masked(data: ConfigData, reveal: boolean): ConfigData {
  if (reveal) return data;
  const out: ConfigData = {};
  for (const [k, v] of Object.entries(data)) out[k] = isSecretKey(k) ? SECRET_MASK : v;
  return out;
}

export function toRawText(data: ConfigData, reveal: boolean): string {
  return JSON.stringify(masked(data, reveal), null, 2);
}

export type RawParse =
  { ok: true; data: ConfigData } | { ok: false; error: 'syntax' | 'not_object'; message: string };

/** Parses the raw tab; a secret still showing the mask keeps its value from `previous`. */
export function parseRawText(text: string, previous: ConfigData): RawParse {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: 'syntax', message: e instanceof Error ? e.message : String(e) };
  }
  if (!isPlainObject(parsed)) return { ok: false, error: 'not_object', message: '' };
  const data: ConfigData = { ...parsed };
  for (const [k, v] of Object.entries(data)) {
    if (isSecretKey(k) && v === SECRET_MASK && k in previous) data[k] = previous[k];
  }
  return { ok: true, data };
}

/** What a form field's text means for its key: undefined = unset (the key is removed). */
export function fieldValue(spec: KeySpec, text: string): unknown {
  if (text === '') return undefined;
  switch (spec.type) {
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
    case 'number':
    case 'integer': {
      const n = Number(text.replace(',', '.'));
      // Keep what was typed when it is not a number, so the inline error can say why.
      return /^\s*-?\d*[.,]?\d+(e-?\d+)?\s*$/i.test(text) && Number.isFinite(n) ? n : text;
    }
    default:
      return text;
  }
}

/** The text a form field shows for a stored value. */
export function fieldText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Structural equality for JSON values (key order ignored). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && sameJson(a[k], b[k]));
  }
  return false;
}
