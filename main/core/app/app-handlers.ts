// The channels about the app itself: snapshot and refresh, settings, snooze, history, and
// the window/process channels, which core forwards to the shell's actions.
import type { ContractHandlers, SettingsPatch } from '../../../common/ipc-contract';
import { ok, type Result } from '../../../common/result';
import { snoozeUntil } from '../alerts/snooze';
import type { Settings } from '../settings/settings-schema';
import type { AppContext } from './app-context';
import { toHistoryPoints, toSettingsView, isoOrNull } from './views';

type AppChannels =
  | 'snapshot:get'
  | 'usage:refresh'
  | 'settings:get'
  | 'settings:set'
  | 'alerts:snooze'
  | 'history:get'
  | 'window:open-preferences'
  | 'window:open-sign-in'
  | 'window:open-external'
  | 'app:quit';

/** The sparkline covers the last day. */
export const HISTORY_SPAN_MS = 24 * 3_600_000;

function applyPatch(s: Settings, patch: SettingsPatch): Settings {
  const a = patch.alerts;
  return {
    ...s,
    refreshIntervalSeconds: patch.refreshIntervalSeconds ?? s.refreshIntervalSeconds,
    launchAtLogin: patch.launchAtLogin ?? s.launchAtLogin,
    alerts: {
      ...s.alerts,
      thresholds: { ...s.alerts.thresholds, ...a?.thresholds },
      notificationsEnabled: a?.notificationsEnabled ?? s.alerts.notificationsEnabled,
    },
  };
}

export function appHandlers(ctx: AppContext): Pick<ContractHandlers, AppChannels> {
  const { shell, clock } = ctx.deps;
  return {
    'snapshot:get': async () => ok(ctx.snapshot),
    'usage:refresh': async () =>
      ok(ctx.session ? await ctx.session.monitor.refresh({ manual: true }) : ctx.snapshot),
    'settings:get': async () => ok(toSettingsView(ctx.settings.get())),
    'settings:set': async (patch) => {
      const before = ctx.settings.get();
      if (patch.launchAtLogin !== undefined && patch.launchAtLogin !== before.launchAtLogin) {
        const applied = await shell.setLaunchAtLogin(patch.launchAtLogin);
        if (!applied.ok) return applied;
      }
      const saved = ctx.settings.update((s) => applyPatch(s, patch));
      return saved.ok ? ok(toSettingsView(saved.value)) : saved;
    },
    'alerts:snooze': async ({ until }) => {
      const end =
        until === null ? null : snoozeUntil(until === '1h' ? 'hour' : 'tomorrow', clock.now());
      const iso = isoOrNull(end);
      const saved: Result<Settings> = ctx.settings.update((s) => ({
        ...s,
        alerts: { ...s.alerts, snoozeUntil: iso },
      }));
      return saved.ok ? ok({ snoozeUntil: iso }) : saved;
    },
    'history:get': async () => {
      const h = ctx.session?.history;
      const since = clock.now() - HISTORY_SPAN_MS;
      return ok({
        llm: h ? toHistoryPoints(h.series('llm', since)) : [],
        embedding: h ? toHistoryPoints(h.series('embedding', since)) : [],
        runOutHours: h ? h.runOutHours(clock.now()) : { llm: null, embedding: null },
      });
    },
    'window:open-preferences': async ({ tab }) => (shell.openPreferences(tab), ok(null)),
    'window:open-sign-in': async () => (shell.openSignIn?.(), ok(null)),
    'window:open-external': ({ url }) => shell.openExternal(url),
    'app:quit': async () => (shell.quit(), ok(null)),
  };
}
