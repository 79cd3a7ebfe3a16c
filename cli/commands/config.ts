// `config get|set|discard`: the server-side configuration through the core's config sync,
// saved with If-Match; a newer version on the server exits 5 with the differences.
import { maskConfig } from '../../common/config-keys';
import type { ConfigConflict } from '../../common/ipc-contract';
import { SCOPES, type ConfigData, type Scope } from '../../common/users-api';
import { EXIT, type ExitCode } from '../exit-codes';
import { failed, usage, type CommandContext } from '../command';
import { paint } from '../output';
import { parseAssignments } from './config-values';

function show(value: unknown): string {
  return value === undefined ? '(absent)' : JSON.stringify(value);
}

function printConfig(ctx: CommandContext, data: ConfigData): void {
  const masked = maskConfig(data);
  if (ctx.args.flags.has('json')) return ctx.out.out(JSON.stringify(masked, null, 2));
  const keys = Object.keys(masked).sort();
  if (keys.length === 0) ctx.out.out(paint(ctx.out, 'dim', '(empty)'));
  for (const key of keys) ctx.out.out(`${key}=${show(masked[key])}`);
}

function printConflict(ctx: CommandContext, conflict: ConfigConflict): ExitCode {
  const o = ctx.out;
  o.err(
    `${paint(o, 'red', 'conflict:')} the configuration changed on the server since it was loaded.`,
  );
  const mine = maskConfig(conflict.mine);
  const theirs = maskConfig(conflict.theirs);
  for (const d of conflict.diff) {
    o.err(`  ${d.key}: yours ${show(mine[d.key])}, server ${show(theirs[d.key])}`);
  }
  o.err(
    'Nothing was saved. Run `prometheux-tray config get` to see the current version, then set again.',
  );
  return EXIT.conflict;
}

export async function config(ctx: CommandContext): Promise<ExitCode> {
  const [sub, ...rest] = ctx.args.positionals;
  const scopeText = ctx.args.options.scope ?? 'user';
  if (!(SCOPES as readonly string[]).includes(scopeText)) {
    return usage(ctx, '--scope must be user or organization.');
  }
  const scope = scopeText as Scope;
  if (sub !== 'get' && sub !== 'set' && sub !== 'discard') {
    return usage(ctx, 'config needs one of: get, set, discard.');
  }
  const pairs = sub === 'set' ? parseAssignments(rest) : null;
  if (pairs && !pairs.ok) return usage(ctx, pairs.message);
  if (sub !== 'set' && rest.length > 0) return usage(ctx, `config ${sub} takes no arguments.`);
  const core = ctx.core();
  await core.start();
  const h = core.handlers;
  if (sub === 'get') {
    const loaded = await h['config:load']({ scope });
    if (!loaded.ok) return failed(ctx, loaded);
    printConfig(ctx, loaded.value.data);
    return EXIT.ok;
  }
  if (sub === 'discard') {
    const r = await h['config:discard-draft']({ scope });
    if (!r.ok) return failed(ctx, r);
    ctx.out.out('Unsaved changes dropped.');
    return EXIT.ok;
  }
  // The version this edit is based on: the one last loaded (by `config get` or the app).
  let view = core.configView(scope);
  if (view?.draft) {
    ctx.out.err(
      `${paint(ctx.out, 'red', 'conflict:')} there are unsaved changes to this configuration from the app. Save or revert them there, or run \`prometheux-tray config discard\`.`,
    );
    return EXIT.conflict;
  }
  if (view === null || view.remote === null) {
    const loaded = await h['config:load']({ scope });
    if (!loaded.ok) return failed(ctx, loaded);
    view = core.configView(scope);
  }
  const data = { ...(view?.remote ?? {}), ...(pairs?.ok ? pairs.value : {}) };
  const drafted = await h['config:update-draft']({ scope, data });
  if (!drafted.ok) return failed(ctx, drafted);
  const saved = await h['config:save']({ scope });
  if (!saved.ok) {
    await h['config:discard-draft']({ scope });
    return failed(ctx, saved);
  }
  if (saved.value.status === 'conflict') {
    await h['config:discard-draft']({ scope });
    return printConflict(ctx, saved.value.conflict);
  }
  ctx.out.out(`Saved (${scope}).`);
  return EXIT.ok;
}
