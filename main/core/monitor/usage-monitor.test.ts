import { describe, expect, it } from 'vitest';
import type { Json } from '../../../common/json';
import { fail } from '../../../common/result';
import type { UsageSnapshot } from '../../../common/snapshot';
import { FakeClock } from '../testing/fake-clock';
import { FakeUsersApi, usage } from '../testing/fake-users-api';
import { MONITOR_DEFAULTS, nextDelay } from './schedule';
import { UsageMonitor, type MonitorDeps } from './usage-monitor';

const MIN = 60_000;
const HOUR = 60 * MIN;

function setup(extra: Partial<MonitorDeps> = {}) {
  const clock = new FakeClock();
  const api = new FakeUsersApi();
  const cache = {
    value: undefined as unknown,
    load: () => cache.value,
    save: (s: Json) => void (cache.value = s),
  };
  const monitor = new UsageMonitor({ api, clock, cache, profileId: 'p1', ...extra });
  const seen: UsageSnapshot[] = [];
  monitor.subscribe((s) => seen.push(s));
  return { clock, api, cache, monitor, seen };
}

describe('UsageMonitor', () => {
  it('publishes role, both quotas and fetchedAt on start, then polls every 60 s', async () => {
    const { clock, api, monitor, seen } = setup();
    const snap = await monitor.start();
    expect(snap.role).toBe('user');
    expect(snap.llm).toEqual({
      kind: 'llm',
      current: 100,
      limit: 1000,
      remaining: 900,
      percentUsed: 10,
    });
    expect(snap.embedding?.remaining).toBe(450);
    expect(snap.fetchedAt).toBe(new Date(clock.now()).toISOString());
    expect(snap.stale).toBe(false);
    expect(seen.at(-1)).toBe(snap);
    expect(clock.nextDelay()).toBe(60_000);
    await clock.advance(60_000);
    expect(api.calls.getUsage).toBe(2);
  });

  it('publishes role and usage of one refresh together, and honours a new interval', async () => {
    const { clock, monitor, seen } = setup();
    await monitor.start();
    expect(seen).toHaveLength(2); // the initial snapshot, then one with role and quotas
    monitor.setOptions({ intervalMs: 5 * 60_000 });
    expect(clock.nextDelay()).toBe(5 * 60_000);
    monitor.setOptions({ intervalMs: 1 }); // bounded: never a flood
    expect(clock.nextDelay()).toBe(15_000);
  });

  it('shares one refresh among concurrent callers', async () => {
    const { api, monitor } = setup();
    let open = (): void => undefined;
    api.gate = new Promise((resolve) => (open = resolve));
    const a = monitor.refresh();
    const b = monitor.refresh({ manual: true });
    const c = monitor.start();
    open();
    const [ra, rb, rc] = await Promise.all([a, b, c]);
    expect(api.calls.getUsage).toBe(1);
    expect(ra).toBe(rb);
    expect(rb).toBe(rc);
  });

  it('publishes nothing on a 304 and a new snapshot when usage changes', async () => {
    const { clock, api, monitor, seen } = setup();
    await monitor.start();
    const count = seen.length;
    await clock.advance(60_000);
    expect(api.calls.getUsage).toBe(2);
    expect(seen.length).toBe(count);
    api.usage = usage(300, 50);
    await clock.advance(60_000);
    expect(seen.length).toBe(count + 1);
    expect(seen.at(-1)?.llm?.current).toBe(300);
  });

  it('polls faster when a quota is hot or the window is open, slower when idle', async () => {
    const { clock, api, monitor } = setup();
    await monitor.start();
    for (let i = 0; i < 5; i++) await clock.advance(60_000);
    expect(clock.nextDelay()).toBe(120_000);
    for (let i = 0; i < 5; i++) await clock.advance(120_000);
    expect(clock.nextDelay()).toBe(300_000);
    monitor.setWindowOpen(true); // last attempt long ago: refresh now
    await clock.advance(0);
    expect(clock.nextDelay()).toBe(30_000);
    monitor.setWindowOpen(false);
    api.usage = usage(850, 50);
    await clock.advance(30_000);
    expect(clock.nextDelay()).toBe(30_000);
  });

  it('backs off exponentially on failure, bounded, marks stale, recovers', async () => {
    const { clock, api, monitor, seen } = setup();
    await monitor.start();
    api.failNext('network', 'Cannot reach the server.', 10);
    const delays: (number | null)[] = [];
    await clock.advance(60_000);
    for (let i = 0; i < 7; i++) {
      delays.push(clock.nextDelay());
      await clock.advance(clock.nextDelay() ?? 0);
    }
    expect(delays).toEqual([15_000, 30_000, 60_000, 120_000, 240_000, 300_000, 300_000]);
    expect(seen.at(-1)?.error?.message).toBe('Cannot reach the server.');
    expect(seen.at(-1)?.stale).toBe(true);
    expect(seen.find((s) => s.error)?.stale).toBe(false); // first failure, one interval old
    api.failures = [];
    await clock.advance(clock.nextDelay() ?? 0);
    expect(seen.at(-1)).toMatchObject({ error: null, stale: false });
  });

  it("waits at least the server's Retry-After after a 429, then polls normally", async () => {
    const { clock, api, monitor } = setup();
    await monitor.start();
    api.failures.push({ ...fail('rate_limited', 'Too many requests.'), retryAfterMs: 45_000 });
    await clock.advance(60_000);
    expect(clock.nextDelay()).toBe(45_000); // not the 15 s backoff
    await clock.advance(45_000);
    expect(clock.nextDelay()).toBe(60_000);
  });

  it('keeps polling after a refresh that threw (a bug), backing off', async () => {
    const { clock, api, monitor } = setup();
    await monitor.start();
    const getUsage = api.getUsage.bind(api);
    api.getUsage = () => Promise.reject(new Error('bug'));
    await clock.advance(60_000);
    expect(clock.nextDelay()).toBe(15_000);
    api.getUsage = getUsage;
    const calls = api.calls.getUsage;
    await clock.advance(15_000);
    expect(api.calls.getUsage).toBe(calls + 1);
    expect(clock.nextDelay()).toBe(60_000);
  });

  it('stops and reports signed-out with the server message on 401', async () => {
    const { clock, api, monitor, seen } = setup();
    await monitor.start();
    api.failNext('unauthorized', 'Your API key was revoked.');
    await clock.advance(60_000);
    expect(seen.at(-1)?.auth).toMatchObject({
      signedIn: false,
      reason: 'Your API key was revoked.',
    });
    const calls = api.totalCalls();
    await clock.advance(5 * HOUR);
    expect(api.totalCalls()).toBe(calls);
    expect(clock.pending()).toBe(0);
  });

  it('sends nothing while paused and exactly one refresh on resume', async () => {
    const { clock, api, monitor } = setup();
    await monitor.start();
    monitor.pause();
    const calls = api.calls.getUsage;
    await clock.advance(3 * HOUR);
    await monitor.refresh();
    expect(api.calls.getUsage).toBe(calls);
    await Promise.all([monitor.resume(), monitor.resume()]);
    expect(api.calls.getUsage).toBe(calls + 1);
    expect(clock.nextDelay()).not.toBeNull();
  });

  it('schedules nothing when paused while a refresh is in flight', async () => {
    const { clock, api, monitor } = setup();
    let open = (): void => undefined;
    api.gate = new Promise((resolve) => (open = resolve));
    const pending = monitor.start();
    monitor.pause();
    open();
    await pending;
    const calls = api.totalCalls();
    await clock.advance(3 * HOUR);
    expect(api.totalCalls()).toBe(calls);
    expect(monitor.isPaused()).toBe(true);
  });

  it('marks the numbers stale two intervals after the last success while paused', async () => {
    const { clock, api, monitor, seen } = setup();
    await monitor.start();
    monitor.pause();
    const calls = api.totalCalls();
    await clock.advance(2 * MIN - 1);
    expect(monitor.snapshot().stale).toBe(false);
    await clock.advance(1);
    expect(seen.at(-1)?.stale).toBe(true);
    await clock.advance(HOUR);
    expect(api.totalCalls()).toBe(calls);
    expect(clock.pending()).toBe(0);
    await monitor.resume();
    expect(monitor.snapshot().stale).toBe(false);
  });

  it('starts from the cached snapshot, marked stale', async () => {
    const first = setup();
    await first.monitor.start();
    const saved = JSON.parse(JSON.stringify(first.cache.value)) as unknown;
    const clock = new FakeClock();
    const cache = { load: () => saved, save: () => undefined };
    const api = new FakeUsersApi();
    api.failNext('network', 'offline', 1);
    api.failNext('network', 'offline', 1);
    const monitor = new UsageMonitor({ api, clock, cache, profileId: 'p1' });
    expect(monitor.snapshot()).toMatchObject({ stale: true, role: 'user', llm: { current: 100 } });
    expect((await monitor.start()).stale).toBe(true);
    const other = new UsageMonitor({ api, clock, cache, profileId: 'p2' });
    expect(other.snapshot().llm).toBeNull();
    const broken = new UsageMonitor({
      api,
      clock,
      cache: { load: () => ({ version: 1, llm: 'x' }), save: () => undefined },
    });
    expect(broken.snapshot()).toMatchObject({ llm: null, stale: false });
  });

  it('feeds readings to history and alerts, and shows their run-out estimate', async () => {
    const readings: number[] = [];
    const { clock, monitor } = setup({
      onUsage: (u) => readings.push(u.llm_usage.current),
      runOutHours: () => ({ llm: 12, embedding: null }),
    });
    expect((await monitor.start()).runOutHours).toEqual({ llm: 12, embedding: null });
    await clock.advance(60_000);
    expect(readings).toEqual([100, 100]);
  });

  it('stays within the request budget: ≤ 70 per idle hour, role not every tick', async () => {
    for (const moving of [false, true]) {
      const { clock, api, monitor } = setup();
      await monitor.start();
      for (let m = 1; m <= 60; m++) {
        if (moving) api.usage = usage(100 + m, 50);
        await clock.advance(MIN);
      }
      expect(api.totalCalls()).toBeLessThanOrEqual(70);
      expect(api.calls.getRole).toBeLessThanOrEqual(3);
      if (!moving) expect(api.totalCalls()).toBeLessThan(30);
    }
  });
});

describe('nextDelay', () => {
  it('is always bounded', () => {
    for (const failures of [0, 1, 5, 50]) {
      for (const unchanged of [0, 5, 100]) {
        const d = nextDelay(
          { failures, unchanged, windowOpen: false, maxPercentUsed: 50 },
          MONITOR_DEFAULTS,
        );
        expect(d).toBeGreaterThanOrEqual(15_000);
        expect(d).toBeLessThanOrEqual(300_000);
      }
    }
  });
});
