// One signed-in profile at work: its API client, monitor, alert center, history and config
// sync, each persisting into the profile's state slots. A new session is opened for every
// sign-in and profile switch, so nothing of one account leaks into another.
import type { UsageSnapshot } from '../../../common/snapshot';
import type { Scope } from '../../../common/users-api';
import { AlertCenter, sanitizeThresholds, type AlertEvent } from '../alerts/alert-center';
import type { UsersApiClient } from '../api/users-api-client';
import { ConfigSync, type ConfigConflict } from '../config/config-sync';
import { UsageHistory } from '../history/usage-history';
import { usagePipeline } from '../monitor/usage-pipeline';
import { UsageMonitor } from '../monitor/usage-monitor';
import type { MonitorOptions } from '../monitor/schedule';
import type { Clock, Notifier } from '../ports';
import type { VaultStatus } from '../secrets/token-vault';
import type { Profile, Settings } from '../settings/settings-schema';
import type { SettingsStore } from '../settings/settings-store';
import { profileStatePort } from './state-slots';
import { msOrNull } from './views';

export interface ProfileSession {
  readonly profile: Profile;
  readonly client: UsersApiClient;
  readonly monitor: UsageMonitor;
  readonly alerts: AlertCenter;
  readonly history: UsageHistory;
  readonly config: ConfigSync;
  /** The last conflicting save per scope, kept for config:resolve-conflict. */
  readonly conflicts: Map<Scope, ConfigConflict>;
  /** Applies the user's settings (interval, thresholds, switches, snooze). */
  applySettings(settings: Settings): void;
  /** Stops polling and writes pending history; the session is dead afterwards. */
  dispose(): void;
}

export interface SessionDeps {
  settings: SettingsStore;
  clock: Clock;
  notifier: Notifier;
  profile: Profile;
  client: UsersApiClient;
  vault: VaultStatus;
  monitorOptions?: Partial<MonitorOptions>;
  /** False: readings are not recorded (history, alerts); run-out estimates are still read. */
  recordUsage?: boolean;
  onSnapshot(snapshot: UsageSnapshot): void;
  onAlert(event: AlertEvent): void;
}

function monitorOptionsOf(s: Settings, extra: Partial<MonitorOptions> = {}) {
  const t = sanitizeThresholds(s.alerts.thresholds);
  const hotPercent = Math.min(t.llm[0] ?? 80, t.embedding[0] ?? 80);
  return { intervalMs: s.refreshIntervalSeconds * 1000, hotPercent, ...extra };
}

export function openProfileSession(deps: SessionDeps): ProfileSession {
  const { settings, clock, profile, client } = deps;
  const port = (key: 'alerts' | 'history' | 'snapshot' | 'drafts') =>
    profileStatePort(settings, profile.id, key);
  const current = settings.get();
  const alerts = new AlertCenter({
    port: port('alerts'),
    notifier: deps.notifier,
    clock,
    thresholds: current.alerts.thresholds,
    localEnabled: current.alerts.notificationsEnabled,
    onEvent: deps.onAlert,
  });
  const history = new UsageHistory(port('history'));
  const pipeline = usagePipeline(history, alerts);
  const monitor = new UsageMonitor({
    api: client,
    clock,
    cache: port('snapshot'),
    profileId: profile.id,
    persistent: deps.vault.persistent,
    persistenceReason: deps.vault.reason,
    options: monitorOptionsOf(current, deps.monitorOptions),
    runOutHours: pipeline.runOutHours,
    ...(deps.recordUsage === false ? {} : { onUsage: pipeline.onUsage }),
  });
  const config = new ConfigSync({ api: client, port: port('drafts'), clock, role: null });
  const unsubscribe = monitor.subscribe((snapshot) => {
    config.setRole(snapshot.role);
    deps.onSnapshot(snapshot);
  });
  const session: ProfileSession = {
    profile,
    client,
    monitor,
    alerts,
    history,
    config,
    conflicts: new Map(),
    applySettings(s) {
      monitor.setOptions(monitorOptionsOf(s, deps.monitorOptions));
      alerts.setThresholds(s.alerts.thresholds);
      alerts.setLocalEnabled(s.alerts.notificationsEnabled);
      const until = msOrNull(s.alerts.snoozeUntil);
      if (until !== alerts.snoozedUntil()) alerts.setSnoozedUntil(until);
    },
    dispose() {
      unsubscribe();
      monitor.stop();
      history.flush();
    },
  };
  session.applySettings(current);
  return session;
}
