// What the UI is shown, built from core's own types: the contract's views never carry a
// token, and never more than the renderer needs.
import type {
  ConfigConflict,
  ConfigDiffEntry,
  ConfigView,
  HistoryPoint,
  ProfilesView,
  SettingsView,
} from '../../../common/ipc-contract';
import { emptySnapshot, type UsageSnapshot } from '../../../common/snapshot';
import type { ConfigConflict as SyncConflict, ScopeView } from '../config/config-sync';
import type { SeriesPoint } from '../history/usage-history';
import type { Settings } from '../settings/settings-schema';

export function toSettingsView(s: Settings): SettingsView {
  return {
    refreshIntervalSeconds: s.refreshIntervalSeconds,
    alerts: {
      thresholds: {
        llm: [...s.alerts.thresholds.llm],
        embedding: [...s.alerts.thresholds.embedding],
      },
      notificationsEnabled: s.alerts.notificationsEnabled,
      snoozeUntil: s.alerts.snoozeUntil,
    },
    launchAtLogin: s.launchAtLogin,
  };
}

export function toProfilesView(s: Settings): ProfilesView {
  return {
    profiles: s.profiles.map(({ id, label, baseUrl, org, user }) => ({
      id,
      label,
      baseUrl,
      org,
      user,
    })),
    activeProfileId: s.activeProfileId,
  };
}

export function toConfigView(view: ScopeView): ConfigView {
  return {
    scope: view.scope,
    data: view.remote ?? {},
    etag: view.etag,
    readOnly: view.readOnly,
    readOnlyReason: view.readOnlyReason,
    draft: view.draft,
    offline: view.offline && {
      reason: view.offline.message,
      loadedAt: isoOrNull(view.offline.loadedAt),
    },
  };
}

export function toConflict(c: SyncConflict): ConfigConflict {
  const diff: ConfigDiffEntry[] = c.diff.map((d) => ({ ...d }));
  return { mine: c.mine, theirs: c.theirs, base: c.base, diff };
}

export function toHistoryPoints(series: SeriesPoint[]): HistoryPoint[] {
  return series.map((p) => ({ at: p.t, current: p.current, limit: p.limit }));
}

/** The snapshot shown when no profile is signed in (with why, when we know). */
export function signedOutSnapshot(profileId: string | null, reason: string | null): UsageSnapshot {
  return {
    ...emptySnapshot(),
    profileId,
    auth: { signedIn: false, persistent: false, reason },
  };
}

/** ISO time of a snooze end in ms, or null. */
export function isoOrNull(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

/** Epoch ms of an ISO time, or null when absent or unreadable. */
export function msOrNull(iso: string | null): number | null {
  const t = iso === null ? Number.NaN : Date.parse(iso);
  return Number.isFinite(t) ? t : null;
}
