// Strong ETags derived from what the client sees (a config's version, usage numbers),
// and the If-None-Match / If-Match comparison rules of RFC 9110 that the API uses.
import type { Scope } from '../../common/users-api';
import type { UsageRow } from '../store';

/** Scope is part of the tag so a user-scope tag never matches the organization config. */
export function configEtag(scope: Scope, version: number): string {
  return `"cfg-${scope === 'user' ? 'u' : 'o'}${version}"`;
}

export function usageEtag(u: UsageRow): string {
  return `"use-${u.llm_current}-${u.llm_limit}-${u.embedding_current}-${u.embedding_limit}"`;
}

/**
 * True when any tag in an If-None-Match / If-Match header equals `etag` (or is `*`).
 * If-None-Match compares weakly (`W/"x"` matches `"x"`); If-Match, which guards a write,
 * compares strongly (RFC 9110 §13.1.1), so pass `strong` for it.
 */
export function headerMatches(header: string | undefined, etag: string, strong = false): boolean {
  if (header === undefined) return false;
  if (header === etag) return true;
  for (const raw of header.split(',')) {
    const tag = raw.trim();
    if (tag === '*' || tag === etag) return true;
    if (!strong && tag.startsWith('W/') && tag.slice(2) === etag) return true;
  }
  return false;
}
