// Which tray icon stands for a snapshot: the fuller of the two quotas as a level, or a
// variant for "no data yet", "stale" and "signed out". Pure, so every rule is unit-tested
// here and the Electron shell only maps the key to a file (scripts/generate-icons.ts).
import type { UsageSnapshot } from '../../../common/snapshot';

/** Six fill steps: 0 = under 20 % used … 4 = 80-99 %, 5 = the quota is used up. */
export const TRAY_LEVELS = [0, 1, 2, 3, 4, 5] as const;
export type TrayLevel = (typeof TRAY_LEVELS)[number];

export type TrayIconKey =
  `level-${TrayLevel}` | `level-${TrayLevel}-stale` | 'no-data' | 'signed-out';

/** Every icon the shell may ask for; the icon generator draws exactly this list. */
export const TRAY_ICON_KEYS: readonly TrayIconKey[] = [
  ...TRAY_LEVELS.map((l) => `level-${l}` as const),
  ...TRAY_LEVELS.map((l) => `level-${l}-stale` as const),
  'no-data',
  'signed-out',
];

/** The level of one percentage: 20-point steps, and 5 only once the quota is exhausted. */
export function levelOf(percentUsed: number): TrayLevel {
  if (!Number.isFinite(percentUsed) || percentUsed <= 0) return 0;
  if (percentUsed >= 100) return 5;
  return Math.min(4, Math.floor(percentUsed / 20)) as TrayLevel;
}

/** The percentage of the fuller quota, or null when neither quota is known. */
export function fullerPercent(snapshot: UsageSnapshot): number | null {
  const known = [snapshot.llm, snapshot.embedding].filter((q) => q !== null);
  if (known.length === 0) return null;
  return Math.max(...known.map((q) => q.percentUsed));
}

export function trayIconKey(snapshot: UsageSnapshot): TrayIconKey {
  if (!snapshot.auth.signedIn) return 'signed-out';
  const percent = fullerPercent(snapshot);
  if (percent === null) return 'no-data';
  const level = levelOf(percent);
  return snapshot.stale ? `level-${level}-stale` : `level-${level}`;
}
