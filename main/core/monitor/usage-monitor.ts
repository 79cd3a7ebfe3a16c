// The usage monitor: polls the Users API on an adaptive schedule, one refresh in flight at a
// time, and publishes a UsageSnapshot to subscribers only when something visible changed.
// A 304 publishes nothing; a 401 stops it and reports signed-out with the server's message.
import type { StatePort } from '../../../common/json';
import { emptySnapshot, quotaView, type UsageSnapshot } from '../../../common/snapshot';
import type { QuotaKind, UsageStatusData } from '../../../common/users-api';
import type { Clock, Conditional, TimerHandle, UsersApi } from '../ports';
import { boundOptions, nextDelay, type MonitorOptions } from './schedule';
import { parseCachedSnapshot } from './snapshot-cache';
import { SnapshotPublisher, type SnapshotListener } from './snapshot-publisher';

export interface MonitorDeps {
  api: UsersApi;
  clock: Clock;
  /** The `snapshot` slot: the last snapshot, shown (stale) at the next start. */
  cache?: StatePort;
  profileId?: string | null;
  /** Whether the token survives a restart, and why not (from the secret store). */
  persistent?: boolean;
  persistenceReason?: string | null;
  options?: Partial<MonitorOptions>;
  /** Every successful reading (also after a 304, with the unchanged data): history, alerts. */
  onUsage?: (usage: UsageStatusData, at: number) => void;
  /** Run-out estimates, asked after each new reading (the history answers). */
  runOutHours?: (now: number) => Record<QuotaKind, number | null>;
}

export class UsageMonitor {
  private options: MonitorOptions;
  private readonly out: SnapshotPublisher;
  /** Changes gathered during a refresh, published once at its end. */
  private pending: Partial<UsageSnapshot> = {};
  private inflight: Promise<UsageSnapshot> | null = null;
  private timer: TimerHandle | null = null;
  private started = false;
  private stopped = false;
  private paused = false;
  private windowOpen = false;
  private etag: string | null = null;
  private lastUsage: UsageStatusData | null = null;
  private lastSuccessAt: number | null = null;
  private lastAttemptAt: number | null = null;
  private roleFetchedAt: number | null = null;
  private failures = 0;
  /** The server's Retry-After of the last failure: the next request waits at least this. */
  private retryAfterMs = 0;
  private unchanged = 0;

  constructor(private readonly deps: MonitorDeps) {
    this.options = boundOptions(deps.options ?? {});
    const profileId = deps.profileId ?? null;
    const cached = parseCachedSnapshot(deps.cache?.load(), profileId);
    const { role = null, llm = null, embedding = null, fetchedAt = null } = cached ?? {};
    const initial: UsageSnapshot = {
      ...emptySnapshot(),
      ...{ role, llm, embedding, fetchedAt },
      profileId,
      stale: cached !== null,
      auth: {
        signedIn: true,
        persistent: deps.persistent ?? false,
        reason: deps.persistenceReason ?? null,
      },
      runOutHours: deps.runOutHours?.(deps.clock.now()) ?? { llm: null, embedding: null },
    };
    this.out = new SnapshotPublisher(initial, deps.cache);
  }

  /** Listens to snapshots; called at once with the current one. Returns the unsubscribe. */
  subscribe(listener: SnapshotListener): () => void {
    return this.out.subscribe(listener);
  }

  snapshot(): UsageSnapshot {
    return this.out.snapshot;
  }

  /** New settings (refresh interval, first alert threshold as `hotPercent`); applies from the next tick. */
  setOptions(options: Partial<MonitorOptions>): void {
    this.options = boundOptions({ ...this.options, ...options });
    if (this.timer !== null) this.scheduleNext();
  }

  /** Fetches the role and usage now, then keeps polling. */
  start(): Promise<UsageSnapshot> {
    if (this.started) return this.inflight ?? Promise.resolve(this.current);
    this.started = true;
    return this.refresh();
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  /** Suspend, lock, offline: no request until resume(); the numbers still turn stale in time. */
  pause(): void {
    this.paused = true;
    this.clearTimer();
    this.scheduleStaleMark();
  }

  /** Exactly one refresh on resume (more resumes share it), then the schedule continues. */
  resume(): Promise<UsageSnapshot> {
    if (!this.paused) return this.inflight ?? Promise.resolve(this.current);
    this.paused = false;
    return this.refresh();
  }

  isPaused(): boolean {
    return this.paused;
  }

  /** An open window polls faster; opening it after a quiet spell refreshes at once. */
  setWindowOpen(open: boolean): void {
    this.windowOpen = open;
    if (!open || this.paused || this.stopped || this.inflight || this.timer === null) return;
    const since = this.deps.clock.now() - (this.lastAttemptAt ?? 0);
    this.schedule(Math.max(0, this.options.fastMs - since));
  }

  /**
   * One refresh; concurrent callers share the one in flight. `manual` shows progress in the UI.
   * Does nothing while paused or after a sign-out.
   */
  refresh(opts: { manual?: boolean } = {}): Promise<UsageSnapshot> {
    if (this.paused || this.stopped) return Promise.resolve(this.current);
    this.inflight ??= this.run(opts.manual === true).finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }

  private async run(manual: boolean): Promise<UsageSnapshot> {
    this.clearTimer();
    if (manual) this.out.update({ refreshing: true });
    const { api, clock } = this.deps;
    const now = clock.now();
    this.lastAttemptAt = now;
    const roleDue =
      this.roleFetchedAt === null || now - this.roleFetchedAt >= this.options.roleEveryMs;
    if (roleDue) {
      const role = await api.getRole();
      if (role.ok) {
        this.roleFetchedAt = now;
        this.pending.role = role.value;
      } else if (role.code === 'unauthorized') return this.signOut(role.message);
    }
    const result = await api.getUsage(this.etag);
    const at = clock.now();
    if (!result.ok) {
      if (result.code === 'unauthorized') return this.signOut(result.message);
      this.failures++;
      this.retryAfterMs = result.retryAfterMs ?? 0;
      const error = { code: result.code, message: result.message, at: new Date(at).toISOString() };
      this.update({ error, refreshing: false, stale: this.isStale(at) });
    } else {
      this.failures = 0;
      this.retryAfterMs = 0;
      this.lastSuccessAt = at;
      this.applyUsage(result.value, at);
      this.update({ error: null, refreshing: false, stale: false });
    }
    this.scheduleNext();
    return this.current;
  }

  private applyUsage(reading: Conditional<UsageStatusData>, at: number): void {
    const data = reading.notModified ? null : reading.data;
    if (!reading.notModified) this.etag = reading.etag;
    const same = data === null || JSON.stringify(data) === JSON.stringify(this.lastUsage);
    this.unchanged = same ? this.unchanged + 1 : 0;
    if (data) this.lastUsage = data;
    if (!this.lastUsage) return;
    this.deps.onUsage?.(this.lastUsage, at);
    if (same && this.current.llm) return;
    Object.assign(this.pending, {
      llm: quotaView('llm', this.lastUsage.llm_usage),
      embedding: quotaView('embedding', this.lastUsage.embedding_usage),
      fetchedAt: new Date(at).toISOString(),
      runOutHours: this.deps.runOutHours?.(at) ?? { llm: null, embedding: null },
    });
  }

  private signOut(message: string): UsageSnapshot {
    this.stop();
    this.pending = {};
    const at = new Date(this.deps.clock.now()).toISOString();
    this.update({
      auth: { ...this.current.auth, signedIn: false, reason: message },
      error: { code: 'unauthorized', message, at },
      refreshing: false,
    });
    return this.current;
  }

  private isStale(now: number): boolean {
    const since = this.lastSuccessAt ?? (this.current.fetchedAt ? -Infinity : null);
    return since !== null && now - since >= 2 * this.options.intervalMs;
  }

  /** While paused nothing is fetched, but the snapshot is marked stale when it is due. */
  private scheduleStaleMark(): void {
    this.clearTimer();
    if (this.stopped || this.current.stale || this.lastSuccessAt === null) return;
    const due = this.lastSuccessAt + 2 * this.options.intervalMs - this.deps.clock.now();
    this.timer = this.deps.clock.setTimeout(
      () => {
        this.timer = null;
        this.update({ stale: true });
      },
      Math.max(0, due),
    );
  }

  private scheduleNext(): void {
    if (this.paused) return this.scheduleStaleMark();
    if (this.stopped) return;
    const max = Math.max(
      this.current.llm?.percentUsed ?? 0,
      this.current.embedding?.percentUsed ?? 0,
    );
    const input = {
      failures: this.failures,
      unchanged: this.unchanged,
      windowOpen: this.windowOpen,
      maxPercentUsed: max,
    };
    this.schedule(Math.max(nextDelay(input, this.options), this.retryAfterMs));
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = this.deps.clock.setTimeout(() => {
      this.timer = null;
      // A throw is a bug, but it must not end polling for the rest of the run: back off.
      this.refresh().catch(() => {
        this.failures++;
        this.scheduleNext();
      });
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.deps.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  /** Publishes the gathered changes plus `change`, once (nothing when nothing visible changed). */
  private update(change: Partial<UsageSnapshot>): void {
    const all = { ...this.pending, ...change };
    this.pending = {};
    this.out.update(all);
  }

  private get current(): UsageSnapshot {
    return this.out.snapshot;
  }
}
