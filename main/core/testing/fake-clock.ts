// A fake Clock for unit tests: time moves only when a test advances it, so timer-driven
// behaviour (monitor schedule, backoff, snooze) runs instantly and deterministically.
import type { Clock, TimerHandle } from '../ports';

interface Timer {
  id: number;
  at: number;
  callback: () => void;
}

/** Let pending promise callbacks run (several macrotask turns, enough for chained awaits). */
export async function flushAsync(turns = 5): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

export class FakeClock implements Clock {
  private timers: Timer[] = [];
  private nextId = 1;

  constructor(private current = Date.UTC(2026, 0, 5, 12, 0, 0)) {}

  now(): number {
    return this.current;
  }

  setTimeout(callback: () => void, ms: number): TimerHandle {
    const timer = { id: this.nextId++, at: this.current + Math.max(0, ms), callback };
    this.timers.push(timer);
    return timer.id;
  }

  clearTimeout(handle: TimerHandle): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }

  /** Number of timers still scheduled. */
  pending(): number {
    return this.timers.length;
  }

  /** Delay until the next timer fires, or null when none is scheduled. */
  nextDelay(): number | null {
    if (this.timers.length === 0) return null;
    return Math.min(...this.timers.map((t) => t.at)) - this.current;
  }

  /** Move time forward by `ms`, firing due timers in order and letting their promises settle. */
  async advance(ms: number): Promise<void> {
    const end = this.current + ms;
    await flushAsync();
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.id - b.id);
      const next = due[0];
      if (!next) break;
      this.timers = this.timers.filter((t) => t.id !== next.id);
      this.current = Math.max(this.current, next.at);
      next.callback();
      await flushAsync();
    }
    this.current = end;
  }
}
