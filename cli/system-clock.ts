// Core's Clock port on Node's timers for the CLI (the shell has its own under main/electron/,
// which cli/ may not import). Timers are not unref'd: a retry's back-off sleep must keep the
// process alive; the CLI never polls, so no timer outlives its command.
import type { Clock, TimerHandle } from '../main/core/ports';

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms) as unknown as TimerHandle,
  clearTimeout: (handle) => clearTimeout(handle as unknown as NodeJS.Timeout),
};
