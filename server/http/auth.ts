// Authenticates every API request before its body is read: bearer token → verified
// claims → live jti in the allowlist → path names the token's own tenant → rate limit.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../common/users-api';
import type { TokenClaims, TokenSigner } from '../jwt';
import type { Store, TokenAuthRow, UsageRow } from '../store';
import type { RateLimiter } from './rate-limit';
import { ERRORS, sendError } from './envelope';

/** Who is calling, as established by the token and the database. */
export interface Caller {
  org: string;
  user: string;
  role: Role;
  jti: string;
  /** The caller's usage as read with the token check; undefined when no row exists. */
  usage: UsageRow | undefined;
}

function usageOf(row: TokenAuthRow): UsageRow | undefined {
  const { llm_current, llm_limit, embedding_current, embedding_limit } = row;
  if (llm_current === null || llm_limit === null) return undefined;
  if (embedding_current === null || embedding_limit === null) return undefined;
  return { llm_current, llm_limit, embedding_current, embedding_limit };
}

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
  }
}

export interface TenantParams {
  org: string;
  user: string;
}

const BEARER = /^Bearer[ \t]+([A-Za-z0-9._~+/=-]+)[ \t]*$/i;

function unauthorized(reply: FastifyReply, message: string, invalid: boolean): FastifyReply {
  reply.header('www-authenticate', invalid ? 'Bearer error="invalid_token"' : 'Bearer');
  return sendError(reply, 401, message);
}

interface Rejection {
  code: 401 | 403 | 429;
  message: string;
  retryAfter?: number;
}

/**
 * Builds the onRequest hook for the API routes. Callback style, not async: a token seen
 * before is checked synchronously, which keeps a promise off every request.
 */
export function authHook(store: Store, signer: TokenSigner, limiter: RateLimiter | undefined) {
  function check(
    params: TenantParams,
    claims: TokenClaims | undefined,
    now: number,
  ): Caller | Rejection {
    if (!claims) return { code: 401, message: ERRORS.badToken };
    const row = store.tokenAuth(claims.jti);
    if (
      !row ||
      row.revoked !== 0 ||
      row.org !== claims.organization ||
      row.user !== claims.username ||
      (row.expires_at !== null && Date.parse(row.expires_at) <= now)
    ) {
      return { code: 401, message: ERRORS.badToken };
    }
    if (params.org !== row.org || params.user !== row.user) {
      return { code: 403, message: ERRORS.otherTenant };
    }
    const wait = limiter ? limiter.hit(claims.jti, now) : 0;
    if (wait > 0) return { code: 429, message: ERRORS.rateLimited, retryAfter: wait };
    return { org: row.org, user: row.user, role: row.role, jti: claims.jti, usage: usageOf(row) };
  }

  function admit(
    request: FastifyRequest,
    reply: FastifyReply,
    outcome: Caller | Rejection,
  ): boolean {
    if ('jti' in outcome) {
      request.caller = outcome;
      return true;
    }
    if (outcome.code === 401) unauthorized(reply, outcome.message, true);
    else {
      if (outcome.retryAfter) reply.header('retry-after', String(outcome.retryAfter));
      sendError(reply, outcome.code, outcome.message);
    }
    return false;
  }

  // A hook that replies does not call done(): Fastify's documented early response.
  return function authenticate(
    request: FastifyRequest,
    reply: FastifyReply,
    done: (error?: Error) => void,
  ): void {
    const header = request.headers.authorization;
    const match = header === undefined ? null : BEARER.exec(header);
    if (!match) return void unauthorized(reply, ERRORS.noToken, false);
    const token = match[1] as string;
    const params = request.params as TenantParams;
    const now = Date.now();
    const cached = signer.cached(token, now);
    if (cached !== null) {
      if (admit(request, reply, check(params, cached, now))) done();
      return;
    }
    signer.verify(token, now).then(
      (claims) => {
        if (admit(request, reply, check(params, claims, now))) done();
      },
      (error: unknown) => done(error instanceof Error ? error : new Error('token check failed')),
    );
  };
}

/** The caller of an authenticated route; the hook guarantees it is set. */
export function callerOf(request: FastifyRequest): Caller {
  const c = request.caller;
  if (!c) throw new Error('route reached without authentication');
  return c;
}
