// `status`: role and both quotas as coloured bars, a stale marker with the reason when the
// server could not be reached, or one JSON object with --json.
import type { UsageSnapshot } from '../../common/snapshot';
import { EXIT, type ExitCode } from '../exit-codes';
import { usage, warnKeychain, type CommandContext } from '../command';
import { paint, quotaLine } from '../output';

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
    o.out(paint(o, 'dim', `Updated ${s.fetchedAt}`) + marker);
  }
  if (s.error) o.err(`${paint(o, 'yellow', 'stale:')} ${s.error.message}`);
  return exitOf(s);
}
