// Expected failures are values, not exceptions: only bugs throw. Shared by core, IPC and UI.

export type ErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'conflict'
  | 'rate_limited'
  | 'validation'
  | 'not_found'
  | 'server'
  | 'network'
  | 'timeout'
  | 'malformed'
  | 'invalid_input'
  | 'signed_out'
  | 'keychain'
  | 'internal';

export interface Failure {
  ok: false;
  code: ErrorCode;
  /** A sentence a user can act on; never contains a token. */
  message: string;
  /** The server's Retry-After (ms) when it asked us to wait: pollers wait at least this long. */
  retryAfterMs?: number;
}

export interface Success<T> {
  ok: true;
  value: T;
}

export type Result<T> = Success<T> | Failure;

export function ok<T>(value: T): Success<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string): Failure {
  return { ok: false, code, message };
}
