// A bug inside a handler becomes a 500 envelope with a sentence: no stack, no SQL.
import { rmSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from './db';
import { buildApp } from './http/app';
import { TokenSigner } from './jwt';
import { Store, type StoredConfig } from './store';
import { tempDataDir } from './data-dir';
import { issueTokenFor } from './operator';
import { API_PATHS } from '../common/users-api';

class BrokenStore extends Store {
  override config(): StoredConfig | undefined {
    throw new Error('SQLITE_CORRUPT: SELECT data FROM configs WHERE org = ?');
  }
}

const dir = tempDataDir();
const db = openDatabase(dir);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

it('a 500 never leaks a stack or SQL', async () => {
  const store = new BrokenStore(db);
  const signer = new TokenSigner(new TextEncoder().encode('k'.repeat(40)));
  store.upsertUser('o', 'u', 'user', new Date().toISOString());
  const { token } = await issueTokenFor(store, signer, 'o', 'u');
  const app = buildApp({ store, signer, rateLimit: false, log: false });
  try {
    const r = await app.inject({
      method: 'GET',
      url: `/jarvispy/o/u/api/v1${API_PATHS.loadConfig}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(r.statusCode).toBe(500);
    expect(r.json()).toEqual({
      data: null,
      message: 'The server hit an internal error. Try again later.',
      status: 'error',
    });
    expect(r.body).not.toMatch(/SELECT|SQLITE|\.ts:\d+/);
  } finally {
    await app.close();
  }
});
