import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, type ContractHandlers } from '../../common/ipc-contract';
import { createElectronStub, StubBrowserWindow } from '../../test/stubs/electron';
import { registerContractHandlers } from './ipc-register';
import { fakeShellCore } from './testing/fake-shell-core';

function setup() {
  const stub = createElectronStub();
  const fake = fakeShellCore();
  const ours = new StubBrowserWindow({});
  ours.url = 'app://bundle/index.html#popover';
  const stranger = new StubBrowserWindow({});
  stranger.url = 'app://bundle/index.html';
  const remove = registerContractHandlers(
    stub.ipcMain,
    fake.core.handlers,
    (id) => id === ours.webContents.id,
  );
  return { stub, fake, ours, stranger, remove };
}

describe('IPC registration', () => {
  it('registers a handler for every contract channel, and removes them all', () => {
    const { stub, remove } = setup();
    expect([...stub.ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    remove();
    expect(stub.ipcMain.handlers.size).toBe(0);
  });

  it('passes a valid call from our window to the handler', async () => {
    const { stub, fake, ours } = setup();
    const result = await stub.ipcMain.invoke('config:load', ours.frame(), { scope: 'user' });
    expect(result).toEqual({ ok: true, value: null });
    expect(fake.calls).toEqual([['config:load', { scope: 'user' }]]);
  });

  it.each(INVOKE_CHANNELS)('%s refuses senders that are not our window', async (channel) => {
    const { stub, fake, ours, stranger } = setup();
    const senders = [
      stranger.frame(), // another webContents on the same origin
      ours.frame('https://evil.example/'), // our window, navigated away
      ours.frame('file:///etc/passwd'),
      ours.frame(ours.url, { url: ours.url }), // a subframe of our page
      { sender: { id: ours.webContents.id }, senderFrame: null }, // frame gone
    ];
    for (const event of senders) {
      const result = await stub.ipcMain.invoke(channel, event, undefined);
      expect(result).toMatchObject({ ok: false, code: 'forbidden' });
    }
    expect(fake.calls).toEqual([]);
  });

  it.each(INVOKE_CHANNELS)('%s refuses a payload that fails validation', async (channel) => {
    const { stub, fake, ours } = setup();
    for (const bad of [42, 'text', [1, 2], { unexpected: true, scope: 'nope' }]) {
      const result = await stub.ipcMain.invoke(channel, ours.frame(), bad);
      expect(result).toMatchObject({ ok: false, code: 'invalid_input' });
    }
    expect(fake.calls).toEqual([]);
  });

  it('answers a handler that throws with a value that leaks nothing', async () => {
    const stub = createElectronStub();
    const fake = fakeShellCore();
    const win = new StubBrowserWindow({});
    win.url = 'app://bundle/index.html';
    const handlers = {
      ...fake.core.handlers,
      'auth:sign-in': async () => {
        throw new Error('secret-token-value');
      },
    } as ContractHandlers;
    registerContractHandlers(stub.ipcMain, handlers, () => true);
    const result = await stub.ipcMain.invoke('auth:sign-in', win.frame(), {
      baseUrl: 'https://platform.prometheux.ai/api/v1',
      token: 'secret-token-value',
    });
    expect(result).toMatchObject({ ok: false, code: 'internal' });
    expect(JSON.stringify(result)).not.toContain('secret');
  });
});
