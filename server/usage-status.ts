// A stored usage row in the API's wire shape: one place for the route and the operator.
import { remainingOf, type UsageStatusData } from '../common/users-api';
import type { UsageRow } from './store';

export function usageStatusOf(u: UsageRow): UsageStatusData {
  return {
    llm_usage: {
      current: u.llm_current,
      limit: u.llm_limit,
      remaining: remainingOf(u.llm_current, u.llm_limit),
    },
    embedding_usage: {
      current: u.embedding_current,
      limit: u.embedding_limit,
      remaining: remainingOf(u.embedding_current, u.embedding_limit),
    },
  };
}
