// The configuration keys the app understands, with their rules. Unknown keys are kept
// verbatim (the server stores any JSON object); known ones are checked before a save.
// Messages name the key and the rule, never the value (it may be a secret).
import type { ConfigData } from '../../../common/users-api';

export type KeySpec =
  | { type: 'enum'; label: string; options: readonly string[] }
  | { type: 'boolean'; label: string }
  | { type: 'number'; label: string; min: number; max: number }
  | { type: 'integer'; label: string; min: number; max?: number }
  | { type: 'string'; label: string };

/** ISO 639-1 codes the app offers. */
export const SUPPORTED_LANGUAGES = ['en', 'it', 'de', 'fr', 'es', 'pt', 'nl', 'ja', 'zh'] as const;

export const KNOWN_KEYS: Readonly<Record<string, KeySpec>> = {
  theme: { type: 'enum', label: 'Theme', options: ['dark', 'light', 'system'] },
  language: { type: 'enum', label: 'Language', options: SUPPORTED_LANGUAGES },
  notifications: { type: 'boolean', label: 'Desktop notifications' },
  LLM_MODEL: { type: 'string', label: 'LLM model' },
  LLM_TEMPERATURE: { type: 'number', label: 'LLM temperature', min: 0, max: 2 },
  LLM_TOP_P: { type: 'number', label: 'LLM top-p', min: 0, max: 1 },
  LLM_MAX_TOKENS: { type: 'integer', label: 'LLM max tokens', min: 1 },
  EMBEDDING_MODEL: { type: 'string', label: 'Embedding model' },
  EMBEDDING_DIMENSIONS: { type: 'integer', label: 'Embedding dimensions', min: 1 },
};

export interface ConfigIssue {
  key: string;
  message: string;
}

/** Why `value` is not acceptable for `key`, or null when it is (unknown keys always are). */
export function checkValue(key: string, value: unknown): string | null {
  const spec = KNOWN_KEYS[key];
  if (!spec) return null;
  switch (spec.type) {
    case 'enum':
      return typeof value === 'string' && spec.options.includes(value)
        ? null
        : `${key} must be one of ${spec.options.join(', ')}.`;
    case 'boolean':
      return typeof value === 'boolean' ? null : `${key} must be true or false.`;
    case 'number':
      return typeof value === 'number' && value >= spec.min && value <= spec.max
        ? null
        : `${key} must be a number from ${spec.min} to ${spec.max}.`;
    case 'integer':
      return Number.isInteger(value) &&
        (value as number) >= spec.min &&
        (value as number) <= (spec.max ?? Infinity)
        ? null
        : `${key} must be a whole number of at least ${spec.min}.`;
    case 'string':
      return typeof value === 'string' && value.trim() !== ''
        ? null
        : `${key} must be a non-empty text.`;
  }
}

export function validateConfig(config: ConfigData): ConfigIssue[] {
  return Object.entries(config).flatMap(([key, value]) => {
    const message = checkValue(key, value);
    return message ? [{ key, message }] : [];
  });
}

/**
 * Turns typed text (the CLI's KEY=VALUE, a text field) into the value to store: known keys get
 * their type ("true" → true, "0.7" → 0.7); unknown keys stay the text as typed.
 */
export function parseTypedValue(key: string, text: string): { value: unknown } | { error: string } {
  const spec = KNOWN_KEYS[key];
  let value: unknown = text;
  if (spec?.type === 'boolean') value = text === 'true' ? true : text === 'false' ? false : text;
  if (spec?.type === 'number' || spec?.type === 'integer') {
    value = text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
  }
  const error = checkValue(key, value);
  return error ? { error } : { value };
}
