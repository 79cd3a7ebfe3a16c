// Demo data: org demo-org with demo-user (role user) and demo-admin (role admin), limits
// and some usage. Its tokens live in a 0600 file in the data folder and are reused while
// they still work, so restarts hand out working tokens without piling up rows.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OperatorOps } from './operator';

export const DEMO_ORG = 'demo-org';
export const DEMO_USER = 'demo-user';
export const DEMO_ADMIN = 'demo-admin';
export const DEMO_TOKENS_FILE = 'demo-tokens.json';
const DEMO_TOKEN_NAME = 'demo';

export interface DemoAccounts {
  org: string;
  user: { user: string; token: string; baseUrl?: string };
  admin: { user: string; token: string; baseUrl?: string };
}

type TokenFile = Record<string, { jti: string; token: string } | undefined>;

function readTokens(file: string): TokenFile {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as TokenFile) : {};
  } catch {
    return {};
  }
}

/** Creates (first time) or reuses the demo accounts; returns a working token for each. */
export async function seedDemo(
  ops: OperatorOps,
  dataDir: string,
  baseUrl?: (org: string, user: string) => string,
): Promise<DemoAccounts> {
  const file = join(dataDir, DEMO_TOKENS_FILE);
  const saved = readTokens(file);
  const tokens: TokenFile = {};
  for (const [user, role] of [
    [DEMO_USER, 'user'],
    [DEMO_ADMIN, 'admin'],
  ] as const) {
    const existed = ops.getUsage(DEMO_ORG, user) !== undefined;
    ops.createUser(DEMO_ORG, user, role);
    if (!existed && user === DEMO_USER) {
      ops.setLimits(DEMO_ORG, user, { llm: 1000, embedding: 500 });
      ops.setUsage(DEMO_ORG, user, { llm: 150, embedding: 50 });
    } else if (!existed) {
      ops.setLimits(DEMO_ORG, user, { llm: 5000, embedding: 2000 });
      ops.setUsage(DEMO_ORG, user, { llm: 1200, embedding: 300 });
    }
    const prior = saved[user];
    const live = ops
      .listTokens(DEMO_ORG, user)
      .find(
        (t) =>
          t.jti === prior?.jti &&
          !t.revoked &&
          (t.expires_at === null || Date.parse(t.expires_at) > Date.now()),
      );
    if (prior && live) {
      tokens[user] = prior;
    } else {
      const issued = await ops.issueToken(DEMO_ORG, user, {
        name: DEMO_TOKEN_NAME,
        expiresInMinutes: null,
      });
      tokens[user] = { jti: issued.jti, token: issued.token };
    }
  }
  writeFileSync(file, JSON.stringify(tokens), { mode: 0o600 });
  chmodSync(file, 0o600);
  return {
    org: DEMO_ORG,
    user: {
      user: DEMO_USER,
      token: (tokens[DEMO_USER] as { token: string }).token,
      ...(baseUrl ? { baseUrl: baseUrl(DEMO_ORG, DEMO_USER) } : {}),
    },
    admin: {
      user: DEMO_ADMIN,
      token: (tokens[DEMO_ADMIN] as { token: string }).token,
      ...(baseUrl ? { baseUrl: baseUrl(DEMO_ORG, DEMO_ADMIN) } : {}),
    },
  };
}
