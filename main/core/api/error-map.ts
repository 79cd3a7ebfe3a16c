// HTTP status → failure code, with our own sentence for when the server gave none. One
// table, so the client, the CLI's exit codes and the UI agree on what each status means.
import { fail, type ErrorCode, type Failure } from '../../../common/result';

export function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 429:
      return 'rate_limited';
    case 400:
    case 413:
    case 415:
    case 422:
      return 'validation';
    default:
      if (status >= 500) return 'server';
      if (status >= 400) return 'validation';
      return 'malformed';
  }
}

const OUR_WORDS: Record<ErrorCode, string> = {
  unauthorized: 'The server did not accept your token. Sign in again with a valid API key.',
  forbidden: 'Your token is not allowed to do this for this organization and user.',
  not_found: 'The server does not know this address. Check the base URL.',
  conflict: 'The configuration changed on the server since you loaded it.',
  rate_limited: 'Too many requests. Try again in a moment.',
  validation: 'The server rejected the request as invalid.',
  server: 'The server had a problem. Try again later.',
  network: 'Could not reach the server. Check your connection and the address.',
  timeout: 'The server did not answer in time.',
  malformed: 'The server sent an unexpected response.',
  invalid_input: 'The input is not valid.',
  signed_out: 'You are not signed in. Sign in with an API key first.',
  keychain: 'The system keychain could not be used.',
  internal: 'Something went wrong inside the app.',
};

/** Our own sentence for a code, used when the server's envelope has no message. */
export function defaultMessage(code: ErrorCode): string {
  return OUR_WORDS[code];
}

/** Server text is shown in a terminal, a tooltip and notifications: one bounded plain line. */
const MAX_MESSAGE = 300;

function plainLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
  return line.length > MAX_MESSAGE ? `${line.slice(0, MAX_MESSAGE - 1)}…` : line;
}

/**
 * A failure carrying the server's message (or ours), with the token scrubbed should the
 * server ever echo it: the token never reaches an error value. The server's text is made
 * one plain line (no escape sequences for a terminal, no megabyte tooltip).
 */
export function failureFor(code: ErrorCode, message: string | null, token: string | null): Failure {
  let said = message ?? '';
  // Scrubbed before shortening, so a cut can never leave part of the token behind.
  if (token) said = said.split(token).join('[redacted]');
  said = plainLine(said);
  return fail(code, said !== '' ? said : defaultMessage(code));
}
