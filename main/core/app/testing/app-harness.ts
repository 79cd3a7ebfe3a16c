// Test harness for the app core on real parts: the reference server on loopback, a settings
// file in a temp folder (the test passes the conf adapter), the memory secret store, a fake clock (so only the test
// decides when the monitor polls) and a fetch that counts requests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_NAMES, type EventName, type EventPayload } from '../../../../common/ipc-contract';
import { MemorySecretStore } from '../../secrets/memory-secret-store';
import { openSettingsStore, type SettingsFile } from '../../settings/settings-store';
import { FakeClock } from '../../testing/fake-clock';
import { RecordingNotifier } from '../../testing/fake-notifier';
import { createAppCore, type AppCore, type ShellActions } from '../app-core';
import { ok } from '../../../../common/result';

export interface Harness {
  core: AppCore;
  clock: FakeClock;
  notifier: RecordingNotifier;
  keychain: MemorySecretStore;
  dataDir: string;
  requests: string[];
  events: { [E in EventName]?: EventPayload<E>[] };
  shellCalls: string[];
  cleanup(): Promise<void>;
}

export function tempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface HarnessOptions {
  /** The settings file on disk (the test passes the conf adapter); its folder is `dataDir`. */
  settingsFile: (dataDir: string) => SettingsFile;
  dataDir?: string;
  demo?: () => Promise<{ baseUrl: string; token: string }>;
}

export function openHarness(opts: HarnessOptions): Harness {
  const dir = opts.dataDir ? null : tempDir('ptray-core-');
  const dataDir = opts.dataDir ?? (dir as { path: string }).path;
  const clock = new FakeClock();
  const notifier = new RecordingNotifier();
  const keychain = new MemorySecretStore();
  const requests: string[] = [];
  const shellCalls: string[] = [];
  const shell: ShellActions = {
    openPreferences: (tab) => void shellCalls.push(`preferences:${tab ?? ''}`),
    openExternal: async (url) => (shellCalls.push(`external:${url}`), ok(null)),
    quit: () => void shellCalls.push('quit'),
    setLaunchAtLogin: async (on) => (shellCalls.push(`login:${on}`), ok(null)),
    startDemo: opts.demo ?? (async () => Promise.reject(new Error('no demo here'))),
  };
  const core = createAppCore({
    settings: openSettingsStore(opts.settingsFile(dataDir), () => clock.now()),
    secrets: keychain,
    clock,
    notifier,
    shell,
    fetch: (url, init) => {
      requests.push(`${init.method ?? 'GET'} ${new URL(url).pathname}`);
      return fetch(url, init);
    },
    http: { retry: { maxAttempts: 1, baseMs: 1, capMs: 1 }, timeoutMs: 5_000 },
  });
  const events: Harness['events'] = {};
  for (const name of EVENT_NAMES) {
    core.on(name, (payload) => {
      const list = (events[name] ??= []) as unknown[];
      list.push(payload);
    });
  }
  return {
    core,
    clock,
    notifier,
    keychain,
    dataDir,
    requests,
    events,
    shellCalls,
    async cleanup() {
      await core.dispose();
      dir?.remove();
    },
  };
}
