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

/** Stored samples reach the slot at most this often (a reset is written at once); flush() on quit. */
export const HISTORY_WRITE_EVERY_MS = 5 * 60_000;

export class UsageHistory {
  private state: HistoryState;
  private lastWriteAt = -Infinity;
  private dirty = false;

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
    if (result.stored) this.dirty = true;
    if (
      this.dirty &&
      (result.resets.length > 0 || at - this.lastWriteAt >= HISTORY_WRITE_EVERY_MS)
    ) {
      this.lastWriteAt = at;
      this.flush();
    }
    return result.resets;
  }

  /** Writes pending samples now (on quit, suspend or profile switch). */
  flush(): void {
    if (!this.dirty) return;
    this.port.save(this.state as unknown as Json);
    this.dirty = false;
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
