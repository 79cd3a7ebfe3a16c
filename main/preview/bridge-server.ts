// The preview's WebSocket bridge: the IPC contract over common/preview-protocol.ts. It
// admits a socket only with the session secret and this host's own Origin, validates every
// frame (parseRequest, isInvokeChannel, validateArgs) before a handler runs, answers every
// well-formed request with a Result, and contains each connection's failures to itself.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, WebSocket, type RawData } from 'ws';
import {
  EVENT_NAMES,
  type ContractHandlers,
  type EventName,
  type EventPayload,
} from '../../common/ipc-contract';
import { isInvokeChannel, validateArgs } from '../../common/ipc-validators';
import {
  BRIDGE_PATH,
  BRIDGE_SESSION_PARAM,
  MAX_BRIDGE_FRAME_BYTES,
  parseRequest,
  type BridgeRequest,
  type HostMessage,
} from '../../common/preview-protocol';
import { fail, type Result } from '../../common/result';

export interface BridgeCore {
  readonly handlers: ContractHandlers;
  on<E extends EventName>(event: E, callback: (payload: EventPayload<E>) => void): () => void;
}

export interface BridgeOptions {
  core: BridgeCore;
  session: string;
  /** The Origins a page of this host has (set once the port is known). */
  origins: () => readonly string[];
  log: (line: string) => void;
  /** Called with the number of open sockets whenever it changes (window visibility). */
  onConnections?: (open: number) => void;
  /** Called for each request that reached a handler (counters for the test hooks). */
  onHandled?: (channel: string) => void;
  /** Called for each event pushed to the pages. */
  onEvent?: (event: EventName) => void;
}

/** More unanswered requests than this on one socket are refused, not queued. */
const MAX_IN_FLIGHT = 64;

function sameSecret(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(ws: WebSocket, msg: HostMessage): void {
  if (ws.readyState !== WebSocket.OPEN) return;
  ws.send(JSON.stringify(msg));
}

export interface Bridge {
  /** Handles an HTTP upgrade; refuses (403) anything but a valid bridge request. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  openSockets(): number;
  close(): void;
}

export function createBridge(opts: BridgeOptions): Bridge {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_BRIDGE_FRAME_BYTES });
  const unsubscribe = EVENT_NAMES.map((event) =>
    opts.core.on(event, (payload) => {
      opts.onEvent?.(event);
      for (const ws of wss.clients) send(ws, { event, payload } as HostMessage);
    }),
  );

  async function dispatch(req: BridgeRequest): Promise<Result<unknown>> {
    if (!isInvokeChannel(req.channel)) return fail('invalid_input', 'Unknown request.');
    const args = validateArgs(req.channel, req.args);
    if (!args.ok) return args;
    const handler = opts.core.handlers[req.channel] as (a: unknown) => Promise<Result<unknown>>;
    opts.onHandled?.(req.channel);
    try {
      return await handler(args.value);
    } catch {
      // A bug in a handler: the page gets a value, the log gets the channel (never the args).
      opts.log(`bridge: the handler of ${req.channel} failed`);
      return fail('internal', 'The preview host could not complete this request.');
    }
  }

  function accept(ws: WebSocket): void {
    let inFlight = 0;
    const changed = (): void => opts.onConnections?.(wss.clients.size);
    changed();
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (isBinary) return;
      const req = parseRequest(data.toString());
      if (req === null) return;
      if (inFlight >= MAX_IN_FLIGHT) {
        send(ws, { id: req.id, result: fail('rate_limited', 'Too many requests at once.') });
        return;
      }
      inFlight += 1;
      void dispatch(req).then((result) => {
        inFlight -= 1;
        try {
          send(ws, { id: req.id, result } as HostMessage);
        } catch {
          send(ws, { id: req.id, result: fail('internal', 'The answer could not be sent.') });
        }
      });
    });
    ws.on('error', () => ws.terminate());
    ws.on('close', changed);
  }

  return {
    upgrade(req, socket, head) {
      // A reset socket must not become an unhandled 'error' that ends the host.
      socket.on('error', () => socket.destroy());
      const url = new URL(req.url ?? '/', 'http://preview.invalid');
      const origin = req.headers.origin ?? '';
      const allowed =
        url.pathname === BRIDGE_PATH &&
        sameSecret(url.searchParams.get(BRIDGE_SESSION_PARAM), opts.session) &&
        opts.origins().includes(origin);
      if (!allowed) {
        opts.log('bridge: refused a connection (wrong path, session or origin)');
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => accept(ws));
    },
    openSockets: () => wss.clients.size,
    close() {
      for (const off of unsubscribe) off();
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}
