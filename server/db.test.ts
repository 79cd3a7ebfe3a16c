// The database opens with WAL + synchronous=FULL, records its schema version, migrates
// idempotently, and refuses a file written by a newer server rather than corrupt it.
import { rmSync } from 'node:fs';
import { expect, it } from 'vitest';
import { tempDataDir } from './data-dir';
import { openDatabase, SCHEMA_VERSION } from './db';

it('opens with durable settings and a schema version; reopening is a no-op', () => {
  const dir = tempDataDir();
  const db = openDatabase(dir);
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
  expect(Number(db.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
  expect(db.prepare('SELECT version FROM schema_version').all()).toEqual([
    { version: SCHEMA_VERSION },
  ]);
  db.close();
  const again = openDatabase(dir);
  expect(again.prepare('SELECT version FROM schema_version').all()).toEqual([
    { version: SCHEMA_VERSION },
  ]);
  again.prepare('UPDATE schema_version SET version = ?').run(SCHEMA_VERSION + 1);
  again.close();
  expect(() => openDatabase(dir)).toThrow(/newer than this server/);
  rmSync(dir, { recursive: true, force: true });
});
