// The alert policy, pure: (state, sample, thresholds) → (state, alerts). Each threshold fires
// once per crossing and re-arms only when usage falls below threshold − 5 points or when a
// reset (falling `current`) is seen. The state is plain JSON, so a restart repeats nothing.
import { percentUsed } from '../../../common/snapshot';
import { isPlainObject, QUOTA_KINDS, type QuotaKind } from '../../../common/users-api';

/** Percent-used thresholds per quota; "exhausted" (remaining 0) is always watched as well. */
export type Thresholds = Record<QuotaKind, number[]>;
export const DEFAULT_THRESHOLDS: Thresholds = { llm: [80, 95], embedding: [80, 95] };
export const REARM_MARGIN = 5;
/** The key of the exhausted threshold; numeric thresholds use their number as key. */
export const EXHAUSTED = 'exhausted';

export interface QuotaSample {
  current: number;
  limit: number;
}
export type AlertSample = Record<QuotaKind, QuotaSample | null>;

export interface AlertState {
  version: 1;
  /** Thresholds that fired and are not yet re-armed, per quota. */
  fired: Record<QuotaKind, string[]>;
  /** The previous sample's `current`, to detect resets. */
  lastCurrent: Record<QuotaKind, number | null>;
}

export type Alert =
  | { type: 'threshold'; kind: QuotaKind; threshold: number; current: number; limit: number }
  | { type: 'exhausted'; kind: QuotaKind; current: number; limit: number }
  | { type: 'restored'; kind: QuotaKind; current: number; limit: number };

export function freshAlertState(): AlertState {
  return {
    version: 1,
    fired: { llm: [], embedding: [] },
    lastCurrent: { llm: null, embedding: null },
  };
}

/** Validates a loaded slot; anything malformed gives a fresh state. */
export function parseAlertState(raw: unknown): AlertState {
  const fresh = freshAlertState();
  if (!isPlainObject(raw) || raw.version !== 1) return fresh;
  const fired = isPlainObject(raw.fired) ? raw.fired : {};
  const last = isPlainObject(raw.lastCurrent) ? raw.lastCurrent : {};
  for (const kind of QUOTA_KINDS) {
    const list = fired[kind];
    if (Array.isArray(list))
      fresh.fired[kind] = list.filter((k): k is string => typeof k === 'string');
    const current = last[kind];
    if (typeof current === 'number' && Number.isFinite(current)) fresh.lastCurrent[kind] = current;
  }
  return fresh;
}

function evaluate(
  kind: QuotaKind,
  fired: string[],
  lastCurrent: number | null,
  sample: QuotaSample,
  levels: number[],
) {
  const alerts: Alert[] = [];
  const { current, limit } = sample;
  const reset = lastCurrent !== null && current < lastCurrent;
  let nextFired = fired;
  if (reset && fired.length > 0) {
    nextFired = [];
    alerts.push({ type: 'restored', kind, current, limit });
  }
  if (limit <= 0) return { fired: nextFired, alerts };
  const used = percentUsed(current, limit);
  const watched: [string, number][] = levels.map((level) => [String(level), level]);
  watched.push([EXHAUSTED, 100]);
  const result: string[] = [];
  for (const [key, level] of watched) {
    const wasFired = nextFired.includes(key);
    const reached = key === EXHAUSTED ? current >= limit : used >= level;
    if (wasFired && used >= level - REARM_MARGIN) result.push(key);
    else if (!wasFired && reached) {
      result.push(key);
      alerts.push(
        key === EXHAUSTED
          ? { type: 'exhausted', kind, current, limit }
          : { type: 'threshold', kind, threshold: level, current, limit },
      );
    }
  }
  return { fired: result, alerts };
}

export function applySample(
  state: AlertState,
  sample: AlertSample,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): { state: AlertState; alerts: Alert[] } {
  const next: AlertState = {
    version: 1,
    fired: { ...state.fired },
    lastCurrent: { ...state.lastCurrent },
  };
  const alerts: Alert[] = [];
  for (const kind of QUOTA_KINDS) {
    const quota = sample[kind];
    if (!quota) continue;
    const r = evaluate(kind, state.fired[kind], state.lastCurrent[kind], quota, thresholds[kind]);
    next.fired[kind] = r.fired;
    next.lastCurrent[kind] = quota.current;
    alerts.push(...r.alerts);
  }
  return { state: next, alerts };
}
