// What the preview host counts for the e2e suite: requests the core sent to the Users API
// (by method and path below /api/v1), bridge requests that reached a handler, and events
// pushed to pages. Only counts and paths: never a header, body or token.
import type { FetchLike } from '../core/api/http-request';

export class Counters {
  readonly http: Record<string, number> = {};
  readonly bridge: Record<string, number> = {};
  readonly events: Record<string, number> = {};

  static bump(map: Record<string, number>, key: string): void {
    map[key] = (map[key] ?? 0) + 1;
  }

  /** Wraps fetch so each outgoing request is counted, failures included. */
  countingFetch(inner: FetchLike = (url, init) => fetch(url, init)): FetchLike {
    return (url, init) => {
      const path = new URL(url).pathname.replace(/^.*\/api\/v1/, '');
      Counters.bump(this.http, `${init.method ?? 'GET'} ${path}`);
      return inner(url, init);
    };
  }

  toJSON(): {
    http: Record<string, number>;
    bridge: Record<string, number>;
    events: Record<string, number>;
  } {
    return { http: this.http, bridge: this.bridge, events: this.events };
  }
}
