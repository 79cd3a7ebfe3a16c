// The alert policy at work: feeds samples through the pure policy, persists its state (so a
// restart repeats nothing), and shows one grouped notification unless alerts are snoozed
// or switched off. Crossings during a snooze or while off are recorded in the state but
// never shown later: when the snooze ends, nothing is replayed ("never a storm").
import type { Json, StatePort } from '../../../common/json';
import { isPlainObject, QUOTA_KINDS } from '../../../common/users-api';
import type { Clock, Notifier } from '../ports';
import { groupAlerts, type AlertNotification } from './alert-format';
import {
  applySample,
  DEFAULT_THRESHOLDS,
  parseAlertState,
  type Alert,
  type AlertSample,
  type AlertState,
  type Thresholds,
} from './alert-policy';
import { snoozeUntil, type SnoozeChoice } from './snooze';

export type Suppression = 'snoozed' | 'disabled' | 'disabled_on_server';

/** What one sample produced: the notification, and whether it was shown or why not. */
export interface AlertEvent {
  at: number;
  alerts: Alert[];
  notification: AlertNotification;
  suppressedBy: Suppression | null;
}

export interface AlertCenterDeps {
  port: StatePort;
  notifier: Notifier;
  clock: Clock;
  thresholds?: Thresholds;
  /** The local "show notifications" preference. */
  localEnabled?: boolean;
  /** Called for every grouped notification, shown or suppressed. */
  onEvent?: (event: AlertEvent) => void;
}

/** Keeps thresholds inside (0, 100), unique and sorted; falls back to the defaults when empty. */
export function sanitizeThresholds(raw: unknown): Thresholds {
  const result: Thresholds = {
    llm: [...DEFAULT_THRESHOLDS.llm],
    embedding: [...DEFAULT_THRESHOLDS.embedding],
  };
  if (!isPlainObject(raw)) return result;
  for (const kind of QUOTA_KINDS) {
    const list = raw[kind];
    if (!Array.isArray(list)) continue;
    const valid = list.filter((n): n is number => typeof n === 'number' && n > 0 && n < 100);
    if (valid.length > 0) result[kind] = [...new Set(valid)].sort((a, b) => a - b);
  }
  return result;
}

export class AlertCenter {
  private policy: AlertState;
  private snoozed: number | null = null;
  private thresholds: Thresholds;
  private localEnabled: boolean;
  private serverEnabled = true;

  constructor(private readonly deps: AlertCenterDeps) {
    const raw = deps.port.load();
    this.policy = parseAlertState(isPlainObject(raw) ? raw.policy : undefined);
    if (isPlainObject(raw) && typeof raw.snoozedUntil === 'number') this.snoozed = raw.snoozedUntil;
    this.thresholds = sanitizeThresholds(deps.thresholds);
    this.localEnabled = deps.localEnabled ?? true;
  }

  /** Runs a fresh usage reading through the policy; returns the event, or null when nothing fired. */
  onSample(sample: AlertSample): AlertEvent | null {
    const result = applySample(this.policy, sample, this.thresholds);
    const changed = JSON.stringify(result.state) !== JSON.stringify(this.policy);
    this.policy = result.state;
    if (changed) this.persist();
    const notification = groupAlerts(result.alerts);
    if (!notification) return null;
    const event: AlertEvent = {
      at: this.deps.clock.now(),
      alerts: result.alerts,
      notification,
      suppressedBy: this.suppression(),
    };
    if (event.suppressedBy === null) this.deps.notifier.notify(notification);
    this.deps.onEvent?.(event);
    return event;
  }

  /** Why notifications are not shown right now, or null when they are. */
  suppression(): Suppression | null {
    if (!this.localEnabled) return 'disabled';
    if (!this.serverEnabled) return 'disabled_on_server';
    return this.snoozedUntil() !== null ? 'snoozed' : null;
  }

  snooze(choice: SnoozeChoice): number {
    this.snoozed = snoozeUntil(choice, this.deps.clock.now());
    this.persist();
    return this.snoozed;
  }

  clearSnooze(): void {
    this.setSnoozedUntil(null);
  }

  /** Adopts a snooze kept elsewhere (the settings' global `alerts.snoozeUntil`), in ms or null. */
  setSnoozedUntil(until: number | null): void {
    this.snoozed = until !== null && Number.isFinite(until) ? until : null;
    this.persist();
  }

  /** The end of the current snooze, or null when not snoozed (an expired snooze is none). */
  snoozedUntil(): number | null {
    return this.snoozed !== null && this.snoozed > this.deps.clock.now() ? this.snoozed : null;
  }

  setThresholds(thresholds: unknown): void {
    this.thresholds = sanitizeThresholds(thresholds);
  }

  setLocalEnabled(enabled: boolean): void {
    this.localEnabled = enabled;
  }

  /** The user's server config: only an explicit `notifications: false` switches alerts off. */
  setServerConfig(config: { [key: string]: unknown } | null): void {
    this.serverEnabled = config?.notifications !== false;
  }

  private persist(): void {
    const state = { version: 1, policy: this.policy, snoozedUntil: this.snoozed };
    this.deps.port.save(state as unknown as Json);
  }
}
