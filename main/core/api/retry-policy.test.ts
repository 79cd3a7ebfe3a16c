import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_RETRY_POLICY,
  nextRetryDelay,
  parseRetryAfter,
  type AttemptOutcome,
  type RetryPolicy,
} from './retry-policy';

const policyArb: fc.Arbitrary<RetryPolicy> = fc.record({
  maxAttempts: fc.integer({ min: 1, max: 10 }),
  baseMs: fc.integer({ min: 1, max: 5_000 }),
  capMs: fc.integer({ min: 1, max: 60_000 }),
});
const outcomeArb: fc.Arbitrary<AttemptOutcome> = fc.oneof(
  fc.constant({ kind: 'network' as const }),
  fc.constant({ kind: 'timeout' as const }),
  fc.record({
    kind: fc.constant('status' as const),
    status: fc.integer({ min: 400, max: 599 }),
    retryAfterMs: fc.option(fc.integer({ min: 0, max: 120_000 })),
  }),
);
const randomArb = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

describe('nextRetryDelay', () => {
  it('keeps every delay within [0, cap] and honours Retry-After', () => {
    fc.assert(
      fc.property(
        policyArb,
        fc.integer({ min: 1, max: 12 }),
        outcomeArb,
        randomArb,
        (p, n, o, r) => {
          const delay = nextRetryDelay(p, n, o, () => r);
          if (delay === null) return;
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThanOrEqual(p.capMs);
          if (o.kind === 'status' && o.retryAfterMs !== null) {
            expect(delay).toBeGreaterThanOrEqual(o.retryAfterMs);
          }
        },
      ),
    );
  });

  it('bounds the number of attempts by maxAttempts for any failure sequence', () => {
    fc.assert(
      fc.property(
        policyArb,
        fc.array(outcomeArb, { minLength: 20, maxLength: 20 }),
        randomArb,
        (p, os, r) => {
          let attempts = 1;
          for (const o of os) {
            if (nextRetryDelay(p, attempts, o, () => r) === null) break;
            attempts += 1;
          }
          expect(attempts).toBeLessThanOrEqual(p.maxAttempts);
        },
      ),
    );
  });

  it('never retries 4xx other than 429', () => {
    fc.assert(
      fc.property(
        policyArb,
        fc.integer({ min: 400, max: 499 }).filter((s) => s !== 429),
        (p, s) => {
          expect(
            nextRetryDelay(p, 1, { kind: 'status', status: s, retryAfterMs: null }, () => 0.5),
          ).toBeNull();
        },
      ),
    );
  });

  it('uses exponential ceilings with full jitter', () => {
    const p = DEFAULT_RETRY_POLICY;
    const big = { ...p, maxAttempts: 10 };
    expect(nextRetryDelay(big, 1, { kind: 'network' }, () => 0.999)).toBe(499);
    expect(nextRetryDelay(big, 3, { kind: 'network' }, () => 0.5)).toBe(1000);
    expect(nextRetryDelay(big, 1, { kind: 'network' }, () => 0)).toBe(0);
  });

  it('gives up when Retry-After is beyond the cap', () => {
    const d = nextRetryDelay(
      DEFAULT_RETRY_POLICY,
      1,
      { kind: 'status', status: 429, retryAfterMs: 31_000 },
      () => 0,
    );
    expect(d).toBeNull();
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads seconds', () => expect(parseRetryAfter('3', now)).toBe(3000));
  it('reads an HTTP date', () =>
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000));
  it('clamps a past date to 0', () =>
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0));
  it('ignores garbage and absence', () => {
    expect(parseRetryAfter('soon-ish', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
