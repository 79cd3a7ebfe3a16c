// Stand-in for the app core (main/core/app/) until it is wired into main/index.ts: the
// shell starts, shows a signed-out tray, and every request answers with a clear failure.
import type { ContractHandlers, InvokeChannel } from '../../common/ipc-contract';
import { INVOKE_CHANNELS } from '../../common/ipc-contract';
import { fail, ok } from '../../common/result';
import { emptySnapshot } from '../../common/snapshot';
import type { ShellCore } from './shell-core';

export function unwiredCore(): ShellCore {
  const handlers = {} as Record<InvokeChannel, () => Promise<unknown>>;
  for (const channel of INVOKE_CHANNELS) {
    handlers[channel] = async () =>
      channel === 'snapshot:get'
        ? ok(emptySnapshot())
        : fail('internal', 'This build of the app has no core wired in yet.');
  }
  return {
    handlers: handlers as unknown as ContractHandlers,
    on: () => () => undefined,
    monitor: { pause: () => undefined, resume: () => undefined },
    dispose: async () => undefined,
  };
}
