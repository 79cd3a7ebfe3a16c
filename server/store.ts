// Every SQL statement of the server, prepared once: the request path runs no SQL text
// parsing, and no other file holds SQL, so a 500 can never carry any.
import type { Db } from './db';
import type { ConfigData, Role, Scope, TokenInfo } from '../common/users-api';

export interface UsageRow {
  llm_current: number;
  llm_limit: number;
  embedding_current: number;
  embedding_limit: number;
}

export interface StoredConfig {
  data: string;
  version: number;
  updated_at: string;
}

/** A token's standing, with its owner's usage row read in the same statement (null when none). */
export interface TokenAuthRow {
  org: string;
  user: string;
  revoked: number;
  expires_at: string | null;
  role: Role;
  llm_current: number | null;
  llm_limit: number | null;
  embedding_current: number | null;
  embedding_limit: number | null;
}

export interface TokenRow {
  jti: string;
  org: string;
  user: string;
  name: string;
  created_at: string;
  expires_at: string | null;
  revoked: number;
}

export const DEFAULT_LIMITS = { llm: 1000, embedding: 500 } as const;

/** The organization-scope config row is kept under this empty user name. */
const ORG_ROW_USER = '';

/** Typed access to the tables; one prepared statement per operation. */
export class Store {
  private readonly s;

  constructor(readonly db: Db) {
    this.s = {
      userRole: db.prepare('SELECT role FROM users WHERE org = ? AND user = ?'),
      insertUser: db.prepare(
        'INSERT INTO users (org, user, role, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (org, user) DO UPDATE SET role = excluded.role',
      ),
      insertUsage: db.prepare(
        'INSERT OR IGNORE INTO usage (org, user, llm_limit, embedding_limit) VALUES (?, ?, ?, ?)',
      ),
      usage: db.prepare(
        'SELECT llm_current, llm_limit, embedding_current, embedding_limit FROM usage WHERE org = ? AND user = ?',
      ),
      writeUsage: db.prepare(
        'UPDATE usage SET llm_current = ?, llm_limit = ?, embedding_current = ?, embedding_limit = ? WHERE org = ? AND user = ?',
      ),
      tokenAuth: db.prepare(
        // The usage row rides along: usage-status, the hottest endpoint, then needs no second
        // statement (each one is a WAL read transaction with its own lock round trip).
        'SELECT t.org, t.user, t.revoked, t.expires_at, u.role, us.llm_current, us.llm_limit, us.embedding_current, us.embedding_limit FROM tokens t JOIN users u ON u.org = t.org AND u.user = t.user LEFT JOIN usage us ON us.org = t.org AND us.user = t.user WHERE t.jti = ?',
      ),
      token: db.prepare('SELECT * FROM tokens WHERE jti = ?'),
      insertToken: db.prepare(
        'INSERT INTO tokens (jti, org, user, name, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      listTokens: db.prepare(
        'SELECT * FROM tokens WHERE org = ? AND user = ? ORDER BY created_at, rowid',
      ),
      revoke: db.prepare('UPDATE tokens SET revoked = 1 WHERE jti = ? AND revoked = 0'),
      config: db.prepare(
        'SELECT data, version, updated_at FROM configs WHERE org = ? AND user = ? AND scope = ?',
      ),
      upsertConfig: db.prepare(
        `INSERT INTO configs (org, user, scope, data, version, updated_at) VALUES (?, ?, ?, ?, 1, ?)
         ON CONFLICT (org, user, scope) DO UPDATE SET data = excluded.data,
           version = configs.version + 1, updated_at = excluded.updated_at
         RETURNING version`,
      ),
    };
  }

  role(org: string, user: string): Role | undefined {
    return (this.s.userRole.get(org, user) as { role: Role } | undefined)?.role;
  }

  /** Creates the user (or changes its role) and gives it default limits once. */
  upsertUser(org: string, user: string, role: Role, nowIso: string): void {
    this.db.transaction(() => {
      this.s.insertUser.run(org, user, role, nowIso);
      this.s.insertUsage.run(org, user, DEFAULT_LIMITS.llm, DEFAULT_LIMITS.embedding);
    })();
  }

  usage(org: string, user: string): UsageRow | undefined {
    return this.s.usage.get(org, user) as UsageRow | undefined;
  }

  /** Read-modify-write of one user's usage row, atomic even across processes. */
  updateUsage(org: string, user: string, change: (row: UsageRow) => UsageRow): boolean {
    const tx = this.db.transaction(() => {
      const row = this.usage(org, user);
      if (!row) return false;
      const next = change(row);
      this.s.writeUsage.run(
        next.llm_current,
        next.llm_limit,
        next.embedding_current,
        next.embedding_limit,
        org,
        user,
      );
      return true;
    });
    return tx.immediate();
  }

  tokenAuth(jti: string): TokenAuthRow | undefined {
    return this.s.tokenAuth.get(jti) as TokenAuthRow | undefined;
  }

  token(jti: string): TokenRow | undefined {
    return this.s.token.get(jti) as TokenRow | undefined;
  }

  insertToken(row: Omit<TokenRow, 'revoked'>): void {
    this.s.insertToken.run(row.jti, row.org, row.user, row.name, row.created_at, row.expires_at);
  }

  listTokens(org: string, user: string): TokenInfo[] {
    const rows = this.s.listTokens.all(org, user) as TokenRow[];
    return rows.map((r) => ({
      jti: r.jti,
      name: r.name,
      created_at: r.created_at,
      expires_at: r.expires_at,
      revoked: r.revoked !== 0,
    }));
  }

  /** True when a live token was revoked by this call. */
  revoke(jti: string): boolean {
    return this.s.revoke.run(jti).changes > 0;
  }

  config(org: string, user: string, scope: Scope): StoredConfig | undefined {
    return this.s.config.get(org, rowUser(user, scope), scope) as StoredConfig | undefined;
  }

  /**
   * Replaces the stored config; when `expectedVersion` is given and differs from the
   * stored one, writes nothing and returns 'conflict'.
   */
  saveConfig(
    org: string,
    user: string,
    scope: Scope,
    data: ConfigData,
    nowIso: string,
    expected: ((version: number) => boolean) | undefined,
  ): { version: number; updated_at: string } | 'conflict' {
    const tx = this.db.transaction(() => {
      const current = this.config(org, user, scope)?.version ?? 0;
      if (expected && !expected(current)) return 'conflict' as const;
      const out = this.s.upsertConfig.get(
        org,
        rowUser(user, scope),
        scope,
        JSON.stringify(data),
        nowIso,
      ) as { version: number };
      return { version: out.version, updated_at: nowIso };
    });
    return tx.immediate();
  }
}

function rowUser(user: string, scope: Scope): string {
  return scope === 'organization' ? ORG_ROW_USER : user;
}
