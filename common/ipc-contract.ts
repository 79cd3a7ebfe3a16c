// The one typed IPC contract between the renderer and the main process (or the browser
// preview host). Main's handlers, the preload, the preview bridge and the renderer all
// derive their types from these two maps, so a channel cannot drift between the sides
// (the pattern of GitHub Desktop's lib/ipc-shared.ts). Every result is a Result: expected
// failures are values. The token only ever travels inbound (auth:sign-in,
// auth:test-connection args); no result or event carries it.
import type { Result } from './result';
import type { AuthState, QuotaView, UsageSnapshot } from './snapshot';
import type { ConfigData, Role, Scope } from './users-api';

/** A profile as the UI sees it: never a token. */
export interface ProfileView {
  id: string;
  label: string;
  baseUrl: string;
  org: string | null;
  user: string | null;
}

export interface ProfilesView {
  profiles: ProfileView[];
  activeProfileId: string | null;
}

/** What "Test connection" shows before anything is stored. */
export interface ConnectionPreview {
  role: Role;
  llm: QuotaView;
  embedding: QuotaView;
  /** Whether a sign-in now would keep the token in the OS keychain, and if not, why. */
  keychain: { available: boolean; reason: string | null };
}

/** The slice of the app's settings the renderer reads and edits (core's Settings has more). */
export interface SettingsView {
  refreshIntervalSeconds: number;
  alerts: {
    /** Percent used at which to warn, per quota ("exhausted" is always on). */
    thresholds: { llm: number[]; embedding: number[] };
    notificationsEnabled: boolean;
    /** ISO-8601 time until which notifications are snoozed, or null. */
    snoozeUntil: string | null;
  };
  launchAtLogin: boolean;
}

/** A partial update of the settings; snoozing goes through alerts:snooze. */
export interface SettingsPatch {
  refreshIntervalSeconds?: number;
  alerts?: {
    thresholds?: { llm?: number[]; embedding?: number[] };
    notificationsEnabled?: boolean;
  };
  launchAtLogin?: boolean;
}

/** A server-side configuration as loaded for one scope, with the local unsaved draft. */
export interface ConfigView {
  scope: Scope;
  data: ConfigData;
  etag: string | null;
  /** Organization scope for a non-admin: shown, never sent. */
  readOnly: boolean;
  /** Why it is read-only, in words a user can act on. */
  readOnlyReason?: string | null;
  /** The unsaved local edit (survives a restart), or null when there is none. */
  draft: ConfigData | null;
  /**
   * Set when the server could not be reached (network, timeout, 5xx) and `data` is the copy
   * last loaded: why, and when that copy was loaded (ISO time, if known). Absent when fresh.
   */
  offline?: { reason: string; loadedAt: string | null } | null;
}

/** One key that differs between my draft and the server's current object (core's KeyDiff). */
export interface ConfigDiffEntry {
  key: string;
  /** My draft relative to theirs: a key only I have is `added`, one only they have `removed`. */
  change: 'added' | 'removed' | 'changed';
  /** Whether each side has the key (an absent value does not survive JSON, so it is told here). */
  inMine: boolean;
  inTheirs: boolean;
  mine?: unknown;
  theirs?: unknown;
  base?: unknown;
  mineChanged: boolean;
  theirsChanged: boolean;
  /** The side that changed the key since the base; the dialog preselects it. */
  suggested: 'mine' | 'theirs';
}

export interface ConfigConflict {
  mine: ConfigData;
  theirs: ConfigData;
  /** The object the draft started from, when known. */
  base: ConfigData | null;
  diff: ConfigDiffEntry[];
}

export type SaveOutcome =
  { status: 'saved'; config: ConfigView } | { status: 'conflict'; conflict: ConfigConflict };

export type ConflictChoice = 'mine' | 'theirs' | { merge: Record<string, 'mine' | 'theirs'> };

export interface HistoryPoint {
  /** Epoch milliseconds. */
  at: number;
  current: number;
  limit: number;
}

/** Sparkline series (oldest first) and the run-out estimates, per quota. */
export interface HistoryView {
  llm: HistoryPoint[];
  embedding: HistoryPoint[];
  runOutHours: { llm: number | null; embedding: number | null };
}

export type SnoozeUntil = '1h' | 'tomorrow' | null;

export type PreferencesTab = 'account' | 'config' | 'alerts' | 'app';

export interface AlertFired {
  title: string;
  body: string;
  tag: string;
  /** ISO-8601. */
  at: string;
}

export interface Notice {
  level: 'info' | 'warning' | 'error';
  /** A sentence a user can act on, e.g. "Your settings file was damaged; …". */
  message: string;
  code: string | null;
}

/** Invoke channels: args in, Result out. `void` args = the channel takes none. */
export interface InvokeContract {
  'snapshot:get': { args: void; result: Result<UsageSnapshot> };
  'usage:refresh': { args: void; result: Result<UsageSnapshot> };
  'auth:test-connection': {
    args: { baseUrl: string; token: string };
    result: Result<ConnectionPreview>;
  };
  /** Signs in: with profileId, that profile; otherwise adds (or reuses) one for baseUrl. */
  'auth:sign-in': {
    args: { baseUrl: string; token: string; label?: string; profileId?: string };
    result: Result<AuthState>;
  };
  'auth:sign-out': { args: void; result: Result<AuthState> };
  /** Starts the embedded reference server and signs in with its demo user. */
  'demo:start': { args: void; result: Result<AuthState> };
  'profiles:list': { args: void; result: Result<ProfilesView> };
  /** Adds a profile without a token (sign in to it later with auth:sign-in + profileId). */
  'profiles:add': { args: { baseUrl: string; label?: string }; result: Result<ProfilesView> };
  'profiles:switch': { args: { id: string }; result: Result<ProfilesView> };
  'profiles:remove': { args: { id: string }; result: Result<ProfilesView> };
  'config:load': { args: { scope: Scope }; result: Result<ConfigView> };
  'config:update-draft': { args: { scope: Scope; data: ConfigData }; result: Result<ConfigView> };
  'config:discard-draft': { args: { scope: Scope }; result: Result<ConfigView> };
  'config:save': { args: { scope: Scope }; result: Result<SaveOutcome> };
  'config:resolve-conflict': {
    args: { scope: Scope; choice: ConflictChoice };
    result: Result<SaveOutcome>;
  };
  'settings:get': { args: void; result: Result<SettingsView> };
  'settings:set': { args: SettingsPatch; result: Result<SettingsView> };
  'alerts:snooze': { args: { until: SnoozeUntil }; result: Result<{ snoozeUntil: string | null }> };
  'history:get': { args: void; result: Result<HistoryView> };
  'window:open-preferences': { args: { tab?: PreferencesTab }; result: Result<null> };
  'window:open-sign-in': { args: void; result: Result<null> };
  /** https URLs on the shell's allowlist only. */
  'window:open-external': { args: { url: string }; result: Result<null> };
  'app:quit': { args: void; result: Result<null> };
}

/** Push events from main to every window. */
export interface EventContract {
  'snapshot:changed': UsageSnapshot;
  'alert:fired': AlertFired;
  'settings:changed': SettingsView;
  'config:changed': { scope: Scope };
  'profiles:changed': ProfilesView;
  notice: Notice;
}

export type InvokeChannel = keyof InvokeContract;
export type EventName = keyof EventContract;
export type InvokeArgs<C extends InvokeChannel> = InvokeContract[C]['args'];
export type InvokeResult<C extends InvokeChannel> = InvokeContract[C]['result'];
export type EventPayload<E extends EventName> = EventContract[E];

/** The bridge's method name for each channel: the one place the names are written. */
export const CHANNEL_METHODS = {
  'snapshot:get': 'getSnapshot',
  'usage:refresh': 'refreshUsage',
  'auth:test-connection': 'testConnection',
  'auth:sign-in': 'signIn',
  'auth:sign-out': 'signOut',
  'demo:start': 'startDemo',
  'profiles:list': 'listProfiles',
  'profiles:add': 'addProfile',
  'profiles:switch': 'switchProfile',
  'profiles:remove': 'removeProfile',
  'config:load': 'loadConfig',
  'config:update-draft': 'updateConfigDraft',
  'config:discard-draft': 'discardConfigDraft',
  'config:save': 'saveConfig',
  'config:resolve-conflict': 'resolveConfigConflict',
  'settings:get': 'getSettings',
  'settings:set': 'setSettings',
  'alerts:snooze': 'snoozeAlerts',
  'history:get': 'getHistory',
  'window:open-preferences': 'openPreferences',
  'window:open-sign-in': 'openSignIn',
  'window:open-external': 'openExternal',
  'app:quit': 'quit',
} as const satisfies Record<InvokeChannel, string>;

export type BridgeMethod<C extends InvokeChannel> = (typeof CHANNEL_METHODS)[C];

/** Every invoke channel, for code that registers or exposes them all (built, not retyped). */
export const INVOKE_CHANNELS = Object.keys(CHANNEL_METHODS) as InvokeChannel[];

export const EVENT_NAMES: readonly EventName[] = [
  'snapshot:changed',
  'alert:fired',
  'settings:changed',
  'config:changed',
  'profiles:changed',
  'notice',
];

type BridgeCall<C extends InvokeChannel> = [InvokeArgs<C>] extends [void]
  ? () => Promise<InvokeResult<C>>
  : (args: InvokeArgs<C>) => Promise<InvokeResult<C>>;

/**
 * The renderer-side API (window.prometheux in Electron, the WebSocket client in the
 * preview): one named async function per channel, plus event subscription.
 */
export type Bridge = { [C in InvokeChannel as BridgeMethod<C>]: BridgeCall<C> } & {
  /** Subscribes to a push event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, callback: (payload: EventPayload<E>) => void): () => void;
};

/** The handler map a transport dispatches to (main's app core implements it). */
export type ContractHandlers = {
  [C in InvokeChannel]: (args: InvokeArgs<C>) => Promise<InvokeResult<C>>;
};

/** The global name the preload exposes the bridge under. */
export const BRIDGE_GLOBAL = 'prometheux';
