// The account channels: test a connection, sign in (the token is checked against the
// server, role and usage, before it is kept), sign out, the demo, and profiles.
import type { ConnectionPreview, ContractHandlers } from '../../../common/ipc-contract';
import { fail, ok, type Result } from '../../../common/result';
import { quotaView, type AuthState } from '../../../common/snapshot';
import { isLoopbackHost, parseBaseUrl, type ApiTarget } from '../api/base-url';
import type { Profile } from '../settings/settings-schema';
import { closeSession, makeClient, openActiveSession, type AppContext } from './app-context';
import { toProfilesView } from './views';

type AccountChannels =
  | 'auth:test-connection'
  | 'auth:sign-in'
  | 'auth:sign-out'
  | 'demo:start'
  | 'profiles:list'
  | 'profiles:add'
  | 'profiles:switch'
  | 'profiles:remove';

export const DEMO_LABEL = 'Demo';

/** Role and usage with a token on trial; nothing is stored. */
async function checkToken(
  ctx: AppContext,
  target: ApiTarget,
  token: string,
): Promise<Result<ConnectionPreview>> {
  const trimmed = token.trim();
  const client = makeClient(ctx, target, async () => trimmed);
  const role = await client.getRole();
  if (!role.ok) return role;
  const usage = await client.getUsage(null);
  if (!usage.ok) return usage;
  if (usage.value.notModified) return fail('malformed', 'The server sent no usage figures.');
  // Reading a token nobody has shows whether the keychain can be used at all.
  await ctx.vault.read('prometheux-tray-keychain-check');
  const { persistent, reason } = ctx.vault.status;
  const data = usage.value.data;
  return ok({
    role: role.value,
    llm: quotaView('llm', data.llm_usage),
    embedding: quotaView('embedding', data.embedding_usage),
    keychain: { available: persistent, reason },
  });
}

/** The profile to sign in to: the given one, one with the same address, or a new one. */
function profileFor(
  ctx: AppContext,
  target: ApiTarget,
  label: string | undefined,
  profileId: string | undefined,
): Result<Profile> {
  if (profileId !== undefined) {
    const p = ctx.profiles.find(profileId);
    return p ? ok(p) : fail('not_found', 'There is no such profile.');
  }
  const same = ctx.profiles.list().find((p) => p.baseUrl === target.baseUrl);
  return same ? ok(same) : ctx.profiles.add({ baseUrl: target.baseUrl, label });
}

export async function signIn(
  ctx: AppContext,
  args: { baseUrl: string; token: string; label?: string; profileId?: string },
): Promise<Result<AuthState>> {
  const known = args.profileId === undefined ? null : ctx.profiles.find(args.profileId);
  const target = parseBaseUrl(known?.baseUrl ?? args.baseUrl);
  if (!target.ok) return target;
  const checked = await checkToken(ctx, target.value, args.token);
  if (!checked.ok) return checked;
  const profile = profileFor(ctx, target.value, args.label, args.profileId);
  if (!profile.ok) return profile;
  const stored = await ctx.profiles.saveToken(profile.value.id, args.token.trim());
  if (!stored.ok) return stored;
  const used = ctx.profiles.use(profile.value.id);
  if (!used.ok) return used;
  await openActiveSession(ctx);
  return ok({ signedIn: true, ...stored.value });
}

async function startDemo(ctx: AppContext): Promise<Result<AuthState>> {
  let demo: { baseUrl: string; token: string };
  try {
    demo = await ctx.deps.shell.startDemo();
  } catch {
    return fail('internal', 'The demo server could not be started.');
  }
  const target = parseBaseUrl(demo.baseUrl);
  if (!target.ok) return target;
  // The demo server may get a new port each run: replace the profile an earlier run left,
  // but never a profile of the user's own that merely carries the name "Demo".
  const old = ctx.profiles.list().find((p) => p.label === DEMO_LABEL);
  if (old && isEarlierDemo(old, target.value)) {
    const removed = await ctx.profiles.remove(old.id);
    if (!removed.ok) return removed;
  }
  const taken = ctx.profiles
    .list()
    .some((p) => p.label === DEMO_LABEL && p.baseUrl !== target.value.baseUrl);
  return signIn(ctx, { ...demo, ...(taken ? {} : { label: DEMO_LABEL }) });
}

/** The same demo account on another loopback port: what an earlier "Try the demo" added. */
function isEarlierDemo(p: Profile, demo: ApiTarget): boolean {
  return (
    p.baseUrl !== demo.baseUrl &&
    p.org === demo.org &&
    p.user === demo.user &&
    isLoopbackHost(new URL(p.baseUrl).hostname)
  );
}

export function accountHandlers(ctx: AppContext): Pick<ContractHandlers, AccountChannels> {
  const view = () => toProfilesView(ctx.settings.get());
  return {
    'auth:test-connection': async ({ baseUrl, token }) => {
      const target = parseBaseUrl(baseUrl);
      return target.ok ? checkToken(ctx, target.value, token) : target;
    },
    'auth:sign-in': (args) => signIn(ctx, args),
    'auth:sign-out': async () => {
      const active = ctx.profiles.active();
      if (active) {
        const removed = await ctx.profiles.signOut(active.id);
        if (!removed.ok) return removed;
      }
      closeSession(ctx);
      return ok({ signedIn: false, persistent: false, reason: null });
    },
    'demo:start': () => startDemo(ctx),
    'profiles:list': async () => ok(view()),
    'profiles:add': async ({ baseUrl, label }) => {
      const added = ctx.profiles.add({ baseUrl, label });
      return added.ok ? ok(view()) : added;
    },
    'profiles:switch': async ({ id }) => {
      const used = ctx.profiles.use(id);
      if (!used.ok) return used;
      if (ctx.session?.profile.id !== id) await openActiveSession(ctx);
      return ok(view());
    },
    'profiles:remove': async ({ id }) => {
      const wasOpen = ctx.session?.profile.id === id;
      if (wasOpen) closeSession(ctx);
      const removed = await ctx.profiles.remove(id);
      if (!removed.ok) {
        // Kept (e.g. the keychain was locked): its session comes back as it was.
        if (wasOpen) await openActiveSession(ctx);
        return removed;
      }
      if (wasOpen || ctx.session === null) await openActiveSession(ctx);
      return ok(view());
    },
  };
}
