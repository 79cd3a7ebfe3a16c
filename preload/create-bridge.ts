// Builds the renderer's Bridge from the contract's channel list over an ipcRenderer-like
// object: one named function per channel, no raw ipcRenderer, and subscriptions that strip
// the IpcRendererEvent and return an unsubscribe (electron/fiddle's preload does the same).
import type { IpcRendererEvent } from 'electron';
import type { Bridge, EventName, InvokeChannel } from '../common/ipc-contract';
import { CHANNEL_METHODS, EVENT_NAMES } from '../common/ipc-contract';

/** The three ipcRenderer methods the bridge needs; injected so tests need no Electron. */
export interface IpcLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): unknown;
  removeListener(
    channel: string,
    listener: (event: IpcRendererEvent, ...args: unknown[]) => void,
  ): unknown;
}

export function createBridge(ipc: IpcLike): Bridge {
  const api: Record<string, unknown> = {};
  for (const [channel, method] of Object.entries(CHANNEL_METHODS) as [InvokeChannel, string][]) {
    // Exactly one argument crosses, so a page cannot smuggle extra ones to a handler.
    api[method] = (args?: unknown) => ipc.invoke(channel, args);
  }
  api.on = (event: EventName, callback: (payload: unknown) => void): (() => void) => {
    if (!EVENT_NAMES.includes(event)) throw new Error(`Unknown bridge event: ${String(event)}`);
    const listener = (_event: IpcRendererEvent, payload: unknown): void => callback(payload);
    ipc.on(event, listener);
    return () => {
      ipc.removeListener(event, listener);
    };
  };
  return Object.freeze(api) as Bridge;
}
