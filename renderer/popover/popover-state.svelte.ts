// The popover's state: the snapshot (first from the cache the core keeps, then pushed on
// every change), the history for the sparkline, the alert settings, and a ticking clock
// for "updated N s ago". Failures are kept as messages to show, never thrown.
import type { Bridge, HistoryView, SettingsView, SnoozeUntil } from '../../common/ipc-contract';
import type { Result } from '../../common/result';
import type { UsageSnapshot } from '../../common/snapshot';
import type { EarlySnapshot } from '../lib/early-snapshot';

export class PopoverState {
  snapshot = $state<UsageSnapshot | null>(null);
  history = $state<HistoryView | null>(null);
  settings = $state<SettingsView | null>(null);
  /** A refresh this window asked for is in flight. */
  refreshing = $state(false);
  /** The last failed call's message (the snapshot's own error is shown separately). */
  failure = $state<string | null>(null);
  now = $state(Date.now());
  busy = $derived(this.refreshing || (this.snapshot?.refreshing ?? false));
  readonly #bridge: Bridge;
  #historyTimer: ReturnType<typeof setTimeout> | undefined;
  /** A snapshot request the page made before this view existed (used by the first load). */
  #initial: Promise<Result<UsageSnapshot>> | undefined;

  constructor(bridge: Bridge, early?: EarlySnapshot) {
    this.#bridge = bridge;
    // The page's embedded snapshot is in the first render; the request brings the current one.
    this.snapshot = early?.embedded ?? null;
    this.#initial = early?.request;
  }

  /** Loads everything and subscribes; returns the cleanup for $effect. */
  start(): () => void {
    const b = this.#bridge;
    void this.load();
    const offs = [
      b.on('snapshot:changed', (s) => {
        this.snapshot = s;
        this.#loadHistorySoon();
      }),
      b.on('settings:changed', (s) => (this.settings = s)),
    ];
    const tick = setInterval(() => (this.now = Date.now()), 1000);
    return () => {
      offs.forEach((off) => off());
      clearInterval(tick);
      clearTimeout(this.#historyTimer);
    };
  }

  async load(): Promise<void> {
    const b = this.#bridge;
    // Each part is shown as soon as it arrives: the numbers never wait for history or settings.
    const request = this.#initial ?? b.getSnapshot();
    this.#initial = undefined;
    const snapshot = request.then((s) => {
      if (s.ok) this.snapshot = s.value;
      this.failure = s.ok ? null : s.message;
    });
    const history = b.getHistory().then((h) => {
      if (h.ok) this.history = h.value;
    });
    const settings = b.getSettings().then((st) => {
      if (st.ok) this.settings = st.value;
    });
    await Promise.all([snapshot, history, settings]);
  }

  async refresh(): Promise<void> {
    if (this.refreshing) return;
    this.refreshing = true;
    const r = await this.#bridge.refreshUsage();
    this.refreshing = false;
    if (r.ok) this.snapshot = r.value;
    this.failure = r.ok ? null : r.message;
    this.#loadHistorySoon();
  }

  async snooze(until: SnoozeUntil): Promise<void> {
    const r = await this.#bridge.snoozeAlerts({ until });
    if (r.ok && this.settings) {
      this.settings = {
        ...this.settings,
        alerts: { ...this.settings.alerts, snoozeUntil: r.value.snoozeUntil },
      };
    }
    this.failure = r.ok ? null : r.message;
  }

  async startDemo(): Promise<void> {
    this.refreshing = true;
    const r = await this.#bridge.startDemo();
    this.refreshing = false;
    this.failure = r.ok ? null : r.message;
    if (r.ok) await this.load();
  }

  /** Snooze end (epoch ms) when it is still in the future. */
  get snoozedUntil(): number | null {
    const iso = this.settings?.alerts.snoozeUntil;
    const at = iso ? Date.parse(iso) : NaN;
    return Number.isFinite(at) && at > this.now ? at : null;
  }

  #loadHistorySoon(): void {
    clearTimeout(this.#historyTimer);
    this.#historyTimer = setTimeout(async () => {
      const h = await this.#bridge.getHistory();
      if (h.ok) this.history = h.value;
    }, 250);
  }
}
