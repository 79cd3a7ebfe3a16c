// Signs and verifies the API keys: HS256 only, issuer and audience pinned, exp/nbf
// honoured, every claim the server relies on required. Verified tokens are cached by
// their exact text (expiry still checked on each use) so the hot path skips the HMAC.
import { SignJWT, jwtVerify } from 'jose';
import type { Role } from '../common/users-api';

export const JWT_ISSUER = 'prometheux-reference-server';
export const JWT_AUDIENCE = 'prometheux-users-api';
const REQUIRED = ['sub', 'organization', 'username', 'jti', 'role'];
const CACHE_MAX = 2048;

export interface TokenClaims {
  sub: string;
  organization: string;
  username: string;
  jti: string;
  role: Role;
}

interface CacheEntry {
  claims: TokenClaims;
  expMs: number;
}

/** One per server (and per operator process): holds the key and the verify cache. */
export class TokenSigner {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(private readonly key: Uint8Array) {}

  async sign(claims: TokenClaims, expiresAt: Date | null, now: Date): Promise<string> {
    const jwt = new SignJWT({
      organization: claims.organization,
      username: claims.username,
      role: claims.role,
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.sub)
      .setJti(claims.jti)
      .setIssuer(JWT_ISSUER)
      .setAudience(JWT_AUDIENCE)
      .setIssuedAt(Math.floor(now.getTime() / 1000));
    if (expiresAt) jwt.setExpirationTime(Math.floor(expiresAt.getTime() / 1000));
    return jwt.sign(this.key);
  }

  /**
   * A token verified before: its claims while unexpired, undefined once expired, null when
   * it was never verified. Synchronous, so the request hot path needs no promise.
   */
  cached(token: string, nowMs: number): TokenClaims | undefined | null {
    const hit = this.cache.get(token);
    if (!hit) return null;
    if (nowMs < hit.expMs) return hit.claims;
    this.cache.delete(token);
    return undefined;
  }

  /** The claims of a valid token, or undefined for anything else (never throws). */
  async verify(token: string, nowMs = Date.now()): Promise<TokenClaims | undefined> {
    const hit = this.cached(token, nowMs);
    if (hit !== null) return hit;
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: JWT_ISSUER,
        audience: JWT_AUDIENCE,
        requiredClaims: REQUIRED,
        currentDate: new Date(nowMs),
      });
      const { sub, organization, username, jti, role } = payload;
      if (
        typeof sub !== 'string' ||
        typeof organization !== 'string' ||
        typeof username !== 'string' ||
        typeof jti !== 'string' ||
        (role !== 'user' && role !== 'admin')
      ) {
        return undefined;
      }
      const claims: TokenClaims = { sub, organization, username, jti, role };
      if (this.cache.size >= CACHE_MAX) this.cache.clear();
      const expMs = typeof payload.exp === 'number' ? payload.exp * 1000 : Infinity;
      this.cache.set(token, { claims, expMs });
      return claims;
    } catch {
      return undefined;
    }
  }
}
