// The browser preview's Bridge: the contract over one WebSocket to the preview host
// (protocol in common/preview-protocol.ts). Requests made while connecting are queued;
// a dropped connection fails the pending calls as values and reconnects with backoff.
import type { Bridge, EventName, InvokeChannel } from '../../common/ipc-contract';
import { CHANNEL_METHODS } from '../../common/ipc-contract';
import type { BridgeRequest } from '../../common/preview-protocol';
import { parseHostMessage } from '../../common/preview-protocol';
import { fail } from '../../common/result';
import type { Result } from '../../common/result';

/** The part of the browser WebSocket the client uses; injectable for unit tests. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  addEventListener(type: 'open' | 'close' | 'error', listener: () => void): void;
  addEventListener(type: 'message', listener: (ev: { data: unknown }) => void): void;
}

/** What the preview does itself instead of asking the host (there are no windows to open). */
export interface LocalActions {
  navigate(hash: string): void;
  openExternal(url: string): void;
}

export interface WsBridgeOptions {
  connect: (url: string) => SocketLike;
  local: LocalActions;
  timeoutMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
}

const OPEN = 1;

export function createWsBridge(url: string, options: WsBridgeOptions): Bridge {
  const timer = options.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const timeoutMs = options.timeoutMs ?? 30_000;
  const pending = new Map<number, (r: Result<unknown>) => void>();
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let queue: string[] = [];
  let nextId = 1;
  let socket: SocketLike;
  let retryMs = 500;
  let everOpened = false;

  const emit = (event: EventName, payload: unknown): void =>
    listeners.get(event)?.forEach((cb) => cb(payload));

  function open(): void {
    socket = options.connect(url);
    socket.addEventListener('open', () => {
      retryMs = 500;
      for (const frame of queue) socket.send(frame);
      queue = [];
      // After a reconnect we may have missed pushes: fetch the snapshot once and replay it.
      if (everOpened) void call('snapshot:get', undefined).then(replaySnapshot);
      everOpened = true;
    });
    socket.addEventListener('message', (ev) => {
      const msg = typeof ev.data === 'string' ? parseHostMessage(ev.data) : null;
      if (!msg) return;
      if ('id' in msg) {
        pending.get(msg.id)?.(msg.result);
        pending.delete(msg.id);
      } else emit(msg.event, msg.payload);
    });
    socket.addEventListener('close', () => {
      // Calls that failed as values must not run later: drop their unsent frames too.
      queue = [];
      for (const resolve of pending.values()) {
        resolve(fail('network', 'Lost the connection to the preview host.'));
      }
      pending.clear();
      timer(open, retryMs);
      retryMs = Math.min(retryMs * 2, 10_000);
    });
  }

  function replaySnapshot(r: Result<unknown>): void {
    if (r.ok) emit('snapshot:changed', r.value);
  }

  function call(channel: InvokeChannel, args: unknown): Promise<Result<unknown>> {
    if (channel === 'window:open-preferences' || channel === 'window:open-sign-in') {
      const tab = (args as { tab?: string } | undefined)?.tab;
      options.local.navigate(channel === 'window:open-sign-in' ? 'sign-in' : prefsHash(tab));
      return Promise.resolve({ ok: true, value: null });
    }
    if (channel === 'window:open-external') {
      options.local.openExternal((args as { url: string }).url);
      return Promise.resolve({ ok: true, value: null });
    }
    const id = nextId++;
    const request: BridgeRequest = { id, channel, args: args ?? null };
    const frame = JSON.stringify(request);
    return new Promise((resolve) => {
      pending.set(id, resolve);
      timer(() => {
        if (!pending.delete(id)) return;
        resolve(fail('timeout', 'The preview host did not answer in time.'));
      }, timeoutMs);
      if (socket.readyState === OPEN) socket.send(frame);
      else queue.push(frame);
    });
  }

  open();
  const api: Record<string, unknown> = {};
  for (const [channel, method] of Object.entries(CHANNEL_METHODS) as [InvokeChannel, string][]) {
    api[method] = (args?: unknown) => call(channel, args);
  }
  api.on = (event: EventName, cb: (payload: unknown) => void): (() => void) => {
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event)?.add(cb);
    return () => listeners.get(event)?.delete(cb);
  };
  return api as Bridge;
}

function prefsHash(tab: string | undefined): string {
  return tab ? `preferences/${tab}` : 'preferences';
}
