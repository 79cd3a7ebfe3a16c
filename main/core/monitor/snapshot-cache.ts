// The last snapshot, persisted so the app starts by showing cached numbers (marked stale)
// instead of an empty popover. Validated on load: anything malformed is simply no cache.
import type { Json } from '../../../common/json';
import type { QuotaView, UsageSnapshot } from '../../../common/snapshot';
import { isPlainObject, ROLES, type QuotaKind, type Role } from '../../../common/users-api';

export interface CachedSnapshot {
  version: 1;
  profileId: string | null;
  role: Role | null;
  llm: QuotaView | null;
  embedding: QuotaView | null;
  fetchedAt: string | null;
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function quota(value: unknown, kind: QuotaKind): QuotaView | null {
  if (!isPlainObject(value) || value.kind !== kind) return null;
  const { current, limit, remaining, percentUsed } = value;
  if (!isNumber(current) || !isNumber(limit) || !isNumber(remaining) || !isNumber(percentUsed)) {
    return null;
  }
  return { kind, current, limit, remaining, percentUsed };
}

export function parseCachedSnapshot(raw: unknown, profileId: string | null): CachedSnapshot | null {
  if (!isPlainObject(raw) || raw.version !== 1 || raw.profileId !== profileId) return null;
  const role = ROLES.find((r) => r === raw.role) ?? null;
  const fetchedAt =
    typeof raw.fetchedAt === 'string' && !Number.isNaN(Date.parse(raw.fetchedAt))
      ? raw.fetchedAt
      : null;
  const llm = quota(raw.llm, 'llm');
  const embedding = quota(raw.embedding, 'embedding');
  if (!llm && !embedding && !role) return null;
  return { version: 1, profileId, role, llm, embedding, fetchedAt };
}

export function toCachedSnapshot(snapshot: UsageSnapshot): Json {
  const cached: CachedSnapshot = {
    version: 1,
    profileId: snapshot.profileId,
    role: snapshot.role,
    llm: snapshot.llm,
    embedding: snapshot.embedding,
    fetchedAt: snapshot.fetchedAt,
  };
  return cached as unknown as Json;
}
