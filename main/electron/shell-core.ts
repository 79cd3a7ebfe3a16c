// What the shell needs from the app core (main/core/app/), and what it gives it. The core
// implements the contract's channels; the shell owns the channels that are about windows
// and the process itself, and supplies the desktop pieces (notifier, windows, autostart).
import type {
  ContractHandlers,
  EventName,
  EventPayload,
  PreferencesTab,
} from '../../common/ipc-contract';
import { ok, type Result } from '../../common/result';
import type { Notifier } from '../core/ports';
import type { MonitorControl } from './power-driver';

export interface ShellCore {
  /** One handler per contract channel; the shell's own channels below replace the core's. */
  handlers: ContractHandlers;
  /** Subscribes to a push event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, callback: (payload: EventPayload<E>) => void): () => void;
  monitor: MonitorControl;
  /** Opens the active session (cached snapshot, then a refresh); after the shell listens. */
  start?(): Promise<unknown>;
  /** An open window refreshes faster. */
  setWindowVisible?(visible: boolean): void;
  /** Stops timers and servers, flushes state; called once before the app quits. */
  dispose(): Promise<void>;
}

/** Desktop services the shell hands to the core factory (core's ShellActions, minus demo). */
export interface ShellServices {
  notifier: Notifier;
  openPreferences(tab?: PreferencesTab): void;
  openSignIn(): void;
  /** https links on the allowlist only (external-links.ts). */
  openExternal(url: string): Promise<Result<null>>;
  quit(): void;
  setLaunchAtLogin(enabled: boolean): Promise<Result<null>>;
}

/** Channels answered by the shell itself, never by the core. */
export const SHELL_CHANNELS = [
  'window:open-preferences',
  'window:open-sign-in',
  'window:open-external',
  'app:quit',
] as const;
export type ShellChannel = (typeof SHELL_CHANNELS)[number];
export type ShellHandlers = Pick<ContractHandlers, ShellChannel>;

export function shellHandlers(services: ShellServices): ShellHandlers {
  return {
    'window:open-preferences': async ({ tab }) => (services.openPreferences(tab), ok(null)),
    'window:open-sign-in': async () => (services.openSignIn(), ok(null)),
    'window:open-external': async ({ url }) => services.openExternal(url),
    'app:quit': async () => (services.quit(), ok(null)),
  };
}
