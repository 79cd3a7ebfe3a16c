import { describe, expect, it } from 'vitest';
import type { Json } from '../../../common/json';
import { usage } from '../testing/fake-users-api';
import { burnRate, runOutHours } from './burn-rate';
import { freshHistory, HISTORY_LIMITS, HOUR, parseHistory, type Sample } from './history-state';
import { addSample } from './history-update';
import { UsageHistory } from './usage-history';

const T0 = Date.UTC(2026, 0, 5, 0, 0, 0);
const MIN = 60_000;

function sample(t: number, llm: number, emb = 0): Sample {
  return { t, llm: { current: llm, limit: 1000 }, embedding: { current: emb, limit: 500 } };
}

function memoryPort(initial?: unknown) {
  const port = {
    value: initial,
    saves: 0,
    load: () => port.value,
    save: (s: Json) => void ((port.value = s), port.saves++),
  };
  return port;
}

describe('addSample', () => {
  it('stores on change and on a sparse heartbeat only', () => {
    let state = freshHistory();
    let stored = 0;
    for (let i = 0; i <= 60; i++) {
      const r = addSample(state, sample(T0 + i * MIN, 100));
      state = r.state;
      if (r.stored) stored++;
    }
    // First sample, then heartbeats at 30 and 60 minutes.
    expect(stored).toBe(3);
    expect(addSample(state, sample(T0 + 61 * MIN, 101)).stored).toBe(true);
  });

  it('detects a reset from a falling current', () => {
    let state = addSample(freshHistory(), sample(T0, 900, 10)).state;
    const r = addSample(state, sample(T0 + MIN, 5, 11));
    expect(r.resets).toEqual(['llm']);
    state = r.state;
    expect(state.lastResetAt.llm).toBe(T0 + MIN);
    expect(state.lastResetAt.embedding).toBeNull();
  });

  it('keeps about a week, downsamples old samples and caps the count', () => {
    let state = freshHistory();
    // Ten days of a sample every minute, each different.
    for (let i = 0; i < 10 * 24 * 60; i++) state = addSample(state, sample(T0 + i * MIN, i)).state;
    const now = T0 + (10 * 24 * 60 - 1) * MIN;
    const oldest = state.samples[0]?.t ?? now;
    expect(now - oldest).toBeLessThanOrEqual(HISTORY_LIMITS.retainMs);
    expect(now - oldest).toBeGreaterThan(HISTORY_LIMITS.retainMs - 2 * HOUR);
    expect(state.samples.length).toBeLessThanOrEqual(HISTORY_LIMITS.maxSamples);
    const old = state.samples.filter((s) => s.t < now - 25 * HOUR);
    const buckets = new Set(old.map((s) => Math.floor(s.t / HOUR)));
    expect(old.length).toBe(buckets.size);
    expect(JSON.stringify(state).length).toBeLessThan(400_000);
  });
});

describe('parseHistory', () => {
  it('falls back to a fresh history on anything malformed', () => {
    expect(parseHistory(undefined)).toEqual(freshHistory());
    expect(parseHistory({ version: 1, samples: [{ t: 'x' }] })).toEqual(freshHistory());
    expect(parseHistory({ version: 2, samples: [] })).toEqual(freshHistory());
    const good = addSample(freshHistory(), sample(T0, 1)).state;
    expect(parseHistory(JSON.parse(JSON.stringify(good)))).toEqual(good);
  });
});

describe('run-out estimate', () => {
  function steady(minutes: number, perMinute: number, start = 100) {
    let state = freshHistory();
    for (let i = 0; i <= minutes; i += 5)
      state = addSample(state, sample(T0 + i * MIN, start + i * perMinute)).state;
    return state;
  }

  it('estimates hours left from a steady rise', () => {
    const state = steady(60, 1); // 60 units per hour, at 160 of 1000 after an hour
    const now = T0 + 60 * MIN;
    expect(burnRate(state, 'llm', now)).toBeCloseTo(60, 5);
    expect(runOutHours(state, 'llm', now)).toBeCloseTo(840 / 60, 5);
  });

  it('gives none with too few points, a flat or falling trend, or right after a reset', () => {
    expect(runOutHours(steady(10, 1), 'llm', T0 + 10 * MIN)).toBeNull();
    expect(runOutHours(steady(60, 0), 'llm', T0 + 60 * MIN)).toBeNull();
    let state = steady(120, 1);
    state = addSample(state, sample(T0 + 125 * MIN, 3)).state; // reset
    state = addSample(state, sample(T0 + 130 * MIN, 8)).state;
    state = addSample(state, sample(T0 + 135 * MIN, 13)).state;
    expect(runOutHours(state, 'llm', T0 + 135 * MIN)).toBeNull();
  });
});

describe('UsageHistory', () => {
  it('writes at most every few minutes (a reset at once), flushes on demand, and reloads', () => {
    const port = memoryPort();
    const history = new UsageHistory(port);
    history.record(usage(100, 10), T0);
    history.record(usage(100, 10), T0 + MIN);
    for (let m = 2; m < 5; m++) history.record(usage(100 + m, 10), T0 + m * MIN);
    expect(port.saves).toBe(1);
    expect(history.record(usage(50, 10), T0 + 5 * MIN)).toEqual(['llm']);
    expect(port.saves).toBe(2);
    history.record(usage(60, 10), T0 + 6 * MIN);
    expect(port.saves).toBe(2);
    history.flush();
    expect(port.saves).toBe(3);
    const reloaded = new UsageHistory(memoryPort(JSON.parse(JSON.stringify(port.value))));
    expect(reloaded.sampleCount()).toBe(6);
    expect(reloaded.lastResetAt('llm')).toBe(T0 + 5 * MIN);
  });

  it('gives a sparkline series thinned to the requested length', () => {
    const history = new UsageHistory(memoryPort());
    for (let i = 0; i < 200; i++) history.record(usage(i, 0), T0 + i * MIN);
    const series = history.series('llm', T0, 50);
    expect(series).toHaveLength(50);
    expect(series[0]).toEqual({ t: T0, current: 0, limit: 1000, percentUsed: 0 });
    expect(series[49]?.current).toBe(199);
  });
});
