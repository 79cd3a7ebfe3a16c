// The e2e fixtures: `preview` (a fresh preview host + reference server per test), `hooks`
// (its test-only endpoints) and `server` (the reference server's own command line and API,
// to change things behind the app's back).
import { spawn } from 'node:child_process';
import { test as base, expect, type Page } from '@playwright/test';
import { startPreview, type PreviewProcess } from './preview-process';

export interface Stats {
  http: Record<string, number>;
  bridge: Record<string, number>;
  events: Record<string, number>;
}

export interface Hooks {
  notifications(): Promise<{ title: string; body: string; tag: string }[]>;
  stats(): Promise<Stats>;
  stopServer(): Promise<void>;
  startServer(): Promise<void>;
}

export interface ServerControl {
  /** Runs `npm run server -- ARGS --data <this test's server folder>` (the operator CLI). */
  cli(...args: string[]): Promise<string>;
  loadConfig(): Promise<Record<string, unknown>>;
  saveConfig(data: Record<string, unknown>): Promise<void>;
}

function hooksFor(p: PreviewProcess): Hooks {
  const call = async (method: string, path: string): Promise<unknown> => {
    const r = await fetch(`${p.origin}/__test/${path}?session=${p.session}`, { method });
    if (!r.ok) throw new Error(`test hook ${path}: ${r.status}`);
    return r.json();
  };
  return {
    notifications: async () =>
      ((await call('GET', 'notifications')) as { notifications: [] }).notifications,
    stats: async () => (await call('GET', 'stats')) as Stats,
    stopServer: async () => void (await call('POST', 'server/stop')),
    startServer: async () => void (await call('POST', 'server/start')),
  };
}

function serverFor(p: PreviewProcess): ServerControl {
  const api = async (path: string, init: RequestInit = {}): Promise<unknown> => {
    const { baseUrl, token } = p.demoUser();
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const r = await fetch(`${baseUrl}${path}`, { ...init, headers });
    const body = (await r.json()) as { data: unknown; message: string };
    if (!r.ok) throw new Error(`${path}: ${r.status} ${body.message}`);
    return body.data;
  };
  return {
    cli: (...args) =>
      new Promise((resolve, reject) => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', 'server/cli.ts', ...args, '--data', p.serverDataDir],
          { stdio: ['ignore', 'pipe', 'pipe'] },
        );
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.stderr.on('data', (d: Buffer) => (out += d.toString()));
        child.on('exit', (code) =>
          code === 0 ? resolve(out) : reject(new Error(`server ${args.join(' ')}: ${out}`)),
        );
      }),
    loadConfig: async () => (await api('/users/load-config?scope=user')) as Record<string, unknown>,
    saveConfig: async (data) =>
      void (await api('/users/save-config', {
        method: 'POST',
        body: JSON.stringify({ config_data: data, scope: 'user' }),
      })),
  };
}

export const test = base.extend<{ preview: PreviewProcess; hooks: Hooks; server: ServerControl }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  preview: async ({}, use) => {
    const p = await startPreview();
    try {
      await use(p);
    } finally {
      await p.stop();
    }
  },
  hooks: async ({ preview }, use) => use(hooksFor(preview)),
  server: async ({ preview }, use) => use(serverFor(preview)),
});

export { expect };

/** First run: the popover is signed out; "Try the demo" signs in to the demo server. */
export async function tryTheDemo(page: Page, preview: PreviewProcess): Promise<void> {
  await page.goto(preview.url('popover'));
  await expect(page.getByTestId('signed-out')).toBeVisible();
  await page.getByTestId('try-demo').click();
  await expect(page.getByTestId('quota-llm')).toHaveAttribute('data-current', /\d+/);
}

/** Waits until the host has recorded `n` notifications, then checks it stays at n. */
export async function expectNotifications(hooks: Hooks, n: number): Promise<void> {
  await expect.poll(async () => (await hooks.notifications()).length).toBe(n);
}
