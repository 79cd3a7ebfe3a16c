import { describe, expect, it } from 'vitest';
import type { Json } from '../../../common/json';
import { AlertCenter } from '../alerts/alert-center';
import { UsageHistory } from '../history/usage-history';
import { FakeClock } from '../testing/fake-clock';
import { RecordingNotifier } from '../testing/fake-notifier';
import { FakeUsersApi, usage } from '../testing/fake-users-api';
import { usagePipeline } from './usage-pipeline';
import { UsageMonitor } from './usage-monitor';

const port = () => {
  const p = {
    value: undefined as unknown,
    load: () => p.value,
    save: (s: Json) => void (p.value = s),
  };
  return p;
};

describe('monitor + history + alerts', () => {
  it('warns once as usage climbs, estimates the run-out, and says when the quota is restored', async () => {
    const clock = new FakeClock();
    const api = new FakeUsersApi();
    const notifier = new RecordingNotifier();
    const history = new UsageHistory(port());
    const alerts = new AlertCenter({ port: port(), notifier, clock });
    const monitor = new UsageMonitor({ api, clock, ...usagePipeline(history, alerts) });
    await monitor.start();
    for (let m = 1; m <= 90; m++) {
      api.usage = usage(100 + m * 8, 50); // 8 units a minute: 80 % after ~88 minutes
      await clock.advance(60_000);
    }
    expect(notifier.shown.map((n) => n.body)).toEqual(['LLM quota 80 % used (804 of 1,000).']);
    const hours = monitor.snapshot().runOutHours.llm ?? 0;
    expect(hours).toBeGreaterThan(0.3);
    expect(hours).toBeLessThan(0.5); // 196 left at 480 an hour
    api.usage = usage(0, 0);
    await clock.advance(120_000);
    expect(notifier.shown.at(-1)?.title).toBe('Quota restored');
    expect(monitor.snapshot().runOutHours.llm).toBeNull();
    monitor.stop();
  });
});
