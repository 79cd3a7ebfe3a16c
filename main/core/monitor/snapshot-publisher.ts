// Holds the current UsageSnapshot and tells subscribers only when something visible changed
// (same content = same object, no call), and keeps the persisted copy up to date when the
// numbers, role or fetch time change (not on every flag).
import type { StatePort } from '../../../common/json';
import type { UsageSnapshot } from '../../../common/snapshot';
import { toCachedSnapshot } from './snapshot-cache';

export type SnapshotListener = (snapshot: UsageSnapshot) => void;

export class SnapshotPublisher {
  private published: string;
  private readonly listeners = new Set<SnapshotListener>();

  constructor(
    private current: UsageSnapshot,
    private readonly cache?: StatePort,
  ) {
    this.published = JSON.stringify(current);
  }

  get snapshot(): UsageSnapshot {
    return this.current;
  }

  /** Called at once with the current snapshot, then on every visible change. */
  subscribe(listener: SnapshotListener): () => void {
    this.listeners.add(listener);
    listener(this.current);
    return () => this.listeners.delete(listener);
  }

  update(change: Partial<UsageSnapshot>): void {
    const next = { ...this.current, ...change };
    const text = JSON.stringify(next);
    if (text === this.published) return;
    const cached = toCachedSnapshot(next);
    if (JSON.stringify(cached) !== JSON.stringify(toCachedSnapshot(this.current))) {
      this.cache?.save(cached);
    }
    this.current = next;
    this.published = text;
    for (const listener of this.listeners) listener(next);
  }
}
