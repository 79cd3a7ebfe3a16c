// The `prometheux-tray` program: parses argv, runs one command on the app core, disposes
// the core and exits with a documented code (see exit-codes.ts).
import type { AppCore } from '../main/core/app/app-core';
import { parseArgs } from './args';
import { usage, type Command, type CommandContext } from './command';
import { login, logout } from './commands/auth';
import { config } from './commands/config';
import { profiles } from './commands/profiles';
import { status } from './commands/status';
import { EXIT, type ExitCode } from './exit-codes';
import { HELP } from './help';
import { paint, terminalOutput } from './output';

let openCore: (() => AppCore) | null = null;

const COMMANDS: Record<string, Command> = { login, logout, status, profiles, config };

export async function run(argv: readonly string[]): Promise<ExitCode> {
  const parsed = parseArgs(argv);
  const out = terminalOutput(argv.includes('--no-color'));
  let core: AppCore | null = null;
  const ctx: CommandContext = {
    args: parsed.ok ? parsed.value : { positionals: [], options: {}, flags: new Set() },
    out,
    stdin: process.stdin,
    core: () => {
      if (openCore === null) throw new Error('core opened before it was loaded');
      if (core === null) {
        core = openCore();
        // E.g. "your settings file was damaged; it was kept as …": said once, on stderr.
        core.on('notice', (n) => out.err(`${paint(out, 'yellow', 'warning:')} ${n.message}`));
      }
      return core;
    },
  };
  if (!parsed.ok) return usage(ctx, parsed.message);
  const [name, ...rest] = parsed.value.positionals;
  if (name === undefined) {
    (parsed.value.flags.has('help') ? out.out : out.err)(HELP.main as string);
    return parsed.value.flags.has('help') ? EXIT.ok : EXIT.usage;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) return usage(ctx, `Unknown command "${name}".`);
  if (parsed.value.flags.has('help')) {
    out.out(HELP[name] as string);
    return EXIT.ok;
  }
  ctx.args = { ...parsed.value, positionals: rest };
  // Loaded only now, so --help and usage errors never pay for conf, keytar and the client.
  openCore = (await import('./open-core')).openCliCore;
  try {
    return await command(ctx);
  } finally {
    await (core as AppCore | null)?.dispose();
  }
}

process.exitCode = await run(process.argv.slice(2));
