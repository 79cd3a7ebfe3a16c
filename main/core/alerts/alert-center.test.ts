import { describe, expect, it } from 'vitest';
import type { Json } from '../../../common/json';
import { FakeClock } from '../testing/fake-clock';
import { RecordingNotifier } from '../testing/fake-notifier';
import { AlertCenter, sanitizeThresholds, type AlertEvent } from './alert-center';
import { snoozeUntil } from './snooze';

/** Records every grouped notification, shown or not. */
class AlertRecorder {
  readonly events: AlertEvent[] = [];
  readonly record = (event: AlertEvent): void => {
    this.events.push(event);
  };

  shownCount(): number {
    return this.events.filter((e) => e.suppressedBy === null).length;
  }
}

const HOUR = 3_600_000;
const at = (llm: number, emb = 0) => ({
  llm: { current: llm, limit: 1000 },
  embedding: { current: emb, limit: 500 },
});

function setup(saved?: unknown) {
  const port = {
    value: saved as unknown,
    load: () => port.value,
    save: (s: Json) => void (port.value = s),
  };
  const clock = new FakeClock();
  const notifier = new RecordingNotifier();
  const recorder = new AlertRecorder();
  const center = new AlertCenter({ port, notifier, clock, onEvent: recorder.record });
  return { port, clock, notifier, recorder, center };
}

describe('AlertCenter', () => {
  it('shows one grouped notification and does not repeat it after a restart', () => {
    const { port, notifier, center } = setup();
    center.onSample(at(960, 500));
    expect(notifier.shown).toHaveLength(1);
    expect(notifier.shown[0]?.body).toBe(
      'LLM quota 96 % used (960 of 1,000). Embedding quota exhausted.',
    );
    const restarted = setup(JSON.parse(JSON.stringify(port.value)));
    restarted.center.onSample(at(960, 500));
    expect(restarted.notifier.shown).toHaveLength(0);
  });

  it('snoozes for an hour, updates state meanwhile, and replays nothing afterwards', async () => {
    const { clock, notifier, recorder, center } = setup();
    expect(center.snooze('hour')).toBe(clock.now() + HOUR);
    center.onSample(at(850));
    expect(notifier.shown).toHaveLength(0);
    expect(recorder.events[0]?.suppressedBy).toBe('snoozed');
    await clock.advance(HOUR + 1);
    expect(center.snoozedUntil()).toBeNull();
    center.onSample(at(860));
    expect(notifier.shown).toHaveLength(0); // the 80 % crossing happened during the snooze
    center.onSample(at(960));
    expect(notifier.shown).toHaveLength(1);
    expect(recorder.shownCount()).toBe(1);
  });

  it('keeps a snooze across a restart', () => {
    const { port, center } = setup();
    const until = center.snooze('hour');
    const restarted = setup(JSON.parse(JSON.stringify(port.value)));
    expect(restarted.center.snoozedUntil()).toBe(until);
    expect(restarted.center.suppression()).toBe('snoozed');
    restarted.center.setSnoozedUntil(null);
    expect(restarted.center.suppression()).toBeNull();
    restarted.center.setSnoozedUntil(restarted.clock.now() + 1000);
    expect(restarted.center.snoozedUntil()).toBe(restarted.clock.now() + 1000);
  });

  it('snoozes "until tomorrow" to 09:00 local time on the next day', () => {
    const now = new Date(2026, 0, 5, 22, 30).getTime();
    const until = new Date(snoozeUntil('tomorrow', now));
    expect([until.getDate(), until.getHours(), until.getMinutes()]).toEqual([6, 9, 0]);
  });

  it('is off when the server config says notifications: false or locally disabled', () => {
    const { notifier, center } = setup();
    center.setServerConfig({ notifications: false });
    expect(center.onSample(at(900))?.suppressedBy).toBe('disabled_on_server');
    center.setServerConfig({ notifications: true });
    center.setLocalEnabled(false);
    expect(center.onSample(at(960))?.suppressedBy).toBe('disabled');
    expect(notifier.shown).toHaveLength(0);
  });

  it('announces a restored quota after a reset', () => {
    const { notifier, center } = setup();
    center.onSample(at(900));
    center.onSample(at(10));
    expect(notifier.shown.map((n) => n.title)).toEqual([
      'Prometheux quota running low',
      'Quota restored',
    ]);
  });

  it('keeps thresholds sane', () => {
    expect(sanitizeThresholds({ llm: [95, 70, 70, 150], embedding: 'x' })).toEqual({
      llm: [70, 95],
      embedding: [80, 95],
    });
  });
});
