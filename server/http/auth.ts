// Authenticates every API request before its body is read: bearer token → verified
// claims → live jti in the allowlist → path names the token's own tenant → rate limit.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../common/users-api';
import type { TokenSigner } from '../jwt';
import type { Store } from '../store';
import type { RateLimiter } from './rate-limit';
import { ERRORS, sendError } from './envelope';

/** Who is calling, as established by the token and the database. */
export interface Caller {
  org: string;
  user: string;
  role: Role;
  jti: string;
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

/** Builds the onRequest hook for the API routes. */
export function authHook(store: Store, signer: TokenSigner, limiter: RateLimiter | undefined) {
  return async function authenticate(request: FastifyRequest, reply: FastifyReply) {
    const header = request.headers.authorization;
    if (header === undefined) return unauthorized(reply, ERRORS.noToken, false);
    const match = BEARER.exec(header);
    if (!match) return unauthorized(reply, ERRORS.noToken, false);
    const now = Date.now();
    const claims = await signer.verify(match[1] as string, now);
    if (!claims) return unauthorized(reply, ERRORS.badToken, true);
    const row = store.tokenAuth(claims.jti);
    if (
      !row ||
      row.revoked !== 0 ||
      row.org !== claims.organization ||
      row.user !== claims.username ||
      (row.expires_at !== null && Date.parse(row.expires_at) <= now)
    ) {
      return unauthorized(reply, ERRORS.badToken, true);
    }
    const params = request.params as TenantParams;
    if (params.org !== row.org || params.user !== row.user) {
      return sendError(reply, 403, ERRORS.otherTenant);
    }
    if (limiter) {
      const wait = limiter.hit(claims.jti, now);
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        return sendError(reply, 429, ERRORS.rateLimited);
      }
    }
    request.caller = { org: row.org, user: row.user, role: row.role, jti: claims.jti };
  };
}

/** The caller of an authenticated route; the hook guarantees it is set. */
export function callerOf(request: FastifyRequest): Caller {
  const c = request.caller;
  if (!c) throw new Error('route reached without authentication');
  return c;
}
