// Pure display helpers shared by the views: how long ago, and a quota's colour level.
import type { MessageKey } from './i18n/en';

/** "just now", "N s ago", "N min ago", "N h ago" as a catalog key and number. */
export function agoParts(fromIso: string, nowMs: number): { key: MessageKey; n: number } {
  const seconds = Math.max(0, Math.round((nowMs - Date.parse(fromIso)) / 1000));
  if (seconds < 5) return { key: 'time.just_now', n: 0 };
  if (seconds < 60) return { key: 'time.seconds', n: seconds };
  if (seconds < 3600) return { key: 'time.minutes', n: Math.floor(seconds / 60) };
  return { key: 'time.hours', n: Math.floor(seconds / 3600) };
}

export type Level = 'ok' | 'warn' | 'critical' | 'exhausted';

/** The level a quota is drawn in: by the user's thresholds (default 80 % and 95 %). */
export function quotaLevel(
  percent: number,
  remaining: number,
  limit: number,
  thresholds: readonly number[] = [80, 95],
): Level {
  if (limit > 0 && remaining <= 0) return 'exhausted';
  if (limit === 0 && percent >= 100) return 'exhausted';
  const sorted = [...thresholds].sort((a, b) => a - b);
  const crossed = sorted.filter((t) => percent >= t).length;
  if (crossed === 0) return 'ok';
  return crossed >= 2 ? 'critical' : 'warn';
}

/** Parses "80, 95" into sorted percentages, or null when any part is not one. */
export function parseThresholds(text: string): number[] | null {
  const parts = text
    .split(/[,;\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 1 || parts.length > 10) return null;
  const values = parts.map(Number);
  if (values.some((v) => !Number.isFinite(v) || v <= 0 || v > 100)) return null;
  return [...new Set(values)].sort((a, b) => a - b);
}
