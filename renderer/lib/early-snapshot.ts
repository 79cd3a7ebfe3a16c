// The popover's snapshot request, made by the first module main.ts imports: it goes on the
// wire before the rest of the entry (Svelte, views, catalogs) is evaluated, so the socket's
// handshake overlaps that work. Any other view (or a later popover) asks for itself.
import type { Result } from '../../common/result';
import type { UsageSnapshot } from '../../common/snapshot';
import { getBridge } from './bridge';
import { parseRoute } from './route';

let early: Promise<Result<UsageSnapshot>> | null =
  parseRoute(window.location.hash).view === 'popover' ? getBridge().getSnapshot() : null;

/** The early request, once (the first popover of the page takes it); null afterwards. */
export function takeEarlySnapshot(): Promise<Result<UsageSnapshot>> | null {
  const taken = early;
  early = null;
  return taken;
}
