// Argument checks for the operator command line: every mistake becomes a UsageError with
// a sentence saying what to type instead, and the CLI exits with status 2.
import { ROLES, type Role } from '../common/users-api';

export class UsageError extends Error {}

/** A whole number ≥ 0 (or within [min, max]) given as text; throws UsageError otherwise. */
export function intArg(
  name: string,
  text: string | undefined,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new UsageError(`--${name} must be a whole number, got "${text}".`);
  const n = Number(text);
  if (n < min || n > max) throw new UsageError(`--${name} must be between ${min} and ${max}.`);
  return n;
}

export function roleArg(text: string | undefined): Role {
  if (text === undefined) throw new UsageError('--role is required: --role user or --role admin.');
  if (!(ROLES as readonly string[]).includes(text)) {
    throw new UsageError(`--role must be "user" or "admin", got "${text}".`);
  }
  return text as Role;
}

/** Exactly `names.length` positionals, named in the error. */
export function positionals(got: string[], names: readonly string[]): string[] {
  if (got.length !== names.length) {
    throw new UsageError(
      `Expected ${names.join(' ')}${got.length > names.length ? `, got extra "${got.slice(names.length).join(' ')}"` : ''}.`,
    );
  }
  for (const [i, v] of got.entries()) {
    if (v.length === 0) throw new UsageError(`${names[i]} must not be empty.`);
  }
  return got;
}

export const USAGE = `Prometheux Users API reference server

Usage: npm run server -- [command] [options]

Commands:
  start [--port N] [--host 127.0.0.1] [--data DIR] [--demo] [--simulate]
                                  run the server (the default command)
  user create ORG USER --role user|admin
  token issue ORG USER [--name NAME] [--expires-in-minutes N]
  token list ORG USER
  token revoke JTI
  limits set ORG USER [--llm N] [--embedding N]
  usage set ORG USER [--llm N] [--embedding N]
  usage add ORG USER [--llm N] [--embedding N]
  usage reset ORG USER

Every command takes --data DIR (default: the per-user data folder) and --help.
--demo creates demo-org with demo-user and demo-admin and prints a token for each;
--simulate adds usage every few seconds so quotas cross 80 % and 95 %.
`;
