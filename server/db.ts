// Opens the server's SQLite file with the durability settings the crash test relies on
// (WAL + synchronous=FULL) and brings its schema up to date through numbered migrations.
import Database from 'better-sqlite3';
import { join } from 'node:path';

export type Db = Database.Database;

export const DB_FILE_NAME = 'users-api.sqlite';

/** Each entry moves the schema one version up; never edit a released one, append. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE users (
     org TEXT NOT NULL, user TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('user','admin')),
     created_at TEXT NOT NULL, PRIMARY KEY (org, user));
   CREATE TABLE tokens (
     jti TEXT PRIMARY KEY, org TEXT NOT NULL, user TEXT NOT NULL, name TEXT NOT NULL,
     created_at TEXT NOT NULL, expires_at TEXT, revoked INTEGER NOT NULL DEFAULT 0,
     FOREIGN KEY (org, user) REFERENCES users (org, user));
   CREATE INDEX tokens_by_user ON tokens (org, user);
   CREATE TABLE configs (
     org TEXT NOT NULL, user TEXT NOT NULL, scope TEXT NOT NULL, data TEXT NOT NULL,
     version INTEGER NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (org, user, scope));
   CREATE TABLE usage (
     org TEXT NOT NULL, user TEXT NOT NULL,
     llm_current INTEGER NOT NULL DEFAULT 0, llm_limit INTEGER NOT NULL,
     embedding_current INTEGER NOT NULL DEFAULT 0, embedding_limit INTEGER NOT NULL,
     PRIMARY KEY (org, user));`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Opens (creating if needed) the database in `dataDir` and migrates it. */
export function openDatabase(dataDir: string): Db {
  const db = new Database(join(dataDir, DB_FILE_NAME));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  try {
    migrate(db);
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

function migrate(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const step = db.transaction(() => {
    const row = db.prepare('SELECT version FROM schema_version').get() as
      { version: number } | undefined;
    const current = row?.version ?? 0;
    if (current > MIGRATIONS.length) {
      throw new Error(`database schema ${current} is newer than this server (${SCHEMA_VERSION})`);
    }
    for (let v = current; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v] as string);
    if (row) db.prepare('UPDATE schema_version SET version = ?').run(MIGRATIONS.length);
    else db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(MIGRATIONS.length);
  });
  step.immediate();
}
