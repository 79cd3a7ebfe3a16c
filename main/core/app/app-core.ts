// The app core: accounts, the usage monitor, alerts, history and config sync composed into
// one handler per invoke channel of common/ipc-contract.ts plus its push events. The
// Electron shell, the browser preview and the CLI only transport what this returns.
import type {
  ContractHandlers,
  EventName,
  EventPayload,
  SettingsView,
} from '../../../common/ipc-contract';
import { ok, type Result } from '../../../common/result';
import type { UsageSnapshot } from '../../../common/snapshot';
import type { Scope } from '../../../common/users-api';
import type { ScopeView } from '../config/config-sync';
import type { SecretStore } from '../ports';
import { Profiles } from '../profiles/profiles';
import { TokenVault, type KeychainSource, type VaultStatus } from '../secrets/token-vault';
import type { SettingsRecovery } from '../settings/settings-store';
import { accountHandlers } from './account-handlers';
import { openActiveSession, type AppContext } from './app-context';
import type { AppCoreDeps } from './app-deps';
import { appHandlers } from './app-handlers';
import { configHandlers } from './config-handlers';
import { EventHub } from './event-hub';
import { signedOutSnapshot, toProfilesView, toSettingsView } from './views';

export type { AppCoreDeps, ShellActions } from './app-deps';

export interface AppCore {
  /** One function per invoke channel, taking already-validated args. */
  readonly handlers: ContractHandlers;
  /** Subscribes to a push event; returns the unsubscribe. */
  on<E extends EventName>(event: E, callback: (payload: EventPayload<E>) => void): () => void;
  readonly events: { on: AppCore['on'] };
  /** Opens the active profile's session (cached snapshot first, then one refresh). */
  start(): Promise<UsageSnapshot>;
  /** Stops polling, writes pending state; the core is unusable afterwards. */
  dispose(): Promise<void>;
  /** Suspend, lock, offline: no request until resume(), which refreshes once. */
  pause(): void;
  resume(): void;
  /** An open window refreshes faster (adaptive schedule). */
  setWindowVisible(visible: boolean): void;
  /** The monitor control the Electron shell's power driver expects. */
  readonly monitor: { pause(): void; resume(): void };
  /** For the tray: the current snapshot and the snooze end (ms) if snoozed. */
  snapshot(): UsageSnapshot;
  snoozedUntil(): number | null;
  /** The config of a scope as last loaded/drafted, without a request (CLI `config set`). */
  configView(scope: Scope): ScopeView | null;
  /** Whether tokens survive a restart (OS keychain) and, if not, why: the CLI warns with it. */
  keychainStatus(): VaultStatus;
}

function keychainSource(secrets: SecretStore | KeychainSource): KeychainSource {
  return typeof secrets === 'function' ? secrets : async () => ok(secrets);
}

export function createAppCore(deps: AppCoreDeps): AppCore {
  const { settings } = deps;
  const vault = new TokenVault(keychainSource(deps.secrets));
  const profiles = new Profiles({ settings, vault });
  const hub = new EventHub();
  const ctx: AppContext = {
    deps,
    settings,
    vault,
    profiles,
    hub,
    session: null,
    snapshot: signedOutSnapshot(profiles.active()?.id ?? null, null),
    paused: false,
    windowVisible: false,
    generation: 0,
    started: false,
    disposed: false,
  };

  let noticed: SettingsRecovery | null = null;
  const checkRecovery = (): void => {
    const recovery = settings.recovery;
    if (recovery === null || recovery === noticed) return;
    noticed = recovery;
    hub.emit('notice', { level: 'warning', message: recovery.message, code: 'settings_recovered' });
  };
  checkRecovery(); // the hub replays it to every later subscriber (windows, the CLI)
  let lastSettings = JSON.stringify(toSettingsView(settings.get()));
  let lastProfiles = JSON.stringify(toProfilesView(settings.get()));
  const unwatch = settings.onChange((s) => {
    checkRecovery();
    const view: SettingsView = toSettingsView(s);
    const text = JSON.stringify(view);
    if (text !== lastSettings) {
      lastSettings = text;
      ctx.session?.applySettings(s);
      hub.emit('settings:changed', view);
    }
    const profilesView = toProfilesView(s);
    const profilesText = JSON.stringify(profilesView);
    if (profilesText !== lastProfiles) {
      lastProfiles = profilesText;
      hub.emit('profiles:changed', profilesView);
    }
  });

  const handlers: ContractHandlers = {
    ...appHandlers(ctx),
    ...accountHandlers(ctx),
    ...configHandlers(ctx),
  };
  const on: AppCore['on'] = (event, callback) => hub.on(event, callback);
  const pause = (): void => {
    ctx.paused = true;
    ctx.session?.monitor.pause();
    ctx.session?.history.flush();
  };
  const resume = (): void => {
    if (!ctx.paused) return;
    ctx.paused = false;
    void ctx.session?.monitor.resume();
  };

  return {
    handlers,
    on,
    events: { on },
    async start() {
      ctx.started = true;
      const opened: Result<UsageSnapshot> = await openActiveSession(ctx);
      return opened.ok ? opened.value : ctx.snapshot;
    },
    async dispose() {
      ctx.disposed = true;
      unwatch();
      ctx.session?.dispose();
      ctx.session = null;
    },
    pause,
    resume,
    setWindowVisible(visible) {
      ctx.windowVisible = visible;
      ctx.session?.monitor.setWindowOpen(visible);
    },
    monitor: { pause, resume },
    snapshot: () => ctx.snapshot,
    snoozedUntil: () => ctx.session?.alerts.snoozedUntil() ?? null,
    configView: (scope) => ctx.session?.config.view(scope) ?? null,
    keychainStatus: () => vault.status,
  };
}
