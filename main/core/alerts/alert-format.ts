// Turns the alerts of one sample into one notification (never one per alert), in words a
// user understands: "LLM quota 96 % used (960 of 1,000). Embedding quota exhausted."
import type { QuotaKind } from '../../../common/users-api';
import type { Alert } from './alert-policy';

export interface AlertNotification {
  title: string;
  body: string;
  tag: string;
}

const NAMES: Record<QuotaKind, string> = { llm: 'LLM quota', embedding: 'Embedding quota' };
const count = new Intl.NumberFormat('en-US');

function percent(current: number, limit: number): number {
  return Math.floor((current / limit) * 100);
}

function sentence(alert: Alert): string {
  const name = NAMES[alert.kind];
  const numbers = `(${count.format(alert.current)} of ${count.format(alert.limit)})`;
  if (alert.type === 'exhausted') return `${name} exhausted.`;
  if (alert.type === 'restored') return `${name} restored: ${numbers.slice(1, -1)} used.`;
  return `${name} ${percent(alert.current, alert.limit)} % used ${numbers}.`;
}

/** The most severe warning per quota (exhausted > highest threshold), then restorations. */
function pick(alerts: Alert[]): Alert[] {
  const chosen: Alert[] = [];
  for (const kind of ['llm', 'embedding'] as const) {
    const mine = alerts.filter((a) => a.kind === kind && a.type !== 'restored');
    const worst =
      mine.find((a) => a.type === 'exhausted') ??
      mine.reduce<Alert | undefined>(
        (best, a) =>
          a.type === 'threshold' &&
          (!best || (best.type === 'threshold' && a.threshold > best.threshold))
            ? a
            : best,
        undefined,
      );
    if (worst) chosen.push(worst);
  }
  return chosen;
}

/** One notification for everything that happened in a sample, or null when there is nothing. */
export function groupAlerts(alerts: Alert[]): AlertNotification | null {
  const warnings = pick(alerts);
  const restored = alerts.filter((a) => a.type === 'restored');
  const lines = [...warnings, ...restored].map(sentence);
  if (lines.length === 0) return null;
  if (warnings.length === 0) {
    return { title: 'Quota restored', body: lines.join(' '), tag: 'quota-restored' };
  }
  const exhausted = warnings.some((a) => a.type === 'exhausted');
  return {
    title: exhausted ? 'Prometheux quota exhausted' : 'Prometheux quota running low',
    body: lines.join(' '),
    tag: 'quota-alert',
  };
}
