// The push side of the contract: one typed emitter for every event of common/ipc-contract.ts.
// Notices (e.g. "your settings file was damaged") are kept and replayed to each new
// `notice` subscriber, because the one that matters usually happens before any window
// (or the CLI's printer) has subscribed.
import type { EventName, EventPayload, Notice } from '../../../common/ipc-contract';

type Listener<E extends EventName> = (payload: EventPayload<E>) => void;

export class EventHub {
  readonly #listeners = new Map<EventName, Set<(payload: never) => void>>();
  readonly #notices: Notice[] = [];

  on<E extends EventName>(event: E, callback: Listener<E>): () => void {
    const set = this.#listeners.get(event) ?? new Set();
    set.add(callback as (payload: never) => void);
    this.#listeners.set(event, set);
    if (event === 'notice') {
      for (const notice of this.#notices) (callback as Listener<'notice'>)(notice);
    }
    return () => {
      set.delete(callback as (payload: never) => void);
    };
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    if (event === 'notice') this.#notices.push(payload as Notice);
    for (const listener of [...(this.#listeners.get(event) ?? [])]) {
      (listener as Listener<E>)(payload);
    }
  }

  /** Notices pushed during this run (oldest first), for shells that show them on demand. */
  notices(): readonly Notice[] {
    return this.#notices;
  }
}
