// The known keys of the server-side configuration and their rules: one source of truth for
// config sync in main/core/config (which validates before saving) and the renderer's form
// (which validates inline). Unknown keys are allowed and kept verbatim.

export type ThemeSetting = 'dark' | 'light' | 'system';
export const THEMES: readonly ThemeSetting[] = ['system', 'light', 'dark'];

/** ISO 639-1 codes accepted for `language`; the UI ships catalogs for en and it. */
export const LANGUAGES = ['en', 'it', 'de', 'fr', 'es', 'pt', 'nl', 'ja', 'zh'] as const;
export type LanguageCode = (typeof LANGUAGES)[number];

export type ConfigKeySpec =
  | { key: string; kind: 'enum'; options: readonly string[] }
  | { key: string; kind: 'boolean' }
  | { key: string; kind: 'number'; min: number; max: number }
  | { key: string; kind: 'integer'; min: number; max: number }
  | { key: string; kind: 'string'; maxLength: number };

/** The known keys, in the order a form shows them. */
export const CONFIG_KEYS: readonly ConfigKeySpec[] = [
  { key: 'theme', kind: 'enum', options: THEMES },
  { key: 'language', kind: 'enum', options: LANGUAGES },
  { key: 'notifications', kind: 'boolean' },
  { key: 'LLM_MODEL', kind: 'string', maxLength: 200 },
  { key: 'LLM_TEMPERATURE', kind: 'number', min: 0, max: 2 },
  { key: 'LLM_TOP_P', kind: 'number', min: 0, max: 1 },
  { key: 'LLM_MAX_TOKENS', kind: 'integer', min: 1, max: 10_000_000 },
  { key: 'EMBEDDING_MODEL', kind: 'string', maxLength: 200 },
  { key: 'EMBEDDING_DIMENSIONS', kind: 'integer', min: 1, max: 65_536 },
];

export function configKeySpec(key: string): ConfigKeySpec | undefined {
  return CONFIG_KEYS.find((s) => s.key === key);
}

/** Why a known key's value is wrong; translated by the UI, worded by describeProblem. */
export type ConfigProblem =
  | { code: 'not_one_of'; options: readonly string[] }
  | { code: 'not_boolean' }
  | { code: 'not_number'; min: number; max: number }
  | { code: 'not_integer'; min: number; max: number }
  | { code: 'out_of_range'; min: number; max: number }
  | { code: 'not_text' }
  | { code: 'too_long'; maxLength: number };

/** Checks one key's value; unknown keys are always valid (kept verbatim). */
export function checkConfigValue(key: string, value: unknown): ConfigProblem | null {
  const spec = configKeySpec(key);
  if (!spec) return null;
  switch (spec.kind) {
    case 'enum':
      return typeof value === 'string' && spec.options.includes(value)
        ? null
        : { code: 'not_one_of', options: spec.options };
    case 'boolean':
      return typeof value === 'boolean' ? null : { code: 'not_boolean' };
    case 'number':
    case 'integer': {
      const { min, max } = spec;
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return { code: spec.kind === 'number' ? 'not_number' : 'not_integer', min, max };
      }
      if (spec.kind === 'integer' && !Number.isInteger(value))
        return { code: 'not_integer', min, max };
      return value < min || value > max ? { code: 'out_of_range', min, max } : null;
    }
    case 'string':
      if (typeof value !== 'string') return { code: 'not_text' };
      return value.length > spec.maxLength ? { code: 'too_long', maxLength: spec.maxLength } : null;
  }
}

/** Every known key of `data` that fails its rule, by key. */
export function checkConfig(data: Record<string, unknown>): Record<string, ConfigProblem> {
  const problems: Record<string, ConfigProblem> = {};
  for (const [key, value] of Object.entries(data)) {
    const p = checkConfigValue(key, value);
    if (p) problems[key] = p;
  }
  return problems;
}

/** An English sentence for a problem (core, CLI); the renderer uses its own catalogs. */
export function describeProblem(key: string, p: ConfigProblem): string {
  switch (p.code) {
    case 'not_one_of':
      return `${key} must be one of: ${p.options.join(', ')}.`;
    case 'not_boolean':
      return `${key} must be true or false.`;
    case 'not_number':
    case 'out_of_range':
      return `${key} must be a number from ${p.min} to ${p.max}.`;
    case 'not_integer':
      return `${key} must be a whole number from ${p.min} to ${p.max}.`;
    case 'not_text':
      return `${key} must be text.`;
    case 'too_long':
      return `${key} must be at most ${p.maxLength} characters.`;
  }
}

const SECRET_KEY = /(_API_KEY|_SECRET|_TOKEN|_PASSWORD)$/i;

/** Keys whose values are masked for display and never logged. */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** A fixed mask, so even the length of a secret is not shown. */
export const SECRET_MASK = '••••••••';
