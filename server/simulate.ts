// Demo motion: adds usage to the demo users every few seconds so a tray crosses 80 % and
// 95 % within a couple of minutes (demo-user: 15 % → 80 % in ~80 s, 95 % in ~100 s), then,
// once a user is well past the limit, drops back to a low level (a "reset") and climbs again.
import type { OperatorOps } from './operator';
import { DEMO_ADMIN, DEMO_ORG, DEMO_USER } from './demo';

export interface SimulationOptions {
  everyMs?: number;
  org?: string;
  users?: readonly string[];
}

/** Starts the simulation; returns a function that stops it. */
export function startUsageSimulation(ops: OperatorOps, opts: SimulationOptions = {}): () => void {
  const org = opts.org ?? DEMO_ORG;
  const users = opts.users ?? [DEMO_USER, DEMO_ADMIN];
  const tick = (): void => {
    for (const user of users) {
      try {
        const u = ops.getUsage(org, user);
        if (!u) continue;
        const { llm_usage: llm, embedding_usage: emb } = u;
        if (llm.current >= llm.limit * 1.1 && emb.current >= emb.limit * 1.1) {
          ops.setUsage(org, user, {
            llm: Math.round(llm.limit * 0.15),
            embedding: Math.round(emb.limit * 0.1),
          });
        } else {
          ops.addUsage(org, user, {
            llm: Math.max(1, Math.round(llm.limit * 0.025)),
            embedding: Math.max(1, Math.round(emb.limit * 0.02)),
          });
        }
      } catch {
        // The database is closing: skip this tick.
      }
    }
  };
  const timer = setInterval(tick, opts.everyMs ?? 3000);
  timer.unref();
  return () => clearInterval(timer);
}
