// ShellActions for a host with no windows (the CLI, tests): nothing to open, no autostart,
// and no embedded demo server unless the host supplies one.
import { ok } from '../../../common/result';
import type { ShellActions } from './app-deps';

export function headlessShell(overrides: Partial<ShellActions> = {}): ShellActions {
  const nothing = async () => ok(null);
  return {
    openPreferences: () => undefined,
    openExternal: nothing,
    quit: () => undefined,
    setLaunchAtLogin: nothing,
    startDemo: () => Promise.reject(new Error('This program has no demo server.')),
    ...overrides,
  };
}
