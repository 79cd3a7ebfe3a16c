// The browser preview's WebSocket bridge protocol, shared by the renderer's client
// (renderer/lib/ws-bridge.ts) and the preview host (main/preview*), so both sides agree on
// one shape. URL: ws://127.0.0.1:PORT/bridge?session=SECRET (the page gets `bridge` and
// `session` from its own query string). Every frame is one JSON text message.
import type { EventName, EventPayload, InvokeChannel, InvokeResult } from './ipc-contract';
import { EVENT_NAMES } from './ipc-contract';
import type { Result } from './result';
import { isPlainObject } from './users-api';

/** Page → host: invoke `channel` with `args` (validated by the host with IPC_VALIDATORS). */
export interface BridgeRequest<C extends InvokeChannel = InvokeChannel> {
  id: number;
  channel: C;
  args: unknown;
}

/** Host → page: the result of the request with the same id (always a Result, never a throw). */
export interface BridgeResponse<C extends InvokeChannel = InvokeChannel> {
  id: number;
  result: InvokeResult<C>;
}

/** Host → page: a push event of the contract. */
export interface BridgeEvent<E extends EventName = EventName> {
  event: E;
  payload: EventPayload<E>;
}

export type HostMessage = BridgeResponse | BridgeEvent;

/** The WebSocket path on the preview host, and the query parameter carrying the secret. */
export const BRIDGE_PATH = '/bridge';
export const BRIDGE_SESSION_PARAM = 'session';
/**
 * Id of the `<script type="application/json">` the preview host puts in the page it serves
 * with the right session: the current snapshot, so the popover draws numbers without waiting
 * for the socket (not executed, so the strict CSP holds).
 */
export const EMBEDDED_SNAPSHOT_ID = 'ptray-snapshot';
/** The page's query parameter that carries the full ws:// URL of the bridge. */
export const BRIDGE_URL_PARAM = 'bridge';

/** A frame larger than this is refused by both sides (config bodies are ≤ 64 KiB). */
export const MAX_BRIDGE_FRAME_BYTES = 256 * 1024;

/** Parses a page → host frame; anything else is null (the host then answers nothing). */
export function parseRequest(text: string): BridgeRequest | null {
  let msg: unknown;
  try {
    msg = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isPlainObject(msg) || !Number.isSafeInteger(msg.id) || typeof msg.channel !== 'string') {
    return null;
  }
  return { id: msg.id as number, channel: msg.channel as InvokeChannel, args: msg.args };
}

/** Parses a host → page frame; a malformed frame is null and ignored by the client. */
export function parseHostMessage(text: string): HostMessage | null {
  let msg: unknown;
  try {
    msg = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isPlainObject(msg)) return null;
  if (Number.isSafeInteger(msg.id) && isResult(msg.result)) {
    return { id: msg.id as number, result: msg.result as InvokeResult<InvokeChannel> };
  }
  if (typeof msg.event === 'string' && (EVENT_NAMES as readonly string[]).includes(msg.event)) {
    return { event: msg.event as EventName, payload: msg.payload as EventPayload<EventName> };
  }
  return null;
}

function isResult(value: unknown): value is Result<unknown> {
  return isPlainObject(value) && typeof value.ok === 'boolean';
}
