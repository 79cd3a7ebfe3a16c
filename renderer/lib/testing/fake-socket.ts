// A scripted stand-in for the browser WebSocket, for unit tests of the bridge client's
// logic (queueing, ids, events, reconnect). The real socket is exercised by the e2e suite.
import type { SocketLike } from '../ws-bridge';

type Listener = (ev: { data: unknown }) => void;

export class FakeSocket implements SocketLike {
  readyState = 0;
  sent: string[] = [];
  #listeners = new Map<string, Listener[]>();

  send(data: string): void {
    if (this.readyState !== 1) throw new Error('send before open');
    this.sent.push(data);
  }
  close(): void {
    this.readyState = 3;
    this.#fire('close', { data: null });
  }
  addEventListener(type: string, listener: Listener): void {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener]);
  }
  open(): void {
    this.readyState = 1;
    this.#fire('open', { data: null });
  }
  receive(message: unknown): void {
    this.#fire('message', {
      data: typeof message === 'string' ? message : JSON.stringify(message),
    });
  }
  #fire(type: string, ev: { data: unknown }): void {
    for (const l of this.#listeners.get(type) ?? []) l(ev);
  }
}
