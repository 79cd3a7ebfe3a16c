// `login` and `logout`. The token comes from a hidden prompt or stdin, never argv, and is
// checked against the server by the core's sign-in before anything is stored.
import { EXIT, type ExitCode } from '../exit-codes';
import { failed, usage, warnKeychain, type CommandContext } from '../command';
import { ask, readStdin } from '../prompt';

async function readToken(ctx: CommandContext): Promise<string | null> {
  if (ctx.stdin.isTTY) return ask('Token (input hidden): ', true, ctx.stdin);
  return readStdin(ctx.stdin);
}

export async function login(ctx: CommandContext): Promise<ExitCode> {
  if (ctx.args.positionals.length > 0) return usage(ctx, 'login takes no arguments.');
  let baseUrl = ctx.args.options['base-url'];
  if (baseUrl === undefined) {
    if (!ctx.stdin.isTTY) return usage(ctx, 'Give --base-url when the token comes from stdin.');
    const asked = await ask('Base URL (…/jarvispy/ORG/USER/api/v1): ', false, ctx.stdin).catch(
      () => null,
    );
    if (asked === null) return EXIT.error; // Ctrl-C / Ctrl-D: cancelled, nothing to say
    baseUrl = asked;
  }
  const token = await readToken(ctx).catch(() => null);
  if (token === null) return EXIT.error;
  if (token === '') return usage(ctx, 'No token was given.');
  const core = ctx.core();
  const label = ctx.args.options.label;
  const signed = await core.handlers['auth:sign-in']({
    baseUrl,
    token,
    ...(label ? { label } : {}),
  });
  if (!signed.ok) return failed(ctx, signed);
  const snapshot = await core.start();
  const profiles = await core.handlers['profiles:list']();
  const active = profiles.ok
    ? profiles.value.profiles.find((p) => p.id === profiles.value.activeProfileId)
    : undefined;
  ctx.out.out(`Signed in to ${active?.label ?? baseUrl} as ${snapshot.role ?? 'unknown role'}.`);
  if (signed.value.persistent) ctx.out.out('The token is kept in the system keychain.');
  else {
    warnKeychain(ctx, signed.value.reason);
    ctx.out.err(
      'Each prometheux-tray command is a new process, so later commands will not see it.',
    );
  }
  return EXIT.ok;
}

export async function logout(ctx: CommandContext): Promise<ExitCode> {
  if (ctx.args.positionals.length > 0) return usage(ctx, 'logout takes no arguments.');
  const core = ctx.core();
  const had = core.snapshot().profileId;
  const r = await core.handlers['auth:sign-out']();
  if (!r.ok) return failed(ctx, r);
  ctx.out.out(had ? 'Signed out; the token was removed from the keychain.' : 'Not signed in.');
  return EXIT.ok;
}
