// Sleep, screen lock and lost network pause the usage monitor; when the last of them ends
// it resumes, and resuming refreshes once. powerMonitor has no online event, so
// connectivity is polled with net.isOnline()
// (https://www.electronjs.org/docs/latest/api/net#netisonline).
import type { ElectronDeps } from './electron-deps';

/** The monitor's pause/resume, as the app core exposes them. */
export interface MonitorControl {
  pause(): void;
  /** Resumes polling and refreshes once, at once. */
  resume(): void;
}

export type PauseReason = 'suspended' | 'locked' | 'offline';

export interface PowerDriverOptions {
  pollMs?: number;
  setInterval?: (fn: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
}

/** Wires the events; returns a function that stops the online polling. */
export function drivePowerEvents(
  deps: Pick<ElectronDeps, 'powerMonitor' | 'isOnline'>,
  monitor: MonitorControl,
  options: PowerDriverOptions = {},
): () => void {
  const reasons = new Set<PauseReason>();
  const set = (reason: PauseReason, on: boolean): void => {
    const before = reasons.size;
    if (on) reasons.add(reason);
    else reasons.delete(reason);
    if (before === 0 && reasons.size > 0) monitor.pause();
    else if (before > 0 && reasons.size === 0) monitor.resume();
  };
  deps.powerMonitor.on('suspend', () => set('suspended', true));
  deps.powerMonitor.on('resume', () => set('suspended', false));
  deps.powerMonitor.on('lock-screen', () => set('locked', true));
  deps.powerMonitor.on('unlock-screen', () => set('locked', false));
  const poll = (): void => set('offline', !deps.isOnline());
  poll();
  const every = options.setInterval ?? ((fn, ms) => setInterval(fn, ms).unref());
  const stop = options.clearInterval ?? ((h) => clearInterval(h as NodeJS.Timeout));
  const handle = every(poll, options.pollMs ?? 10_000);
  return () => stop(handle);
}
