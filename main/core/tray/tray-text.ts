// The tray's words: a tooltip with both percentages and the status line shown at the top
// of the menu (on Linux the AppIndicator shows no tooltip, so the menu carries the same
// facts: https://github.com/electron/electron/issues/6773).
import type { QuotaView, UsageSnapshot } from '../../../common/snapshot';

export const APP_TITLE = 'Prometheux Tray';

/** "12 %", rounded down below 100 so 99.6 % never reads as a full quota. */
export function formatPercent(percent: number): string {
  const shown = percent < 100 ? Math.floor(percent) : Math.round(percent);
  return `${shown} %`;
}

function quotaLine(label: string, quota: QuotaView | null): string {
  if (quota === null) return `${label}: unknown`;
  return `${label}: ${formatPercent(quota.percentUsed)} used (${quota.remaining} of ${quota.limit} left)`;
}

/** Short one-line status, e.g. "LLM 15 % · Embeddings 10 %". */
export function statusLine(snapshot: UsageSnapshot): string {
  if (!snapshot.auth.signedIn) return 'Signed out';
  if (snapshot.llm === null && snapshot.embedding === null) {
    return snapshot.error ? 'Usage unavailable' : 'Loading usage…';
  }
  const part = (label: string, q: QuotaView | null): string =>
    `${label} ${q === null ? '?' : formatPercent(q.percentUsed)}`;
  const line = `${part('LLM', snapshot.llm)} · ${part('Embeddings', snapshot.embedding)}`;
  return snapshot.stale ? `${line} (out of date)` : line;
}

/** The tooltip: title, then one line per quota, then why it may be out of date. */
export function tooltipText(snapshot: UsageSnapshot): string {
  if (!snapshot.auth.signedIn) {
    const why = snapshot.auth.reason ? `\n${snapshot.auth.reason}` : '';
    return `${APP_TITLE}\nSigned out${why}`;
  }
  const lines = [
    APP_TITLE,
    quotaLine('LLM', snapshot.llm),
    quotaLine('Embeddings', snapshot.embedding),
  ];
  if (snapshot.stale) lines.push('Out of date: the last refresh did not succeed');
  else if (snapshot.error) lines.push(snapshot.error.message);
  return lines.join('\n');
}
