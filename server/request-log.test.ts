// The request log: one line per request with method, path, status and time; never the
// token, never a query value, never a config value.
import { afterEach, expect, it, vi } from 'vitest';
import { API_PATHS } from '../common/users-api';
import { call, startTestServer } from './testing/harness';

afterEach(() => {
  vi.restoreAllMocks();
});

it('logs one line per request without tokens or config values', async () => {
  const lines: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  const t = await startTestServer({ log: true });
  try {
    const token = await t.tokenFor('log-org', 'lou');
    await call(t.url('log-org', 'lou', API_PATHS.saveConfig), 'POST', {
      token,
      body: { config_data: { secret_value: 'hunter2-config' } },
    });
    await call(t.url('log-org', 'lou', `${API_PATHS.loadConfig}?scope=user`), 'GET', { token });
    await call(t.url('log-org', 'lou', API_PATHS.getRole), 'GET', { token: 'garbage' });
  } finally {
    await t.server.close();
  }
  const text = lines.join('');
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatch(
    /^POST \/jarvispy\/log-org\/lou\/api\/v1\/users\/save-config 200 \d+\.\dms\n$/,
  );
  expect(lines[1]).toMatch(/^GET \/jarvispy\/log-org\/lou\/api\/v1\/users\/load-config 200 /);
  expect(lines[2]).toMatch(/ 401 /);
  expect(text).not.toContain('hunter2');
  expect(text).not.toContain('scope=');
  expect(text).not.toContain('garbage');
  expect(text).not.toContain('eyJ');
});

it('is quiet by default', async () => {
  const spy = vi.spyOn(process.stderr, 'write');
  const t = await startTestServer();
  try {
    const token = await t.tokenFor('q', 'q');
    await call(t.url('q', 'q', API_PATHS.getRole), 'GET', { token });
  } finally {
    await t.server.close();
  }
  expect(spy).not.toHaveBeenCalled();
});
