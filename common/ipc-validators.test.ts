import { describe, expect, it } from 'vitest';
import { CHANNEL_METHODS, INVOKE_CHANNELS } from './ipc-contract';
import { IPC_VALIDATORS, isInvokeChannel, validateArgs } from './ipc-validators';

const code = (r: { ok: boolean; code?: string }): string | undefined => (r.ok ? undefined : r.code);

describe('the contract channel list', () => {
  it('has one validator and one unique bridge method per channel', () => {
    expect(Object.keys(IPC_VALIDATORS).sort()).toEqual([...INVOKE_CHANNELS].sort());
    const methods = Object.values(CHANNEL_METHODS);
    expect(new Set(methods).size).toBe(methods.length);
  });

  it('knows its own channel names and nothing else', () => {
    expect(isInvokeChannel('config:save')).toBe(true);
    expect(isInvokeChannel('toString')).toBe(false);
    expect(isInvokeChannel('__proto__')).toBe(false);
    expect(code(validateArgs('constructor' as 'app:quit', undefined))).toBe('invalid_input');
  });
});

describe('channels without arguments', () => {
  it('accept undefined and null, reject anything else', () => {
    expect(validateArgs('snapshot:get', undefined).ok).toBe(true);
    expect(validateArgs('app:quit', null).ok).toBe(true);
    expect(code(validateArgs('usage:refresh', { x: 1 }))).toBe('invalid_input');
    expect(code(validateArgs('auth:sign-out', 'now'))).toBe('invalid_input');
  });
});

describe('auth channels', () => {
  const good = { baseUrl: 'https://api.prometheux.ai/jarvispy/o/u/api/v1', token: 'ey.x.y' };

  it('accept a base URL and token, with an optional label', () => {
    expect(validateArgs('auth:test-connection', good).ok).toBe(true);
    expect(validateArgs('auth:sign-in', { ...good, label: 'Work' }).ok).toBe(true);
  });

  it('reject wrong shapes, empty and over-long strings, and extra fields', () => {
    expect(code(validateArgs('auth:sign-in', null))).toBe('invalid_input');
    expect(code(validateArgs('auth:sign-in', [good]))).toBe('invalid_input');
    expect(code(validateArgs('auth:sign-in', { ...good, token: 42 }))).toBe('invalid_input');
    expect(code(validateArgs('auth:sign-in', { ...good, token: '  ' }))).toBe('invalid_input');
    expect(code(validateArgs('auth:sign-in', { ...good, token: 'x'.repeat(9000) }))).toBe(
      'invalid_input',
    );
    expect(code(validateArgs('auth:sign-in', { ...good, label: 'l'.repeat(121) }))).toBe(
      'invalid_input',
    );
    expect(code(validateArgs('auth:test-connection', { ...good, label: 'x' }))).toBe(
      'invalid_input',
    );
  });

  it('never echoes the token in the failure message', () => {
    const secret = 'super-secret-token-value';
    const r = validateArgs('auth:sign-in', { baseUrl: 5, token: secret, evil: 1 });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain(secret);
  });
});

describe('config channels', () => {
  it('accept a scope and a plain object, keep unknown keys', () => {
    const r = validateArgs('config:update-draft', { scope: 'user', data: { FOO: [1, 2] } });
    expect(r.ok && r.value.data).toEqual({ FOO: [1, 2] });
    expect(validateArgs('config:load', { scope: 'organization' }).ok).toBe(true);
  });

  it('reject unknown scopes, non-object data and bodies over 64 KiB', () => {
    expect(code(validateArgs('config:load', { scope: 'team' }))).toBe('invalid_input');
    expect(code(validateArgs('config:update-draft', { scope: 'user', data: [] }))).toBe(
      'invalid_input',
    );
    const big = { blob: 'x'.repeat(70_000) };
    expect(code(validateArgs('config:update-draft', { scope: 'user', data: big }))).toBe(
      'invalid_input',
    );
  });

  it('accept the three conflict choices and reject others', () => {
    for (const choice of ['mine', 'theirs', { merge: { theme: 'mine', language: 'theirs' } }]) {
      expect(validateArgs('config:resolve-conflict', { scope: 'user', choice }).ok).toBe(true);
    }
    for (const choice of ['both', { merge: { theme: 'both' } }, { merge: [] }, { pick: {} }]) {
      expect(code(validateArgs('config:resolve-conflict', { scope: 'user', choice }))).toBe(
        'invalid_input',
      );
    }
  });
});

describe('settings, snooze and windows', () => {
  it('accept a partial settings patch and reject bad values and unknown keys', () => {
    expect(validateArgs('settings:set', { alerts: { thresholds: { llm: [70, 90] } } }).ok).toBe(
      true,
    );
    expect(validateArgs('settings:set', { refreshIntervalSeconds: 120 }).ok).toBe(true);
    expect(code(validateArgs('settings:set', { refreshIntervalSeconds: 9 }))).toBe('invalid_input');
    expect(code(validateArgs('settings:set', { alerts: { thresholds: { llm: [150] } } }))).toBe(
      'invalid_input',
    );
    expect(code(validateArgs('settings:set', { alerts: { snoozeUntil: 'x' } }))).toBe(
      'invalid_input',
    );
    expect(code(validateArgs('settings:set', { profiles: [] }))).toBe('invalid_input');
  });

  it('snooze takes 1h, tomorrow or null only', () => {
    expect(validateArgs('alerts:snooze', { until: null }).ok).toBe(true);
    expect(validateArgs('alerts:snooze', { until: 'tomorrow' }).ok).toBe(true);
    expect(code(validateArgs('alerts:snooze', { until: '2h' }))).toBe('invalid_input');
  });

  it('open-external takes https URLs only', () => {
    expect(validateArgs('window:open-external', { url: 'https://prometheux.ai/docs' }).ok).toBe(
      true,
    );
    for (const url of ['http://x.y', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(code(validateArgs('window:open-external', { url }))).toBe('invalid_input');
    }
  });

  it('open-preferences takes an optional known tab', () => {
    expect(validateArgs('window:open-preferences', {}).ok).toBe(true);
    expect(validateArgs('window:open-preferences', { tab: 'alerts' }).ok).toBe(true);
    expect(code(validateArgs('window:open-preferences', { tab: 'root' }))).toBe('invalid_input');
  });
});
