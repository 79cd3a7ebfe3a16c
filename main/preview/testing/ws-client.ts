// A minimal bridge client for the preview host's tests: opens a socket with a given Origin,
// sends raw frames and waits for the answer with an id.
import { WebSocket } from 'ws';

export interface TestSocket {
  ws: WebSocket;
  frames: unknown[];
  send(frame: unknown): void;
  answer(id: number, timeoutMs?: number): Promise<unknown>;
  close(): void;
}

/** Connects, or rejects with the HTTP status of a refused upgrade (e.g. "403"). */
export function connect(url: string, origin: string): Promise<TestSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { origin });
    const frames: unknown[] = [];
    ws.on('message', (d) => frames.push(JSON.parse(String(d))));
    ws.on('unexpected-response', (_req, res) => reject(new Error(String(res.statusCode))));
    ws.on('error', reject);
    ws.on('open', () =>
      resolve({
        ws,
        frames,
        send: (frame) => ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame)),
        answer: (id, timeoutMs = 5_000) =>
          new Promise((res, rej) => {
            const started = Date.now();
            const poll = (): void => {
              const hit = frames.find((f) => (f as { id?: number }).id === id);
              if (hit) res((hit as { result: unknown }).result);
              else if (Date.now() - started > timeoutMs) rej(new Error(`no answer to ${id}`));
              else setTimeout(poll, 10);
            };
            poll();
          }),
        close: () => ws.close(),
      }),
    );
  });
}
