// Burn rate and "runs out in about N h": a least-squares slope over the samples since the
// last reset, offered only when the trend supports it (enough points and time, rising usage).
import type { QuotaKind } from '../../../common/users-api';
import { HOUR, type HistoryState } from './history-state';

export const ESTIMATE_RULES = {
  /** Only samples this recent feed the trend. */
  windowMs: 6 * HOUR,
  minPoints: 3,
  /** The points must span at least this long (so not right after a reset or a start). */
  minSpanMs: 30 * 60_000,
  /** Beyond this, "runs out in" is not a useful statement. */
  maxHours: 30 * 24,
} as const;

/** Units consumed per hour (least-squares slope), or null when there are too few points. */
export function burnRate(state: HistoryState, kind: QuotaKind, now: number): number | null {
  const since = Math.max(now - ESTIMATE_RULES.windowMs, state.lastResetAt[kind] ?? -Infinity);
  const points = state.samples.filter((s) => s.t >= since && s.t <= now);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || points.length < ESTIMATE_RULES.minPoints) return null;
  if (last.t - first.t < ESTIMATE_RULES.minSpanMs) return null;
  const xs = points.map((p) => (p.t - first.t) / HOUR);
  const ys = points.map((p) => p[kind].current);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * ((ys[i] ?? my) - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? null : num / den;
}

/** Hours until the quota is used up at the current rate; null when the trend gives no answer. */
export function runOutHours(state: HistoryState, kind: QuotaKind, now: number): number | null {
  const last = state.samples[state.samples.length - 1];
  if (!last) return null;
  const remaining = Math.max(0, last[kind].limit - last[kind].current);
  if (last[kind].limit <= 0 || remaining === 0) return null;
  const rate = burnRate(state, kind, now);
  if (rate === null || rate <= 0) return null;
  const hours = remaining / rate;
  return hours > ESTIMATE_RULES.maxHours ? null : hours;
}
