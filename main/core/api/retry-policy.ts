// The pure retry rule for GETs: exponential backoff with full jitter, a cap, a maximum
// count, and the server's Retry-After honoured. Pure so a property test can check it over
// every input (https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/).

export interface RetryPolicy {
  /** Total attempts, including the first. */
  maxAttempts: number;
  /** Backoff ceiling of the first retry; doubles each retry. */
  baseMs: number;
  /** No wait is ever longer; a Retry-After beyond it ends the retries instead. */
  capMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 3, baseMs: 500, capMs: 30_000 };

/**
 * Parses Retry-After in both forms (delta-seconds, HTTP date) into milliseconds from `now`;
 * a date in the past is 0; null when absent or unreadable.
 */
export function parseRetryAfter(header: string | null | undefined, now: number): number | null {
  if (header === null || header === undefined) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[A-Za-z]/.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

/** What went wrong with the attempt, as far as retrying cares. */
export type AttemptOutcome =
  | { kind: 'network' }
  | { kind: 'timeout' }
  | { kind: 'status'; status: number; retryAfterMs: number | null };

/** Network errors, 5xx and 429 may succeed later; every other outcome is final. */
export function isRetryable(outcome: AttemptOutcome): boolean {
  if (outcome.kind !== 'status') return true;
  return outcome.status === 429 || (outcome.status >= 500 && outcome.status <= 599);
}

/**
 * The wait before the next attempt, or null to stop. `attempt` is the 1-based number of
 * the attempt that just failed; `random` returns [0, 1).
 */
export function nextRetryDelay(
  policy: RetryPolicy,
  attempt: number,
  outcome: AttemptOutcome,
  random: () => number,
): number | null {
  if (attempt >= policy.maxAttempts || !isRetryable(outcome)) return null;
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1));
  const jitter = Math.floor(Math.min(Math.max(random(), 0), 1) * ceiling);
  if (outcome.kind === 'status' && outcome.retryAfterMs !== null) {
    if (outcome.retryAfterMs > policy.capMs) return null;
    return Math.max(outcome.retryAfterMs, Math.min(jitter, policy.capMs));
  }
  return Math.min(jitter, policy.capMs);
}
