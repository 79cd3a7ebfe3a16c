import { describe, expect, it } from 'vitest';
import { checkConfig, checkConfigValue, describeProblem, isSecretKey } from './config-keys';

describe('known config keys', () => {
  it('accept valid values and keep unknown keys valid', () => {
    expect(checkConfig({ theme: 'dark', language: 'it', notifications: false, X: [1] })).toEqual(
      {},
    );
    expect(checkConfigValue('LLM_TEMPERATURE', 1.5)).toBeNull();
    expect(checkConfigValue('LLM_MAX_TOKENS', 4096)).toBeNull();
  });

  it('reject wrong types and out-of-range values with a reason', () => {
    expect(checkConfigValue('theme', 'blue')?.code).toBe('not_one_of');
    expect(checkConfigValue('notifications', 'yes')?.code).toBe('not_boolean');
    expect(checkConfigValue('LLM_TEMPERATURE', 2.5)?.code).toBe('out_of_range');
    expect(checkConfigValue('LLM_TOP_P', '0.5')?.code).toBe('not_number');
    expect(checkConfigValue('LLM_MAX_TOKENS', 1.5)?.code).toBe('not_integer');
    expect(checkConfigValue('EMBEDDING_DIMENSIONS', 0)?.code).toBe('out_of_range');
    expect(checkConfigValue('LLM_MODEL', 'm'.repeat(201))?.code).toBe('too_long');
    const p = checkConfigValue('LLM_TEMPERATURE', 3);
    expect(p && describeProblem('LLM_TEMPERATURE', p)).toBe(
      'LLM_TEMPERATURE must be a number from 0 to 2.',
    );
  });

  it('recognise secret-looking keys case-insensitively', () => {
    for (const k of ['OPENAI_API_KEY', 'db_password', 'Github_Token', 'APP_SECRET']) {
      expect(isSecretKey(k)).toBe(true);
    }
    for (const k of ['theme', 'TOKEN_LIMIT', 'LLM_MAX_TOKENS']) expect(isSecretKey(k)).toBe(false);
  });
});
