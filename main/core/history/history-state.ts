// The persisted usage history: a bounded list of samples, validated on load so a damaged
// slot yields a fresh history instead of a crash or wrong numbers.
import type { QuotaKind } from '../../../common/users-api';
import { isPlainObject } from '../../../common/users-api';

export interface QuotaPoint {
  current: number;
  limit: number;
}

/** One observation of both quotas at time `t` (ms since the epoch). */
export interface Sample {
  t: number;
  llm: QuotaPoint;
  embedding: QuotaPoint;
}

export interface HistoryState {
  version: 1;
  /** Oldest first. */
  samples: Sample[];
  /** When a reset (falling `current`) was last detected, per quota. */
  lastResetAt: Record<QuotaKind, number | null>;
}

export const HOUR = 3_600_000;
/** Retention, heartbeat and bounds: about a week, a few hundred KB at most. */
export const HISTORY_LIMITS = {
  retainMs: 7 * 24 * HOUR,
  /** Samples older than this are downsampled to one per `bucketMs`. */
  fullResolutionMs: 24 * HOUR,
  bucketMs: HOUR,
  /** An unchanged sample is still stored when the last stored one is this old. */
  heartbeatMs: 30 * 60_000,
  maxSamples: 2_000,
} as const;

export function freshHistory(): HistoryState {
  return { version: 1, samples: [], lastResetAt: { llm: null, embedding: null } };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isPoint(value: unknown): value is QuotaPoint {
  return isPlainObject(value) && isCount(value.current) && isCount(value.limit);
}

function isSample(value: unknown): value is Sample {
  return isPlainObject(value) && isCount(value.t) && isPoint(value.llm) && isPoint(value.embedding);
}

function timeOrNull(value: unknown): number | null {
  return isCount(value) ? value : null;
}

/** Validates a loaded slot; anything malformed gives a fresh history. */
export function parseHistory(raw: unknown): HistoryState {
  if (!isPlainObject(raw) || raw.version !== 1 || !Array.isArray(raw.samples)) {
    return freshHistory();
  }
  if (!raw.samples.every(isSample)) return freshHistory();
  const samples = [...raw.samples].sort((a, b) => a.t - b.t).slice(-HISTORY_LIMITS.maxSamples);
  const resets = isPlainObject(raw.lastResetAt) ? raw.lastResetAt : {};
  return {
    version: 1,
    samples,
    lastResetAt: { llm: timeOrNull(resets.llm), embedding: timeOrNull(resets.embedding) },
  };
}
