// The state the handler groups share: accounts, the current session, the event hub, and
// the few operations that change which session is open. Built once by createAppCore.
import { ok, type Result } from '../../../common/result';
import type { UsageSnapshot } from '../../../common/snapshot';
import type { ApiTarget } from '../api/base-url';
import { defaultHttpDeps, type HttpDeps } from '../api/http-request';
import { createUsersApiClient, type UsersApiClient } from '../api/users-api-client';
import type { Profiles } from '../profiles/profiles';
import type { TokenVault } from '../secrets/token-vault';
import type { Profile } from '../settings/settings-schema';
import type { SettingsStore } from '../settings/settings-store';
import type { AppCoreDeps } from './app-deps';
import type { EventHub } from './event-hub';
import { openProfileSession, type ProfileSession } from './profile-session';
import { signedOutSnapshot } from './views';

export interface AppContext {
  readonly deps: AppCoreDeps;
  readonly settings: SettingsStore;
  readonly vault: TokenVault;
  readonly profiles: Profiles;
  readonly hub: EventHub;
  session: ProfileSession | null;
  snapshot: UsageSnapshot;
  paused: boolean;
  windowVisible: boolean;
  /** Bumped by every (re)open, so an older open that finishes late does not win. */
  generation: number;
  /** start() was called; a core that does not poll (the CLI) opens sessions only then. */
  started: boolean;
  disposed: boolean;
}

/** A client for any target, with the token from `getToken` (the vault's, or one on trial). */
export function makeClient(
  ctx: AppContext,
  target: ApiTarget,
  getToken: () => Promise<string | null>,
): UsersApiClient {
  const { clock, fetch, http } = ctx.deps;
  const deps: HttpDeps = {
    ...defaultHttpDeps(getToken),
    now: () => clock.now(),
    sleep: (ms) => new Promise((resolve) => clock.setTimeout(resolve, ms)),
    ...(fetch ? { fetch } : {}),
    ...http,
  };
  return createUsersApiClient(target, deps);
}

/** Publishes a snapshot (to the tray, windows and the CLI). */
export function publish(ctx: AppContext, snapshot: UsageSnapshot): void {
  ctx.snapshot = snapshot;
  ctx.hub.emit('snapshot:changed', snapshot);
}

/** Ends the current session (history flushed); the snapshot becomes signed-out. */
export function closeSession(ctx: AppContext, reason: string | null = null): void {
  ctx.session?.dispose();
  ctx.session = null;
  publish(ctx, signedOutSnapshot(ctx.profiles.active()?.id ?? null, reason));
}

/**
 * Opens a session for the active profile when it has a token, and starts its monitor (one
 * refresh now, then the schedule). Resolves once the first refresh is done.
 */
export async function openActiveSession(ctx: AppContext): Promise<Result<UsageSnapshot>> {
  // The CLI's `profiles use` must not wait on a refresh nobody will see.
  if (ctx.deps.poll === false && !ctx.started) return ok(ctx.snapshot);
  const generation = ++ctx.generation;
  ctx.session?.dispose();
  ctx.session = null;
  const profile = ctx.profiles.active();
  const token = profile === null ? null : await ctx.profiles.readToken(profile.id);
  if (generation !== ctx.generation || ctx.disposed) return ok(ctx.snapshot);
  if (profile === null || token === null) {
    closeSession(ctx);
    return ok(ctx.snapshot);
  }
  const session = createSession(ctx, profile);
  ctx.session = session;
  if (ctx.paused) session.monitor.pause();
  session.monitor.setWindowOpen(ctx.windowVisible);
  const loadConfig = ctx.deps.loadServerConfig !== false ? loadUserConfig(ctx, session) : null;
  const first = await session.monitor.start();
  if (ctx.deps.poll === false) session.monitor.stop();
  await loadConfig;
  return ok(first);
}

function createSession(ctx: AppContext, profile: Profile): ProfileSession {
  const client = makeClient(ctx, parsedTarget(profile), () => ctx.profiles.readToken(profile.id));
  const session = openProfileSession({
    settings: ctx.settings,
    clock: ctx.deps.clock,
    notifier: ctx.deps.notifier,
    profile,
    client,
    vault: ctx.vault.status,
    monitorOptions: ctx.deps.monitor,
    recordUsage: ctx.deps.recordUsage,
    onSnapshot: (snapshot) => {
      if (ctx.session === null || ctx.session === session) publish(ctx, snapshot);
    },
    onAlert: (event) => {
      if (event.suppressedBy !== null) return;
      const { title, body, tag } = event.notification;
      ctx.hub.emit('alert:fired', { title, body, tag, at: new Date(event.at).toISOString() });
    },
  });
  return session;
}

function parsedTarget(profile: Profile): ApiTarget {
  // The stored URL was validated when the profile was added; this only splits it.
  return {
    baseUrl: profile.baseUrl,
    origin: new URL(profile.baseUrl).origin,
    org: profile.org,
    user: profile.user,
  };
}

/** The user's server config decides whether alerts are on at all (`notifications: false`). */
export async function loadUserConfig(ctx: AppContext, session: ProfileSession): Promise<void> {
  const loaded = await session.config.load('user');
  if (ctx.session !== session) return;
  session.alerts.setServerConfig(session.config.view('user').remote);
  if (loaded.ok) ctx.hub.emit('config:changed', { scope: 'user' });
}
