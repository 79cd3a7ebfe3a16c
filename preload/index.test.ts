import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../common/ipc-contract';
import { CHANNEL_METHODS } from '../common/ipc-contract';

// A tiny stub of electron: records what the preload exposes and what it sends.
const exposed = new Map<string, unknown>();
const listeners = new Map<string, Set<(...a: unknown[]) => void>>();
const invoke = vi.fn(async (channel: string, args: unknown) => ({
  ok: true,
  value: { channel, args },
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: unknown) => exposed.set(name, api) },
  ipcRenderer: {
    invoke: (...a: [string, unknown]) => invoke(...a),
    on: (ch: string, l: (...a: unknown[]) => void) => {
      if (!listeners.has(ch)) listeners.set(ch, new Set());
      listeners.get(ch)?.add(l);
    },
    removeListener: (ch: string, l: (...a: unknown[]) => void) => listeners.get(ch)?.delete(l),
  },
}));

async function loadBridge(): Promise<Bridge> {
  await import('./index');
  return exposed.get('prometheux') as Bridge;
}

describe('preload', () => {
  beforeEach(() => invoke.mockClear());

  it('exposes one global with exactly one function per channel plus on()', async () => {
    const bridge = await loadBridge();
    expect([...exposed.keys()]).toEqual(['prometheux']);
    const expected = [...Object.values(CHANNEL_METHODS), 'on'].sort();
    expect(Object.keys(bridge).sort()).toEqual(expected);
    for (const key of expected)
      expect(typeof (bridge as unknown as Record<string, unknown>)[key]).toBe('function');
    expect(Object.isFrozen(bridge)).toBe(true);
    expect('invoke' in bridge || 'send' in bridge || 'ipcRenderer' in bridge).toBe(false);
  });

  it('invokes the named channel with exactly one argument', async () => {
    const bridge = await loadBridge();
    const r = await bridge.loadConfig({ scope: 'organization' });
    expect(invoke).toHaveBeenCalledWith('config:load', { scope: 'organization' });
    expect(r).toEqual({
      ok: true,
      value: { channel: 'config:load', args: { scope: 'organization' } },
    });
    await bridge.getSnapshot();
    expect(invoke).toHaveBeenLastCalledWith('snapshot:get', undefined);
    await (bridge.signOut as (...a: unknown[]) => Promise<unknown>)('extra', 'junk');
    expect(invoke).toHaveBeenLastCalledWith('auth:sign-out', 'extra');
  });

  it('strips the IPC event from subscriptions and unsubscribes', async () => {
    const bridge = await loadBridge();
    const seen: unknown[] = [];
    const off = bridge.on('notice', (payload) => seen.push(payload));
    const fire = (payload: unknown): void =>
      listeners.get('notice')?.forEach((l) => l({ sender: 'secret-ipc-event' }, payload));
    fire({ level: 'info', message: 'hi', code: null });
    expect(seen).toEqual([{ level: 'info', message: 'hi', code: null }]);
    off();
    fire({ level: 'info', message: 'again', code: null });
    expect(seen).toHaveLength(1);
    expect(listeners.get('notice')?.size).toBe(0);
  });

  it('refuses to subscribe to an event outside the contract', async () => {
    const bridge = await loadBridge();
    expect(() => bridge.on('ipc:raw' as 'notice', () => {})).toThrow(/Unknown bridge event/);
  });
});
