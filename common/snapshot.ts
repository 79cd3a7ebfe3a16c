// What the app knows about the signed-in user at one moment: published by the usage
// monitor in main/core, drawn by the tray, the popover and the CLI.
import type { QuotaKind, Role, UsageQuota } from './users-api';

export interface QuotaView {
  kind: QuotaKind;
  current: number;
  limit: number;
  remaining: number;
  /** Percent used, 0..100+ (may exceed 100 when current > limit); 0 when limit is 0 and current is 0. */
  percentUsed: number;
}

/** Whether a token is present, and whether it survives a restart (OS keychain) or not. */
export interface AuthState {
  signedIn: boolean;
  persistent: boolean;
  /** Why the token is not persistent, or why the user was signed out, in words a user can act on. */
  reason: string | null;
}

export interface SnapshotError {
  code: string;
  message: string;
  at: string;
}

export interface UsageSnapshot {
  profileId: string | null;
  role: Role | null;
  llm: QuotaView | null;
  embedding: QuotaView | null;
  /** ISO-8601 time of the last successful fetch. */
  fetchedAt: string | null;
  /** No success for two refresh intervals (or shown from cache after a start). */
  stale: boolean;
  /** The last refresh's failure, cleared by the next success. */
  error: SnapshotError | null;
  auth: AuthState;
  /** True while a refresh is in flight, so the UI can show progress. */
  refreshing: boolean;
  /** "Runs out in about N h" estimates, per quota, in hours; null when the trend does not support one. */
  runOutHours: { llm: number | null; embedding: number | null };
}

export function emptySnapshot(): UsageSnapshot {
  return {
    profileId: null,
    role: null,
    llm: null,
    embedding: null,
    fetchedAt: null,
    stale: false,
    error: null,
    auth: { signedIn: false, persistent: false, reason: null },
    refreshing: false,
    runOutHours: { llm: null, embedding: null },
  };
}

export function percentUsed(current: number, limit: number): number {
  if (limit <= 0) return current > 0 ? 100 : 0;
  return (current / limit) * 100;
}

/** A quota as the UI shows it: the wire numbers plus percent used. */
export function quotaView(kind: QuotaKind, q: UsageQuota): QuotaView {
  return { kind, ...q, percentUsed: percentUsed(q.current, q.limit) };
}
