// An in-memory UsersApi for unit tests of the monitor and config sync: scripted usage,
// ETags that behave like the reference server's, injectable failures, call counters.
import { fail, ok, type Failure, type Result } from '../../../common/result';
import type { ConfigData, Role, Scope, UsageStatusData } from '../../../common/users-api';
import type { Conditional, UsersApi } from '../ports';

export function usage(
  llm: number,
  embedding: number,
  llmLimit = 1000,
  embLimit = 500,
): UsageStatusData {
  return {
    llm_usage: { current: llm, limit: llmLimit, remaining: Math.max(0, llmLimit - llm) },
    embedding_usage: {
      current: embedding,
      limit: embLimit,
      remaining: Math.max(0, embLimit - embedding),
    },
  };
}

export class FakeUsersApi implements UsersApi {
  role: Role = 'user';
  usage: UsageStatusData = usage(100, 50);
  configs: Record<Scope, { data: ConfigData; version: number }> = {
    user: { data: {}, version: 1 },
    organization: { data: {}, version: 1 },
  };
  /** Failures returned (in order) by the next calls of any kind, before normal behaviour. */
  failures: Failure[] = [];
  /** When set, every call waits for this promise before answering (to test concurrency). */
  gate: Promise<void> | null = null;
  calls = { getRole: 0, getUsage: 0, loadConfig: 0, saveConfig: 0 };
  lastIfMatch: string | null | undefined;

  failNext(code: Failure['code'], message = `fake ${code}`, times = 1): void {
    for (let i = 0; i < times; i++) this.failures.push(fail(code, message));
  }

  totalCalls(): number {
    const c = this.calls;
    return c.getRole + c.getUsage + c.loadConfig + c.saveConfig;
  }

  private usageEtag(): string {
    return `"u-${this.usage.llm_usage.current}-${this.usage.llm_usage.limit}-${this.usage.embedding_usage.current}-${this.usage.embedding_usage.limit}"`;
  }

  private async pre(): Promise<Failure | null> {
    if (this.gate) await this.gate;
    return this.failures.shift() ?? null;
  }

  async getRole(): Promise<Result<Role>> {
    this.calls.getRole++;
    return (await this.pre()) ?? ok(this.role);
  }

  async getUsage(etag?: string | null): Promise<Result<Conditional<UsageStatusData>>> {
    this.calls.getUsage++;
    const failure = await this.pre();
    if (failure) return failure;
    const current = this.usageEtag();
    if (etag === current) return ok({ notModified: true });
    return ok({ notModified: false, data: structuredClone(this.usage), etag: current });
  }

  async loadConfig(scope: Scope, etag?: string | null): Promise<Result<Conditional<ConfigData>>> {
    this.calls.loadConfig++;
    const failure = await this.pre();
    if (failure) return failure;
    const stored = this.configs[scope];
    const current = `"c-${scope}-${stored.version}"`;
    if (etag === current) return ok({ notModified: true });
    return ok({ notModified: false, data: structuredClone(stored.data), etag: current });
  }

  async saveConfig(scope: Scope, data: ConfigData, ifMatch?: string | null) {
    this.calls.saveConfig++;
    this.lastIfMatch = ifMatch;
    const failure = await this.pre();
    if (failure) return failure;
    if (scope === 'organization' && this.role !== 'admin') {
      return fail('forbidden', 'Only an admin may change organization settings.');
    }
    const stored = this.configs[scope];
    if (ifMatch && ifMatch !== `"c-${scope}-${stored.version}"`) {
      return fail('conflict', 'The configuration changed since you loaded it.');
    }
    stored.version++;
    stored.data = structuredClone(data);
    const saved = { scope, version: stored.version, updated_at: new Date(0).toISOString() };
    return ok({ saved, etag: `"c-${scope}-${stored.version}"` });
  }

  /** Someone else saves (another device), bumping the version. */
  externalSave(scope: Scope, data: ConfigData): void {
    this.configs[scope].version++;
    this.configs[scope].data = structuredClone(data);
  }
}
