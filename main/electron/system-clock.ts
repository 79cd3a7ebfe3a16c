// Core's Clock port on the real timers. Timers are unref'd so a pending refresh never keeps
// a quitting process alive.
import type { Clock, TimerHandle } from '../core/ports';

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms).unref() as unknown as TimerHandle,
  clearTimeout: (handle) => clearTimeout(handle as unknown as NodeJS.Timeout),
};
