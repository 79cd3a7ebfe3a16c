// The history as the app uses it: record samples from the monitor, persist only when stored,
// answer run-out estimates and give the UI a sparkline-ready series.
import type { Json, StatePort } from '../../../common/json';
import { percentUsed } from '../../../common/snapshot';
import type { QuotaKind, UsageStatusData } from '../../../common/users-api';
import { runOutHours } from './burn-rate';
import { parseHistory, type HistoryState } from './history-state';
import { addSample } from './history-update';

export interface SeriesPoint {
  t: number;
  current: number;
  limit: number;
  percentUsed: number;
}

export class UsageHistory {
  private state: HistoryState;

  constructor(private readonly port: StatePort) {
    this.state = parseHistory(port.load());
  }

  /** Records a fresh usage reading; returns the quotas that reset since the previous one. */
  record(usage: UsageStatusData, at: number): QuotaKind[] {
    const sample = {
      t: at,
      llm: { current: usage.llm_usage.current, limit: usage.llm_usage.limit },
      embedding: { current: usage.embedding_usage.current, limit: usage.embedding_usage.limit },
    };
    const result = addSample(this.state, sample);
    this.state = result.state;
    if (result.stored) this.port.save(this.state as unknown as Json);
    return result.resets;
  }

  runOutHours(now: number): Record<QuotaKind, number | null> {
    return {
      llm: runOutHours(this.state, 'llm', now),
      embedding: runOutHours(this.state, 'embedding', now),
    };
  }

  lastResetAt(kind: QuotaKind): number | null {
    return this.state.lastResetAt[kind];
  }

  /** Points since `since` (oldest first), at most `maxPoints` (evenly thinned), for a sparkline. */
  series(kind: QuotaKind, since: number, maxPoints = 60): SeriesPoint[] {
    const points = this.state.samples
      .filter((s) => s.t >= since)
      .map((s) => ({
        t: s.t,
        ...s[kind],
        percentUsed: percentUsed(s[kind].current, s[kind].limit),
      }));
    if (points.length <= maxPoints || maxPoints < 2) return points;
    const step = (points.length - 1) / (maxPoints - 1);
    return Array.from({ length: maxPoints }, (_, i) => points[Math.round(i * step)] as SeriesPoint);
  }

  sampleCount(): number {
    return this.state.samples.length;
  }
}
