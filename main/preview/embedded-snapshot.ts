// The snapshot the preview host writes into the page it serves (only for a request carrying
// the session secret): the popover draws its numbers without waiting for the WebSocket.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { BRIDGE_SESSION_PARAM, EMBEDDED_SNAPSHOT_ID } from '../../common/preview-protocol';
import type { UsageSnapshot } from '../../common/snapshot';

/** A JSON data block for the page's <head>, or null when the request lacks the secret. */
export function embeddedSnapshotTag(
  req: IncomingMessage,
  session: string,
  snapshot: () => UsageSnapshot,
): string | null {
  const given = new URL(req.url ?? '/', 'http://preview.invalid').searchParams.get(
    BRIDGE_SESSION_PARAM,
  );
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(session);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
  // "<" escaped, so no "</script>" inside the data can end the block.
  const json = JSON.stringify(snapshot()).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${EMBEDDED_SNAPSHOT_ID}">${json}</script>`;
}
