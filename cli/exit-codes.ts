// The CLI's documented exit codes (also in `--help` and the README), and how a core failure
// maps onto them, so scripts can tell "sign in again" from "the server is down".
import type { ErrorCode } from '../common/result';

export const EXIT = {
  ok: 0,
  /** Anything else that went wrong (keychain, a bug). */
  error: 1,
  usage: 2,
  auth: 3,
  network: 4,
  conflict: 5,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function exitFor(code: ErrorCode): ExitCode {
  switch (code) {
    case 'invalid_input':
    case 'validation':
      return EXIT.usage;
    case 'unauthorized':
    case 'forbidden':
    case 'signed_out':
      return EXIT.auth;
    case 'network':
    case 'timeout':
    case 'server':
    case 'rate_limited':
    case 'malformed':
    case 'not_found':
      return EXIT.network;
    case 'conflict':
      return EXIT.conflict;
    case 'keychain':
    case 'internal':
      return EXIT.error;
  }
}

export const EXIT_CODES_HELP = `Exit codes:
  0  ok
  1  other error (keychain, unexpected)
  2  usage: bad command, option or value
  3  auth: not signed in, token rejected or revoked, not allowed
  4  network or server: unreachable, timeout, server error
  5  conflict: the configuration changed on the server (or has unsaved app edits)`;
