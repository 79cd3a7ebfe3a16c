// A small argument parser: positionals, `--name value`, `--name=value` and boolean flags.
// Unknown options are usage errors; a token is never accepted from argv.
import { fail, ok, type Result } from '../common/result';

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string>;
  flags: Set<string>;
}

export const STRING_OPTIONS = ['base-url', 'label', 'scope'] as const;
export const BOOLEAN_FLAGS = ['json', 'help', 'no-color'] as const;

export function parseArgs(argv: readonly string[]): Result<ParsedArgs> {
  const parsed: ParsedArgs = { positionals: [], options: {}, flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-h') {
      parsed.flags.add('help');
      continue;
    }
    if (!arg.startsWith('--') || arg === '--') {
      parsed.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (name === 'token') {
      return fail(
        'invalid_input',
        'A token is never taken from the command line (it would land in your shell history): pipe it on stdin or type it at the prompt.',
      );
    }
    if ((BOOLEAN_FLAGS as readonly string[]).includes(name)) {
      if (eq !== -1) return fail('invalid_input', `--${name} takes no value.`);
      parsed.flags.add(name);
      continue;
    }
    if (!(STRING_OPTIONS as readonly string[]).includes(name)) {
      return fail('invalid_input', `Unknown option --${name}.`);
    }
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') {
      return fail('invalid_input', `--${name} needs a value.`);
    }
    parsed.options[name] = value;
  }
  return ok(parsed);
}
