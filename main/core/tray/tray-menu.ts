// The tray's context menu as plain data. The shell turns it into an Electron Menu; it is
// always set, because Linux AppIndicator ignores clicks on the icon
// (https://github.com/electron/electron/issues/6773).
import type { UsageSnapshot } from '../../../common/snapshot';
import { statusLine } from './tray-text';

export type TrayAction = 'open' | 'refresh' | 'snooze' | 'preferences' | 'quit';

export type TrayMenuItem =
  | { kind: 'status'; label: string }
  | { kind: 'separator' }
  | { kind: 'action'; action: TrayAction; label: string; enabled: boolean };

/** One hour: the length of "Snooze alerts 1 h". */
export const SNOOZE_MS = 60 * 60 * 1000;

export interface TrayMenuInput {
  snapshot: UsageSnapshot;
  /** Epoch ms until which alerts are snoozed, or null. */
  snoozedUntil: number | null;
  now: number;
  /** Formats a time of day for "Alerts snoozed until …"; injected so tests need no locale. */
  formatTime?: (epochMs: number) => string;
}

function defaultTime(epochMs: number): string {
  const d = new Date(epochMs);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export function trayMenu(input: TrayMenuInput): TrayMenuItem[] {
  const { snapshot } = input;
  const signedIn = snapshot.auth.signedIn;
  const snoozed = input.snoozedUntil !== null && input.snoozedUntil > input.now;
  const snoozeLabel = snoozed
    ? `Alerts snoozed until ${(input.formatTime ?? defaultTime)(input.snoozedUntil ?? 0)}`
    : 'Snooze alerts 1 h';
  return [
    { kind: 'status', label: statusLine(snapshot) },
    { kind: 'separator' },
    { kind: 'action', action: 'open', label: 'Open', enabled: true },
    {
      kind: 'action',
      action: 'refresh',
      label: snapshot.refreshing ? 'Refreshing…' : 'Refresh now',
      enabled: signedIn && !snapshot.refreshing,
    },
    { kind: 'action', action: 'snooze', label: snoozeLabel, enabled: signedIn && !snoozed },
    { kind: 'separator' },
    { kind: 'action', action: 'preferences', label: 'Preferences…', enabled: true },
    { kind: 'action', action: 'quit', label: 'Quit', enabled: true },
  ];
}
