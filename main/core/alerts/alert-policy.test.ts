import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupAlerts } from './alert-format';
import {
  applySample,
  EXHAUSTED,
  freshAlertState,
  parseAlertState,
  REARM_MARGIN,
  type AlertState,
} from './alert-policy';

const llmOnly = (current: number, limit = 1000) => ({ llm: { current, limit }, embedding: null });

function run(values: number[], limit = 1000) {
  let state = freshAlertState();
  return values.map((v) => {
    const r = applySample(state, llmOnly(v, limit));
    state = r.state;
    return r.alerts.map((a) => (a.type === 'threshold' ? String(a.threshold) : a.type));
  });
}

describe('applySample', () => {
  it('fires each threshold once per crossing', () => {
    expect(run([500, 800, 850, 900, 960, 970, 1000, 1000])).toEqual([
      [],
      ['80'],
      [],
      [],
      ['95'],
      [],
      ['exhausted'],
      [],
    ]);
  });

  it('re-arms only below threshold minus five points', () => {
    // 790 is 79 %: not below 75 %, so 80 stays fired; a fall is a reset though, so use a raised limit.
    let state = applySample(freshAlertState(), llmOnly(800)).state;
    state = applySample(state, llmOnly(800, 1010)).state; // 79.2 %
    expect(applySample(state, llmOnly(800, 1000)).alerts).toEqual([]);
    state = applySample(state, llmOnly(800, 1100)).state; // 72.7 %: re-armed
    expect(applySample(state, llmOnly(800, 1000)).alerts).toHaveLength(1);
  });

  it('re-arms on a reset and says the quota was restored', () => {
    expect(run([960, 20, 850])).toEqual([['80', '95'], ['restored'], ['80']]);
  });

  it('survives a JSON round trip, so a restart repeats nothing', () => {
    const state = applySample(freshAlertState(), llmOnly(960)).state;
    const reloaded = parseAlertState(JSON.parse(JSON.stringify(state)));
    expect(applySample(reloaded, llmOnly(960)).alerts).toEqual([]);
    expect(parseAlertState('garbage')).toEqual(freshAlertState());
  });
});

describe('groupAlerts', () => {
  it('groups simultaneous alerts into one notification in plain words', () => {
    const r = applySample(freshAlertState(), {
      llm: { current: 960, limit: 1000 },
      embedding: { current: 500, limit: 500 },
    });
    expect(groupAlerts(r.alerts)).toEqual({
      title: 'Prometheux quota exhausted',
      body: 'LLM quota 96 % used (960 of 1,000). Embedding quota exhausted.',
      tag: 'quota-alert',
    });
  });

  it('announces a restoration on its own', () => {
    const first = applySample(freshAlertState(), llmOnly(900)).state;
    const n = groupAlerts(applySample(first, llmOnly(0)).alerts);
    expect(n?.title).toBe('Quota restored');
    expect(n?.body).toBe('LLM quota restored: 0 of 1,000 used.');
    expect(groupAlerts([])).toBeNull();
  });
});

describe('property: at most one alert per crossing, none without one', () => {
  const levels: [string, number][] = [
    ['80', 80],
    ['95', 95],
    [EXHAUSTED, 100],
  ];

  it('holds for any sequence of samples, with restarts in between', () => {
    // Usage mostly rises in small steps, sometimes resets; limits change so that usage also
    // wanders around each threshold's re-arm band without a reset.
    const step = fc.record({
      add: fc.integer({ min: 0, max: 120 }),
      reset: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
      limit: fc.constantFrom(0, 800, 1000, 1000, 1000, 1060, 1150, 1300),
      restart: fc.boolean(),
    });
    const start = fc.integer({ min: 0, max: 1100 });
    const steps = fc.array(step, { minLength: 5, maxLength: 60, size: 'max' });
    const sequence = fc.tuple(start, steps).map(([first, steps]) => {
      let total = first;
      return steps.map(({ add, reset, limit, restart }) => {
        total = reset ? add : total + add;
        return { current: total, limit, restart };
      });
    });
    fc.assert(
      fc.property(sequence, (steps) => {
        let state: AlertState = freshAlertState();
        // Per threshold: may it fire now (armed), per an independent model of the rule.
        const armed = new Map(levels.map(([key]) => [key, true]));
        let previous: number | null = null;
        for (const { current, limit, restart } of steps) {
          if (restart) state = parseAlertState(JSON.parse(JSON.stringify(state)));
          const { state: next, alerts } = applySample(state, llmOnly(current, limit));
          state = next;
          const used = limit > 0 ? (current / limit) * 100 : 0;
          if (previous !== null && current < previous)
            levels.forEach(([key]) => armed.set(key, true));
          previous = current;
          if (limit <= 0) {
            expect(alerts.filter((a) => a.type !== 'restored')).toEqual([]);
            continue;
          }
          for (const [key, level] of levels) {
            if (used < level - REARM_MARGIN) armed.set(key, true);
            const fired = alerts.filter((a) =>
              key === EXHAUSTED
                ? a.type === 'exhausted'
                : a.type === 'threshold' && a.threshold === level,
            );
            const crossed = key === EXHAUSTED ? current >= limit : used >= level;
            // Exactly one alert when an armed threshold is reached; none otherwise.
            expect(fired.length).toBe(armed.get(key) && crossed ? 1 : 0);
            if (crossed) armed.set(key, false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
