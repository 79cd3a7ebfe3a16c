import { describe, expect, it } from 'vitest';
import { TokenSigner, type TokenClaims } from './jwt';

const claims: TokenClaims = {
  sub: 'acme/ann',
  organization: 'acme',
  username: 'ann',
  jti: 'j-1',
  role: 'user',
};

describe('TokenSigner verify cache', () => {
  it('answers a verified token synchronously until it expires, and nothing it never saw', async () => {
    const signer = new TokenSigner(new Uint8Array(32).fill(7));
    const t0 = Date.parse('2026-12-03T10:00:00Z');
    const token = await signer.sign(claims, new Date(t0 + 60_000), new Date(t0));
    expect(signer.cached(token, t0)).toBeNull();
    expect(await signer.verify(token, t0)).toEqual(claims);
    expect(signer.cached(token, t0 + 1_000)).toEqual(claims);
    expect(signer.cached(token, t0 + 60_000)).toBeUndefined();
    // Once expired it is dropped from the cache, and a full verify rejects it too.
    expect(signer.cached(token, t0 + 60_000)).toBeNull();
    expect(await signer.verify(token, t0 + 60_000)).toBeUndefined();
  });

  it('never caches a token with a bad signature', async () => {
    const signer = new TokenSigner(new Uint8Array(32).fill(7));
    const other = new TokenSigner(new Uint8Array(32).fill(8));
    const now = Date.now();
    const forged = await other.sign(claims, null, new Date(now));
    expect(await signer.verify(forged, now)).toBeUndefined();
    expect(signer.cached(forged, now)).toBeNull();
  });
});
