// ipcMain handlers for every channel of the contract, each behind the same two gates: the
// sender must be the top frame of one of our windows showing our app:// origin, and the
// payload must pass the channel's validator. Only then is the core's handler called
// (Fiddle's src/main/ipc.ts, GitHub Desktop's trusted-ipc-sender.ts).
import type { ContractHandlers, InvokeChannel } from '../../common/ipc-contract';
import { INVOKE_CHANNELS } from '../../common/ipc-contract';
import { validateArgs } from '../../common/ipc-validators';
import { fail, type Result } from '../../common/result';
import type { InvokeEventLike, IpcMainLike } from './electron-deps';
import { isAppUrl } from './hardening';

/** Whether an invoke came from a window of ours, from its top frame, on our origin. */
export function isTrustedSender(
  event: InvokeEventLike,
  isOurWebContents: (id: number) => boolean,
): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) return false;
  return isAppUrl(frame.url) && isOurWebContents(event.sender.id);
}

export const UNTRUSTED_SENDER = fail('forbidden', 'This request did not come from the app.');

type AnyHandler = (args: unknown) => Promise<Result<unknown>>;

/** Calls a handler that passed both gates; a throw is a bug, answered as a value. */
async function call(channel: InvokeChannel, handler: AnyHandler, args: unknown) {
  try {
    return await handler(args);
  } catch (error) {
    // Only the channel and the error's type: arguments may hold a token.
    console.error(`IPC handler for ${channel} threw`, error instanceof Error ? error.name : '');
    return fail('internal', 'Something went wrong inside the app. Please try again.');
  }
}

/** Registers every contract channel; returns the function that removes them all. */
export function registerContractHandlers(
  ipcMain: IpcMainLike,
  handlers: ContractHandlers,
  isOurWebContents: (id: number) => boolean,
): () => void {
  for (const channel of INVOKE_CHANNELS) {
    const handler = handlers[channel] as AnyHandler;
    ipcMain.handle(channel, async (event, raw) => {
      if (!isTrustedSender(event, isOurWebContents)) return UNTRUSTED_SENDER;
      const args = validateArgs(channel, raw);
      if (!args.ok) return args;
      return call(channel, handler, args.value);
    });
  }
  return () => {
    for (const channel of INVOKE_CHANNELS) ipcMain.removeHandler(channel);
  };
}
