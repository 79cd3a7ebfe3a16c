import { describe, expect, it } from 'vitest';
import { FakeSocket } from './testing/fake-socket';
import { createWsBridge } from './ws-bridge';

function setup() {
  const sockets: FakeSocket[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const navigated: string[] = [];
  const bridge = createWsBridge('ws://127.0.0.1:1/bridge?session=s', {
    connect: () => {
      const s = new FakeSocket();
      sockets.push(s);
      return s;
    },
    local: { navigate: (h) => navigated.push(h), openExternal: (u) => navigated.push(u) },
    setTimer: (fn, ms) => timers.push({ fn, ms }),
  });
  const socket = (): FakeSocket => sockets.at(-1) as FakeSocket;
  return { bridge, sockets, socket, timers, navigated };
}

describe('preview WebSocket bridge client', () => {
  it('queues calls until open, then matches responses by id', async () => {
    const { bridge, socket } = setup();
    const a = bridge.loadConfig({ scope: 'user' });
    const b = bridge.getSnapshot();
    expect(socket().sent).toEqual([]);
    socket().open();
    const frames = socket().sent.map((f) => JSON.parse(f));
    expect(frames).toEqual([
      { id: 1, channel: 'config:load', args: { scope: 'user' } },
      { id: 2, channel: 'snapshot:get', args: null },
    ]);
    socket().receive({ id: 2, result: { ok: true, value: 'snap' } });
    socket().receive({ id: 1, result: { ok: false, code: 'forbidden', message: 'No.' } });
    expect(await b).toEqual({ ok: true, value: 'snap' });
    expect(await a).toEqual({ ok: false, code: 'forbidden', message: 'No.' });
  });

  it('delivers contract events to subscribers until they unsubscribe; ignores junk', () => {
    const { bridge, socket } = setup();
    socket().open();
    const seen: unknown[] = [];
    const off = bridge.on('notice', (n) => seen.push(n));
    socket().receive({ event: 'notice', payload: { level: 'info', message: 'a', code: null } });
    socket().receive('not json');
    socket().receive({ event: 'bogus', payload: 1 });
    off();
    socket().receive({ event: 'notice', payload: { level: 'info', message: 'b', code: null } });
    expect(seen).toEqual([{ level: 'info', message: 'a', code: null }]);
  });

  it('fails pending calls as values when the connection drops, then reconnects', async () => {
    const { bridge, sockets, socket, timers } = setup();
    socket().open();
    const pending = bridge.refreshUsage();
    socket().close();
    expect(await pending).toMatchObject({ ok: false, code: 'network' });
    const reconnect = timers.find((t) => t.ms === 500);
    reconnect?.fn();
    expect(sockets).toHaveLength(2);
    const seen: unknown[] = [];
    bridge.on('snapshot:changed', (s) => seen.push(s));
    socket().open();
    const frame = JSON.parse(socket().sent[0] ?? '{}');
    expect(frame.channel).toBe('snapshot:get');
    socket().receive({ id: frame.id, result: { ok: true, value: { fresh: true } } });
    await Promise.resolve();
    await Promise.resolve();
    expect(seen).toEqual([{ fresh: true }]);
  });

  it('never sends, after a reconnect, a call that already failed while connecting', async () => {
    const { bridge, socket, timers } = setup();
    const early = bridge.saveConfig({ scope: 'user' });
    socket().close();
    expect(await early).toMatchObject({ ok: false, code: 'network' });
    timers.find((t) => t.ms === 500)?.fn();
    socket().open();
    expect(socket().sent).toEqual([]);
  });

  it('times a call out as a value', async () => {
    const { bridge, socket, timers } = setup();
    socket().open();
    const p = bridge.getHistory();
    timers.find((t) => t.ms === 30_000)?.fn();
    expect(await p).toMatchObject({ ok: false, code: 'timeout' });
  });

  it('opens preferences and sign-in by navigating, without asking the host', async () => {
    const { bridge, socket, navigated } = setup();
    socket().open();
    expect(await bridge.openPreferences({ tab: 'alerts' })).toEqual({ ok: true, value: null });
    await bridge.openSignIn();
    expect(navigated).toEqual(['preferences/alerts', 'sign-in']);
    expect(socket().sent).toEqual([]);
  });
});
