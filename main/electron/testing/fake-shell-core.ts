// A fake app core for the shell's tests: every contract channel answers with a canned
// value and records its calls; events are emitted by hand; pause/resume are counted.
import type {
  ContractHandlers,
  EventName,
  EventPayload,
  InvokeChannel,
  SettingsView,
} from '../../../common/ipc-contract';
import { INVOKE_CHANNELS } from '../../../common/ipc-contract';
import { ok } from '../../../common/result';
import { emptySnapshot, type UsageSnapshot } from '../../../common/snapshot';
import type { ShellCore, ShellServices } from '../shell-core';

export const FAKE_SETTINGS: SettingsView = {
  refreshIntervalSeconds: 60,
  alerts: {
    thresholds: { llm: [80, 95], embedding: [80, 95] },
    notificationsEnabled: true,
    snoozeUntil: null,
  },
  launchAtLogin: false,
};

export function fakeShellCore(
  snapshot: UsageSnapshot = emptySnapshot(),
  settings: SettingsView = FAKE_SETTINGS,
) {
  const calls: [InvokeChannel, unknown][] = [];
  const listeners = new Map<EventName, Set<(p: unknown) => void>>();
  const monitor = { pauses: 0, resumes: 0 };
  const visible: boolean[] = [];
  let onStart: (() => void) | null = null;
  let services: ShellServices | null = null;
  let disposed = 0;
  const handlers = {} as Record<InvokeChannel, (args: unknown) => Promise<unknown>>;
  for (const channel of INVOKE_CHANNELS) {
    handlers[channel] = async (args) => {
      calls.push([channel, args]);
      if (channel === 'settings:get') return ok(settings);
      if (channel === 'snapshot:get' || channel === 'usage:refresh') return ok(snapshot);
      return ok(null);
    };
  }
  const core: ShellCore = {
    handlers: handlers as unknown as ContractHandlers,
    on(event, callback) {
      const set = listeners.get(event) ?? new Set();
      set.add(callback as (p: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(callback as (p: unknown) => void);
    },
    monitor: { pause: () => void monitor.pauses++, resume: () => void monitor.resumes++ },
    start: async () => onStart?.(),
    setWindowVisible: (v) => void visible.push(v),
    dispose: async () => void disposed++,
  };
  return {
    core,
    calls,
    monitor,
    create: async (s: ShellServices) => ((services = s), core),
    services: () => services,
    disposed: () => disposed,
    visible,
    /** What core.start() does (e.g. publish the cached snapshot). */
    onStart: (fn: () => void) => void (onStart = fn),
    emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
      for (const l of listeners.get(event) ?? []) l(payload);
    },
  };
}
