// `--help` for the program and every command. Exit codes are documented here and in the README.
import { EXIT_CODES_HELP } from './exit-codes';

export const HELP: Record<string, string> = {
  main: `Usage: prometheux-tray <command> [options]

The terminal companion of Prometheux Tray: same accounts, keychain and settings as the app.

Commands:
  login                 Sign in (checks the token with the server before keeping it)
  logout                Sign out of the active profile (forgets its token)
  status                Role and quotas of the active profile
  profiles list|add|use|remove
                        Manage several accounts; one is active
  config get|set|discard
                        Read and change your server-side configuration

Options:
  -h, --help            Help for a command: prometheux-tray <command> --help
  --no-color            No colours (also NO_COLOR=1, or when output is not a terminal)

${EXIT_CODES_HELP}`,
  login: `Usage: prometheux-tray login [--base-url URL] [--label NAME]

Signs in to a Users API. The base URL is asked for when not given, e.g.
https://platform.prometheux.ai/jarvispy/ORG/USER/api/v1. The token is read from a hidden
prompt on a terminal, or from stdin when piped (never from the command line):
  echo "$PROMETHEUX_TOKEN" | prometheux-tray login --base-url URL
It is checked against the server (role and usage) before it is kept in the OS keychain.

${EXIT_CODES_HELP}`,
  logout: `Usage: prometheux-tray logout

Forgets the active profile's token (the profile stays; sign in again with login).

${EXIT_CODES_HELP}`,
  status: `Usage: prometheux-tray status [--json]

Shows the role and both quotas of the active profile, with a stale marker when the server
could not be reached (cached numbers are shown). --json prints one object for scripts.

${EXIT_CODES_HELP}`,
  profiles: `Usage: prometheux-tray profiles <list|add|use|remove> [...]

  profiles list [--json]            All profiles; * marks the active one
  profiles add URL [--label NAME]   Adds a profile (sign in to it with login)
  profiles use ID|LABEL             Makes a profile the active one
  profiles remove ID|LABEL          Removes a profile and its keychain entry

${EXIT_CODES_HELP}`,
  config: `Usage: prometheux-tray config <get|set|discard> [...] [--scope user|organization]

  config get [--json]               Prints the configuration (secret-looking values masked)
  config set KEY=VALUE...           Sets keys and saves with If-Match. VALUE is parsed as
                                    JSON when it parses (true, 0.7, "x", [1]), else taken
                                    as text. Known keys are checked (theme, language,
                                    notifications, LLM_*, EMBEDDING_*).
  config discard                    Drops unsaved changes left by the app

The scope defaults to user; organization is writable by admins only. A save that meets a
newer version on the server exits 5 and prints the differences.

${EXIT_CODES_HELP}`,
};
