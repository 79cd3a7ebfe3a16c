import { describe, expect, it } from 'vitest';
import {
  SECRET_MASK,
  checkValue,
  configProblem,
  configProblems,
  isSecretKey,
  maskConfig,
  parseTypedValue,
  validateConfig,
} from './config-keys';

describe('known config keys', () => {
  it('accept valid values and keep unknown keys valid', () => {
    const good = {
      theme: 'system',
      language: 'it',
      notifications: false,
      LLM_TEMPERATURE: 1.5,
      LLM_TOP_P: 1,
      LLM_MAX_TOKENS: 4096,
      LLM_MODEL: 'gpt-x',
      EMBEDDING_MODEL: 'e5',
      EMBEDDING_DIMENSIONS: 768,
      SOMETHING_ELSE: { nested: [1, 2] },
    };
    expect(validateConfig(good)).toEqual([]);
    expect(configProblems(good)).toEqual({});
  });

  it('reject wrong types and out-of-range values with a reason code', () => {
    expect(configProblem('theme', 'blue')?.code).toBe('not_one_of');
    expect(configProblem('notifications', 'yes')?.code).toBe('not_boolean');
    expect(configProblem('LLM_TEMPERATURE', 2.5)?.code).toBe('not_number');
    expect(configProblem('LLM_TOP_P', '0.5')?.code).toBe('not_number');
    expect(configProblem('LLM_MAX_TOKENS', 1.5)?.code).toBe('not_integer');
    expect(configProblem('EMBEDDING_DIMENSIONS', 0)?.code).toBe('not_integer');
    expect(configProblem('LLM_MODEL', '  ')?.code).toBe('not_text');
    expect(configProblem('toString', 1)).toBeNull();
  });

  it('word problems by key and rule, never by value (same sentences as core)', () => {
    expect(checkValue('theme', 'blue')).toBe('theme must be one of dark, light, system.');
    expect(checkValue('LLM_TEMPERATURE', 3)).toBe('LLM_TEMPERATURE must be a number from 0 to 2.');
    const issues = validateConfig({ theme: 'sk-secret-blue' });
    expect(JSON.stringify(issues)).not.toContain('sk-secret');
  });

  it('types text for known keys and keeps unknown ones as text', () => {
    expect(parseTypedValue('notifications', 'false')).toEqual({ value: false });
    expect(parseTypedValue('LLM_TEMPERATURE', '0.2')).toEqual({ value: 0.2 });
    expect(parseTypedValue('LLM_MAX_TOKENS', 'many')).toHaveProperty('error');
    expect(parseTypedValue('MY_KEY', '42')).toEqual({ value: '42' });
  });
});

describe('secret keys', () => {
  it('recognise secret-looking keys case-insensitively and mask them', () => {
    for (const k of ['OPENAI_API_KEY', 'db_password', 'Github_Token', 'APP_SECRET', 'TOKEN']) {
      expect(isSecretKey(k)).toBe(true);
    }
    for (const k of ['theme', 'TOKENIZER', 'LLM_MAX_TOKENS', 'SECRETARY_NAME']) {
      expect(isSecretKey(k)).toBe(false);
    }
    const masked = maskConfig({ OPENAI_API_KEY: 'sk-very-secret', theme: 'dark' });
    expect(masked).toEqual({ OPENAI_API_KEY: SECRET_MASK, theme: 'dark' });
  });
});
