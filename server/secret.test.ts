// The signing secret: generated once into the data folder with mode 0600, stable across
// loads, and replaced by USERS_API_JWT_SECRET when that is set.
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { tempDataDir } from './data-dir';
import { loadSecret, SECRET_FILE_NAME } from './secret';

it('generates a 0600 secret once and reuses it; the environment variable wins', () => {
  const dir = tempDataDir();
  const a = loadSecret(dir, undefined);
  const b = loadSecret(dir, undefined);
  expect(a.length).toBe(32);
  expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  if (process.platform !== 'win32') {
    expect(statSync(join(dir, SECRET_FILE_NAME)).mode & 0o777).toBe(0o600);
  }
  const fromEnv = loadSecret(dir, 'an-operator-chosen-secret');
  expect(new TextDecoder().decode(fromEnv)).toBe('an-operator-chosen-secret');
  expect(readFileSync(join(dir, SECRET_FILE_NAME), 'utf8').trim()).toBe(
    Buffer.from(a).toString('base64url'),
  );
  rmSync(dir, { recursive: true, force: true });
});
