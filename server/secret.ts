// The HS256 signing secret: USERS_API_JWT_SECRET when set, else generated once into the
// data folder (mode 0600) so tokens survive restarts and other processes (the operator
// command line) sign with the same key.
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SECRET_FILE_NAME = 'jwt-secret';

/** Returns the secret bytes; never logs or returns the secret in an error. */
export function loadSecret(
  dataDir: string,
  fromEnv = process.env.USERS_API_JWT_SECRET,
): Uint8Array {
  if (fromEnv !== undefined && fromEnv.length > 0) return new TextEncoder().encode(fromEnv);
  const file = join(dataDir, SECRET_FILE_NAME);
  try {
    const text = readFileSync(file, 'utf8').trim();
    if (text.length >= 32) return Buffer.from(text, 'base64url');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const fresh = randomBytes(32).toString('base64url');
  try {
    writeFileSync(file, fresh + '\n', { mode: 0o600, flag: 'wx' });
  } catch (e) {
    // Another process created it first: use theirs.
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return loadSecret(dataDir, fromEnv);
    throw e;
  }
  chmodSync(file, 0o600);
  return Buffer.from(fresh, 'base64url');
}
