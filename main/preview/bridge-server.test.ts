// The bridge on a real loopback http server and real sockets, with a handler map that
// records calls: admission (session, origin, path), validation before handlers, failures
// contained to the request and the connection, events to every page.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContractHandlers, EventName } from '../../common/ipc-contract';
import { ok } from '../../common/result';
import { createBridge, type Bridge, type BridgeCore } from './bridge-server';
import { connect, type TestSocket } from './testing/ws-client';

let server: Server;
let bridge: Bridge;
let origin: string;
let wsUrl: string;
const calls: string[] = [];
const listeners = new Map<string, (p: unknown) => void>();
let open = -1;
const sockets: TestSocket[] = [];

const handlers = {
  'snapshot:get': async () => (calls.push('snapshot:get'), ok({ n: 1 })),
  'config:load': async (args: unknown) => (
    calls.push(`config:load ${JSON.stringify(args)}`),
    ok({})
  ),
  'usage:refresh': async () => {
    calls.push('usage:refresh');
    throw new Error('a bug');
  },
} as unknown as ContractHandlers;
const core: BridgeCore = {
  handlers,
  on: (event: EventName, cb: (p: never) => void) => {
    listeners.set(event, cb as (p: unknown) => void);
    return () => listeners.delete(event);
  },
};

beforeEach(async () => {
  calls.length = 0;
  server = createServer((_q, s) => s.end());
  bridge = createBridge({
    core,
    session: 'sekret-123',
    origins: () => [origin],
    log: () => undefined,
    onConnections: (n) => (open = n),
  });
  server.on('upgrade', (q, s, h) => bridge.upgrade(q, s, h));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  wsUrl = `ws://127.0.0.1:${port}/bridge?session=sekret-123`;
});

afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  bridge.close();
  await new Promise((r) => server.close(r));
});

async function page(): Promise<TestSocket> {
  const s = await connect(wsUrl, origin);
  sockets.push(s);
  return s;
}

describe('preview bridge', () => {
  it('refuses a wrong session, a foreign origin and another path', async () => {
    await expect(connect(wsUrl.replace('sekret-123', 'guess'), origin)).rejects.toThrow('403');
    await expect(connect(wsUrl.replace('sekret-123', ''), origin)).rejects.toThrow('403');
    await expect(connect(wsUrl, 'http://evil.example')).rejects.toThrow('403');
    await expect(connect(wsUrl.replace('/bridge', '/other'), origin)).rejects.toThrow('403');
    const s = await page();
    expect(open).toBe(1);
    s.send({ id: 1, channel: 'snapshot:get', args: null });
    expect(await s.answer(1)).toEqual({ ok: true, value: { n: 1 } });
  });

  it('validates before any handler runs', async () => {
    const s = await page();
    s.send({ id: 1, channel: 'config:load', args: { scope: 'everyone' } });
    s.send({ id: 2, channel: 'config:load', args: { scope: 'user', extra: 1 } });
    s.send({ id: 3, channel: 'shell:exec', args: null });
    s.send({ id: 4, channel: 'snapshot:get', args: { sneaky: true } });
    for (const id of [1, 2, 3, 4]) {
      expect(await s.answer(id)).toMatchObject({ ok: false, code: 'invalid_input' });
    }
    expect(calls).toEqual([]);
    s.send({ id: 5, channel: 'config:load', args: { scope: 'user' } });
    await s.answer(5);
    expect(calls).toEqual(['config:load {"scope":"user"}']);
  });

  it('ignores malformed frames and keeps the connection', async () => {
    const s = await page();
    s.send('not json');
    s.send({ id: 'x', channel: 'snapshot:get' });
    s.send([1, 2]);
    s.send({ id: 9, channel: 'snapshot:get', args: null });
    expect(await s.answer(9)).toMatchObject({ ok: true });
    expect(s.frames).toHaveLength(1);
  });

  it('turns a throwing handler into a failure value; other pages are unaffected', async () => {
    const a = await page();
    const b = await page();
    a.send({ id: 1, channel: 'usage:refresh', args: null });
    expect(await a.answer(1)).toEqual({
      ok: false,
      code: 'internal',
      message: 'The preview host could not complete this request.',
    });
    a.ws.terminate();
    b.send({ id: 2, channel: 'snapshot:get', args: null });
    expect(await b.answer(2)).toMatchObject({ ok: true });
    await expect.poll(() => open).toBe(1);
  });

  it('closes a socket that sends an oversized frame', async () => {
    const s = await page();
    const closed = new Promise<number>((r) => s.ws.on('close', (code) => r(code)));
    s.send({ id: 1, channel: 'snapshot:get', args: 'x'.repeat(300 * 1024) });
    expect(await closed).toBe(1009);
    const again = await page();
    again.send({ id: 2, channel: 'snapshot:get', args: null });
    expect(await again.answer(2)).toMatchObject({ ok: true });
  });

  it('pushes core events to every open page', async () => {
    const a = await page();
    const b = await page();
    listeners.get('notice')?.({ level: 'info', message: 'hello', code: null });
    for (const s of [a, b]) {
      await expect
        .poll(() => s.frames)
        .toContainEqual({
          event: 'notice',
          payload: { level: 'info', message: 'hello', code: null },
        });
    }
  });
});
