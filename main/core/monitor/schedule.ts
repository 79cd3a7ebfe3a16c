// When the monitor asks next: adaptive (faster while the window is open or a quota is hot,
// slower while nothing changes), exponential backoff after failures, always bounded. At the
// defaults an idle signed-in app sends about 20 requests an hour; one whose usage moves every
// minute about 63; only an open window or a hot, moving quota goes to every 30 s.

export interface MonitorOptions {
  /** The normal refresh interval (the user's setting). */
  intervalMs: number;
  /** Used while the window is open or a quota is at/above `hotPercent` and still moving. */
  fastMs: number;
  hotPercent: number;
  /** After this many unchanged refreshes the interval doubles; after twice as many it is `idleMaxMs`. */
  idleAfter: number;
  idleMaxMs: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** The role is fetched at start and then at most this often (not every tick). */
  roleEveryMs: number;
}

export const MONITOR_DEFAULTS: MonitorOptions = {
  intervalMs: 60_000,
  fastMs: 30_000,
  hotPercent: 80,
  idleAfter: 5,
  idleMaxMs: 300_000,
  backoffBaseMs: 15_000,
  backoffMaxMs: 300_000,
  roleEveryMs: 30 * 60_000,
};

/** Keeps user-supplied options inside sane bounds (an interval of 0 must not flood the API). */
export function boundOptions(options: Partial<MonitorOptions>): MonitorOptions {
  const o = { ...MONITOR_DEFAULTS, ...options };
  const intervalMs = Math.min(Math.max(o.intervalMs, 15_000), 3_600_000);
  return {
    ...o,
    intervalMs,
    fastMs: Math.min(Math.max(o.fastMs, 10_000), intervalMs),
    idleMaxMs: Math.max(o.idleMaxMs, intervalMs),
    backoffBaseMs: Math.max(o.backoffBaseMs, 1_000),
    backoffMaxMs: Math.max(o.backoffMaxMs, o.backoffBaseMs),
    idleAfter: Math.max(1, Math.floor(o.idleAfter)),
    roleEveryMs: Math.max(o.roleEveryMs, intervalMs),
  };
}

export interface ScheduleInput {
  /** Consecutive failed refreshes. */
  failures: number;
  /** Consecutive successful refreshes that brought no change. */
  unchanged: number;
  windowOpen: boolean;
  /** The highest percent used of the two quotas (0 when unknown). */
  maxPercentUsed: number;
}

export function nextDelay(input: ScheduleInput, o: MonitorOptions): number {
  if (input.failures > 0) {
    return Math.min(o.backoffBaseMs * 2 ** (input.failures - 1), o.backoffMaxMs);
  }
  if (input.windowOpen) return o.fastMs;
  const idle = input.unchanged >= o.idleAfter;
  if (input.maxPercentUsed >= o.hotPercent) return idle ? o.intervalMs : o.fastMs;
  if (!idle) return o.intervalMs;
  if (input.unchanged >= 2 * o.idleAfter) return o.idleMaxMs;
  return Math.min(2 * o.intervalMs, o.idleMaxMs);
}
