// What every command gets: its arguments, the output streams, stdin, and the core (opened
// only by commands that need it, so `--help` and usage errors stay instant).
import type { Failure } from '../common/result';
import type { AppCore } from '../main/core/app/app-core';
import type { ParsedArgs } from './args';
import { EXIT, exitFor, type ExitCode } from './exit-codes';
import { paint, type Output } from './output';

export interface CommandContext {
  /** Positionals after the command (and subcommand) names. */
  args: ParsedArgs;
  out: Output;
  stdin: NodeJS.ReadStream;
  core(): AppCore;
}

export type Command = (ctx: CommandContext) => Promise<ExitCode>;

/** Prints a failure on stderr and returns its exit code. */
export function failed(ctx: CommandContext, failure: Failure): ExitCode {
  ctx.out.err(`${paint(ctx.out, 'red', 'error:')} ${failure.message}`);
  return exitFor(failure.code);
}

export function usage(ctx: CommandContext, message: string): ExitCode {
  ctx.out.err(`${paint(ctx.out, 'red', 'error:')} ${message}`);
  ctx.out.err('Run with --help for usage.');
  return EXIT.usage;
}

/** One line on stderr when tokens cannot be kept in the keychain. */
export function warnKeychain(ctx: CommandContext, reason: string | null): void {
  if (reason) ctx.out.err(`${paint(ctx.out, 'yellow', 'warning:')} ${reason}`);
}
