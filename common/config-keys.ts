// The known keys of the server-side configuration and their rules, the one source of truth
// for config sync (main/core/config), the CLI and the renderer's form (which may not import
// main/). Same API and messages as main/core/config/config-keys.ts + secret-keys.ts, so
// those can re-export this file. Unknown keys are always valid and kept verbatim; messages
// name the key and the rule, never the value (it may be a secret).
import type { ConfigData } from './users-api';

export type KeySpec =
  | { type: 'enum'; label: string; options: readonly string[] }
  | { type: 'boolean'; label: string }
  | { type: 'number'; label: string; min: number; max: number }
  | { type: 'integer'; label: string; min: number; max?: number }
  | { type: 'string'; label: string };

export type ThemeSetting = 'dark' | 'light' | 'system';
export const THEMES: readonly ThemeSetting[] = ['dark', 'light', 'system'];

/** ISO 639-1 codes the app offers; the UI ships catalogs for en and it. */
export const SUPPORTED_LANGUAGES = ['en', 'it', 'de', 'fr', 'es', 'pt', 'nl', 'ja', 'zh'] as const;

/** The known keys, in the order a form shows them. */
export const KNOWN_KEYS: Readonly<Record<string, KeySpec>> = {
  theme: { type: 'enum', label: 'Theme', options: THEMES },
  language: { type: 'enum', label: 'Language', options: SUPPORTED_LANGUAGES },
  notifications: { type: 'boolean', label: 'Desktop notifications' },
  LLM_MODEL: { type: 'string', label: 'LLM model' },
  LLM_TEMPERATURE: { type: 'number', label: 'LLM temperature', min: 0, max: 2 },
  LLM_TOP_P: { type: 'number', label: 'LLM top-p', min: 0, max: 1 },
  LLM_MAX_TOKENS: { type: 'integer', label: 'LLM max tokens', min: 1 },
  EMBEDDING_MODEL: { type: 'string', label: 'Embedding model' },
  EMBEDDING_DIMENSIONS: { type: 'integer', label: 'Embedding dimensions', min: 1 },
};

/** Why a known key's value is wrong, as data: the UI translates it, checkValue words it. */
export type ConfigProblem =
  | { code: 'not_one_of'; options: readonly string[] }
  | { code: 'not_boolean' }
  | { code: 'not_number'; min: number; max: number }
  | { code: 'not_integer'; min: number; max: number | null }
  | { code: 'not_text' };

export function configProblem(key: string, value: unknown): ConfigProblem | null {
  const spec = Object.hasOwn(KNOWN_KEYS, key) ? KNOWN_KEYS[key] : undefined;
  if (!spec) return null;
  switch (spec.type) {
    case 'enum':
      return typeof value === 'string' && spec.options.includes(value)
        ? null
        : { code: 'not_one_of', options: spec.options };
    case 'boolean':
      return typeof value === 'boolean' ? null : { code: 'not_boolean' };
    case 'number':
      return typeof value === 'number' && value >= spec.min && value <= spec.max
        ? null
        : { code: 'not_number', min: spec.min, max: spec.max };
    case 'integer':
      return Number.isInteger(value) &&
        (value as number) >= spec.min &&
        (value as number) <= (spec.max ?? Infinity)
        ? null
        : { code: 'not_integer', min: spec.min, max: spec.max ?? null };
    case 'string':
      return typeof value === 'string' && value.trim() !== '' ? null : { code: 'not_text' };
  }
}

/** An English sentence for a problem (core, CLI); the renderer uses its own catalogs. */
export function describeProblem(key: string, p: ConfigProblem): string {
  switch (p.code) {
    case 'not_one_of':
      return `${key} must be one of ${p.options.join(', ')}.`;
    case 'not_boolean':
      return `${key} must be true or false.`;
    case 'not_number':
      return `${key} must be a number from ${p.min} to ${p.max}.`;
    case 'not_integer':
      return `${key} must be a whole number of at least ${p.min}.`;
    case 'not_text':
      return `${key} must be a non-empty text.`;
  }
}

export interface ConfigIssue {
  key: string;
  message: string;
}

/** Why `value` is not acceptable for `key`, or null when it is (unknown keys always are). */
export function checkValue(key: string, value: unknown): string | null {
  const p = configProblem(key, value);
  return p ? describeProblem(key, p) : null;
}

export function validateConfig(config: ConfigData): ConfigIssue[] {
  return Object.entries(config).flatMap(([key, value]) => {
    const message = checkValue(key, value);
    return message ? [{ key, message }] : [];
  });
}

/** Every known key of `config` that fails its rule, by key (for inline form errors). */
export function configProblems(config: ConfigData): Record<string, ConfigProblem> {
  const out: Record<string, ConfigProblem> = {};
  for (const [key, value] of Object.entries(config)) {
    const p = configProblem(key, value);
    if (p) out[key] = p;
  }
  return out;
}

/**
 * Turns typed text (the CLI's KEY=VALUE, a text field) into the value to store: known keys
 * get their type ("true" → true, "0.7" → 0.7); unknown keys stay the text as typed.
 */
export function parseTypedValue(key: string, text: string): { value: unknown } | { error: string } {
  const spec = Object.hasOwn(KNOWN_KEYS, key) ? KNOWN_KEYS[key] : undefined;
  let value: unknown = text;
  if (spec?.type === 'boolean') value = text === 'true' ? true : text === 'false' ? false : text;
  if (spec?.type === 'number' || spec?.type === 'integer') {
    value = text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
  }
  const error = checkValue(key, value);
  return error ? { error } : { value };
}

/** A fixed-length mask, so even the length of a secret is not shown. */
export const SECRET_MASK = '••••••••';
const SECRET_PATTERN = /(^|_)(API_KEY|SECRET|TOKEN|PASSWORD)$/i;

/** Keys whose values are masked for display and never logged (`*_API_KEY`, `*_TOKEN`, …). */
export function isSecretKey(key: string): boolean {
  return SECRET_PATTERN.test(key);
}

/** A copy safe to show or log: secret-looking values replaced by the mask. */
export function maskConfig(config: ConfigData): ConfigData {
  return Object.fromEntries(
    Object.entries(config).map(([key, value]) => [key, isSecretKey(key) ? SECRET_MASK : value]),
  );
}
