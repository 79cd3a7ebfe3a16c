// Starts the reference Users API server in this process: opens (or creates) the data
// folder, binds a loopback port and returns handles for tests, the demo and the preview.
import { rmSync } from 'node:fs';
import { openDatabase, type Db } from './db';
import { ensureDataDir, tempDataDir } from './data-dir';
import { buildApp } from './http/app';
import { DEFAULT_RATE_LIMIT, type RateLimitOptions } from './http/rate-limit';
import { TokenSigner } from './jwt';
import { createOperatorOps, type OperatorOps } from './operator';
import { loadSecret } from './secret';
import { Store } from './store';

export interface ReferenceServerOptions {
  /** Default: a new temporary folder, deleted again by close(). */
  dataDir?: string;
  /** 0 (default) = a random free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default: USERS_API_JWT_SECRET, else the secret file in the data folder. */
  jwtSecret?: string;
  /** Per API key; default 600 requests a minute; false = off. */
  rateLimit?: RateLimitOptions | false;
  /** One line per request to stderr; default false. */
  log?: boolean;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:PORT */
  origin: string;
  /** origin + /jarvispy/{org}/{user}/api/v1 */
  baseUrl(org: string, user: string): string;
  dataDir: string;
  ops: OperatorOps;
  close(): Promise<void>;
}

/** Starts a server; resolves once it listens. */
export async function startReferenceServer(
  opts: ReferenceServerOptions = {},
): Promise<RunningServer> {
  const ownsDir = opts.dataDir === undefined;
  const dataDir = ensureDataDir(opts.dataDir ?? tempDataDir());
  const removeOwnDir = (): void => {
    if (ownsDir) rmSync(dataDir, { recursive: true, force: true });
  };
  let db: Db;
  try {
    db = openDatabase(dataDir);
  } catch (e) {
    removeOwnDir();
    throw e;
  }
  try {
    const store = new Store(db);
    const key =
      opts.jwtSecret !== undefined ? new TextEncoder().encode(opts.jwtSecret) : loadSecret(dataDir);
    const signer = new TokenSigner(key);
    const app = buildApp({
      store,
      signer,
      rateLimit: opts.rateLimit ?? DEFAULT_RATE_LIMIT,
      log: opts.log ?? false,
    });
    const host = opts.host ?? '127.0.0.1';
    await app.listen({ port: opts.port ?? 0, host });
    const address = app.server.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const origin = `http://${hostPart}:${address.port}`;
    let closed = false;
    return {
      origin,
      baseUrl: (org, user) =>
        `${origin}/jarvispy/${encodeURIComponent(org)}/${encodeURIComponent(user)}/api/v1`,
      dataDir,
      ops: createOperatorOps(store, signer),
      async close() {
        if (closed) return;
        closed = true;
        await app.close();
        db.close();
        removeOwnDir();
      },
    };
  } catch (e) {
    db.close();
    removeOwnDir();
    throw e;
  }
}
