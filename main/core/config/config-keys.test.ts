import { describe, expect, it } from 'vitest';
import { parseTypedValue, validateConfig } from './config-keys';
import { isSecretKey, maskConfig, SECRET_MASK } from './secret-keys';

describe('validateConfig', () => {
  it('accepts good known keys and any unknown key', () => {
    const good = {
      theme: 'system',
      language: 'it',
      notifications: false,
      LLM_TEMPERATURE: 0.7,
      LLM_TOP_P: 1,
      LLM_MAX_TOKENS: 4096,
      LLM_MODEL: 'gpt-x',
      EMBEDDING_MODEL: 'e5',
      EMBEDDING_DIMENSIONS: 768,
      SOMETHING_ELSE: { nested: [1, 2] },
    };
    expect(validateConfig(good)).toEqual([]);
  });

  it('names each bad key and its rule, never the value', () => {
    const issues = validateConfig({
      theme: 'blue',
      language: 'xx',
      notifications: 'yes',
      LLM_TEMPERATURE: 2.5,
      LLM_TOP_P: -0.1,
      LLM_MAX_TOKENS: 1.5,
      EMBEDDING_DIMENSIONS: 0,
      LLM_MODEL: '',
    });
    expect(issues.map((i) => i.key)).toEqual([
      'theme',
      'language',
      'notifications',
      'LLM_TEMPERATURE',
      'LLM_TOP_P',
      'LLM_MAX_TOKENS',
      'EMBEDDING_DIMENSIONS',
      'LLM_MODEL',
    ]);
    expect(issues[0]?.message).toBe('theme must be one of dark, light, system.');
    expect(issues.some((i) => i.message.includes('blue'))).toBe(false);
  });
});

describe('parseTypedValue', () => {
  it('types known keys and keeps unknown ones as text', () => {
    expect(parseTypedValue('notifications', 'false')).toEqual({ value: false });
    expect(parseTypedValue('LLM_TEMPERATURE', '0.2')).toEqual({ value: 0.2 });
    expect(parseTypedValue('LLM_MAX_TOKENS', 'many')).toHaveProperty('error');
    expect(parseTypedValue('MY_KEY', '42')).toEqual({ value: '42' });
  });
});

describe('secret keys', () => {
  it('recognises secret-looking keys in any case and masks their values', () => {
    for (const key of ['OPENAI_API_KEY', 'db_password', 'Slack_Token', 'CLIENT_SECRET', 'TOKEN']) {
      expect(isSecretKey(key)).toBe(true);
    }
    for (const key of ['theme', 'LLM_MAX_TOKENS', 'TOKENIZER', 'SECRETARY_NAME']) {
      expect(isSecretKey(key)).toBe(false);
    }
    const masked = maskConfig({ OPENAI_API_KEY: 'sk-very-secret', theme: 'dark' });
    expect(masked).toEqual({ OPENAI_API_KEY: SECRET_MASK, theme: 'dark' });
    expect(JSON.stringify(masked)).not.toContain('sk-very');
  });
});
