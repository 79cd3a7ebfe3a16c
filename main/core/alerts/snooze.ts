// Snooze choices. "1 hour" is now + 60 min; "tomorrow" is 09:00 local time on the next
// calendar day (a night's work is never interrupted, the morning shows what is current).
export type SnoozeChoice = 'hour' | 'tomorrow';

export const SNOOZE_MORNING_HOUR = 9;

/** When a snooze chosen at `now` ends (ms since the epoch). */
export function snoozeUntil(choice: SnoozeChoice, now: number): number {
  if (choice === 'hour') return now + 3_600_000;
  const date = new Date(now);
  date.setDate(date.getDate() + 1);
  date.setHours(SNOOZE_MORNING_HOUR, 0, 0, 0);
  return date.getTime();
}
