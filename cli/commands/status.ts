// `status`: role and both quotas as coloured bars, a stale marker with the reason when the
// server could not be reached, or one JSON object with --json.
import type { UsageSnapshot } from '../../common/snapshot';
import { EXIT, type ExitCode } from '../exit-codes';
import { usage, warnKeychain, type CommandContext } from '../command';
import { paint, quotaLine } from '../output';

/** "just now", "5 min ago (14:02)", or the local date and time when older than a day. */
export function updatedAt(iso: string, now: number): string {
  const at = new Date(iso);
  const seconds = Math.max(0, Math.round((now - at.getTime()) / 1000));
  const clock = at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  if (seconds < 60) return 'just now';
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago (${clock})`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago (${clock})`;
  return at.toLocaleString();
}

function exitOf(s: UsageSnapshot): ExitCode {
  if (!s.auth.signedIn) return EXIT.auth;
  return s.error ? EXIT.network : EXIT.ok;
}

export async function status(ctx: CommandContext): Promise<ExitCode> {
  if (ctx.args.positionals.length > 0) return usage(ctx, 'status takes no arguments.');
  const core = ctx.core();
  const s = await core.start();
  const profiles = await core.handlers['profiles:list']();
  const profile = profiles.ok
    ? (profiles.value.profiles.find((p) => p.id === profiles.value.activeProfileId) ?? null)
    : null;
  if (ctx.args.flags.has('json')) {
    const { llm, embedding, role, fetchedAt, stale, error, auth, runOutHours } = s;
    const p = profile ? { id: profile.id, label: profile.label, baseUrl: profile.baseUrl } : null;
    const out = { profile: p, signedIn: auth.signedIn, role, llm, embedding, fetchedAt, stale };
    ctx.out.out(JSON.stringify({ ...out, error, reason: auth.reason, runOutHours }, null, 2));
    if (!auth.signedIn) warnKeychain(ctx, core.keychainStatus().reason);
    return exitOf(s);
  }
  const o = ctx.out;
  if (!s.auth.signedIn) {
    if (s.auth.reason) o.err(`${paint(o, 'red', 'Signed out:')} ${s.auth.reason}`);
    else o.err('Not signed in. Run: prometheux-tray login');
    warnKeychain(ctx, core.keychainStatus().reason);
    return EXIT.auth;
  }
  o.out(`${paint(o, 'bold', profile?.label ?? 'profile')}  role: ${s.role ?? 'unknown'}`);
  if (s.llm) o.out(quotaLine(o, 'LLM', s.llm));
  if (s.embedding) o.out(quotaLine(o, 'Embedding', s.embedding));
  if (s.fetchedAt) {
    const marker = s.stale || s.error ? paint(o, 'yellow', ' (stale)') : '';
    o.out(paint(o, 'dim', `Updated ${updatedAt(s.fetchedAt, Date.now())}`) + marker);
  }
  if (s.error) o.err(`${paint(o, 'yellow', 'stale:')} ${s.error.message}`);
  return exitOf(s);
}
