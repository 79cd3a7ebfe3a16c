// The popover's first snapshot, from the first module main.ts imports: the one the preview
// host embedded in the page (drawn at once), and a request put on the wire before the rest of
// the entry (Svelte, views, catalogs) is evaluated, so the socket's handshake overlaps that
// work. The request also covers changes made after the page was served. Other views (or a
// later popover) ask for themselves.
import { EMBEDDED_SNAPSHOT_ID } from '../../common/preview-protocol';
import type { Result } from '../../common/result';
import type { UsageSnapshot } from '../../common/snapshot';
import { getBridge } from './bridge';
import { parseRoute } from './route';

export interface EarlySnapshot {
  /** The snapshot served inside the page (browser preview only), if any. */
  embedded: UsageSnapshot | null;
  /** The current snapshot, asked of the app before anything else. */
  request: Promise<Result<UsageSnapshot>>;
}

let early: EarlySnapshot | null =
  parseRoute(window.location.hash).view === 'popover'
    ? { embedded: readEmbedded(), request: getBridge().getSnapshot() }
    : null;

/** The early snapshot, once (the first popover of the page takes it); null afterwards. */
export function takeEarlySnapshot(): EarlySnapshot | null {
  const taken = early;
  early = null;
  return taken;
}

function readEmbedded(): UsageSnapshot | null {
  const text = document.getElementById(EMBEDDED_SNAPSHOT_ID)?.textContent;
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    const auth = (value as { auth?: { signedIn?: unknown } } | null)?.auth;
    return typeof auth?.signedIn === 'boolean' ? (value as UsageSnapshot) : null;
  } catch {
    return null;
  }
}
