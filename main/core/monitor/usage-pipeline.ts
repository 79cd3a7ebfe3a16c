// The glue between the monitor and what it feeds: each successful reading goes to the
// history (samples, resets) and the alert policy; run-out estimates come back from the
// history. Composition passes the result as part of the monitor's deps.
import type { UsageStatusData } from '../../../common/users-api';
import type { AlertCenter } from '../alerts/alert-center';
import type { UsageHistory } from '../history/usage-history';
import type { MonitorDeps } from './usage-monitor';

export function usagePipeline(
  history: UsageHistory,
  alerts: AlertCenter,
): Required<Pick<MonitorDeps, 'onUsage' | 'runOutHours'>> {
  return {
    onUsage(usage: UsageStatusData, at: number): void {
      history.record(usage, at);
      alerts.onSample({ llm: usage.llm_usage, embedding: usage.embedding_usage });
    },
    runOutHours: (now: number) => history.runOutHours(now),
  };
}
