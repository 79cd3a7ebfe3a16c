// The operator's operations (users, tokens, limits, usage): shared by the command line,
// the demo seeding and tests, on the same SQLite file a running server uses.
import { randomUUID } from 'node:crypto';
import type {
  ConfigData,
  IssuedToken,
  Role,
  Scope,
  TokenInfo,
  UsageStatusData,
} from '../common/users-api';
import { openDatabase, type Db } from './db';
import { loadSecret } from './secret';
import { TokenSigner } from './jwt';
import { Store, type UsageRow } from './store';
import { ensureDataDir } from './data-dir';
import { usageStatusOf } from './usage-status';

export interface UsageChange {
  llm?: number;
  embedding?: number;
}

/** What an operator can do; the HTTP API never exposes these. */
export interface OperatorOps {
  createUser(org: string, user: string, role: Role): void;
  issueToken(
    org: string,
    user: string,
    opts?: { name?: string; expiresInMinutes?: number | null },
  ): Promise<IssuedToken>;
  listTokens(org: string, user: string): TokenInfo[];
  revokeToken(jti: string): boolean;
  setLimits(org: string, user: string, limits: UsageChange): void;
  setUsage(org: string, user: string, usage: UsageChange): void;
  addUsage(org: string, user: string, usage: UsageChange): void;
  resetUsage(org: string, user: string): void;
  getConfig(org: string, user: string, scope: Scope): ConfigData;
  /** What usage-status would return for this user (undefined: no such user). */
  getUsage(org: string, user: string): UsageStatusData | undefined;
}

/** Thrown for operator mistakes (unknown user); the CLI prints the message. */
export class OperatorError extends Error {}

/** Issues a token for a known user; used by the operator and by POST /auth/issue-token. */
export async function issueTokenFor(
  store: Store,
  signer: TokenSigner,
  org: string,
  user: string,
  opts: { name?: string; expiresInMinutes?: number | null } = {},
): Promise<IssuedToken> {
  const role = store.role(org, user);
  if (!role) throw new OperatorError(`No user ${user} in organization ${org}.`);
  const now = new Date();
  const minutes = opts.expiresInMinutes ? opts.expiresInMinutes : null;
  const expires = minutes ? new Date(now.getTime() + minutes * 60_000) : null;
  const jti = randomUUID();
  const name = opts.name ?? 'api-key';
  const sub = `${org}/${user}`;
  const token = await signer.sign(
    { sub, organization: org, username: user, jti, role },
    expires,
    now,
  );
  store.insertToken({
    jti,
    org,
    user,
    name,
    created_at: now.toISOString(),
    expires_at: expires ? expires.toISOString() : null,
  });
  return {
    token,
    jti,
    name,
    expires_at: expires ? expires.toISOString() : null,
    expires_in_minutes: minutes,
  };
}

/** Operator operations over an open store. */
export function createOperatorOps(store: Store, signer: TokenSigner): OperatorOps {
  const change = (org: string, user: string, f: (r: UsageRow) => UsageRow): void => {
    if (!store.updateUsage(org, user, f)) {
      throw new OperatorError(`No user ${user} in organization ${org}.`);
    }
  };
  return {
    createUser: (org, user, role) => store.upsertUser(org, user, role, new Date().toISOString()),
    issueToken: (org, user, opts) => issueTokenFor(store, signer, org, user, opts),
    listTokens: (org, user) => store.listTokens(org, user),
    revokeToken: (jti) => store.revoke(jti),
    setLimits: (org, user, l) =>
      change(org, user, (r) => ({
        ...r,
        llm_limit: l.llm ?? r.llm_limit,
        embedding_limit: l.embedding ?? r.embedding_limit,
      })),
    setUsage: (org, user, u) =>
      change(org, user, (r) => ({
        ...r,
        llm_current: u.llm ?? r.llm_current,
        embedding_current: u.embedding ?? r.embedding_current,
      })),
    addUsage: (org, user, u) =>
      change(org, user, (r) => ({
        ...r,
        llm_current: r.llm_current + (u.llm ?? 0),
        embedding_current: r.embedding_current + (u.embedding ?? 0),
      })),
    resetUsage: (org, user) =>
      change(org, user, (r) => ({ ...r, llm_current: 0, embedding_current: 0 })),
    getConfig: (org, user, scope) => {
      const row = store.config(org, user, scope);
      return row ? (JSON.parse(row.data) as ConfigData) : {};
    },
    getUsage: (org, user) => {
      const u = store.usage(org, user);
      return u ? usageStatusOf(u) : undefined;
    },
  };
}

export interface OpenedOperator {
  ops: OperatorOps;
  store: Store;
  signer: TokenSigner;
  db: Db;
  close(): void;
}

/** Opens the data folder (creating it) for operator use, e.g. from the command line. */
export function openOperator(dataDir: string): OpenedOperator {
  ensureDataDir(dataDir);
  const db = openDatabase(dataDir);
  const store = new Store(db);
  const signer = new TokenSigner(loadSecret(dataDir));
  return { ops: createOperatorOps(store, signer), store, signer, db, close: () => db.close() };
}
