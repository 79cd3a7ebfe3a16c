// JSON values and the tiny persistence port each core module uses for its own state slot,
// so a module can validate what it loads without knowing how or where it is stored.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One opaque state slot (e.g. the settings store's `alerts` or `history` slot). */
export interface StatePort {
  /** Whatever was saved last, or undefined; the owner validates it and falls back to fresh state. */
  load(): unknown;
  save(state: Json): void;
}
