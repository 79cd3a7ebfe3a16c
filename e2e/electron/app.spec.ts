/// <reference lib="dom" />
// The real app in Electron: demo server, popover, hardening seen from the page, and a
// preferences round trip across a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchApp, SKIP_REASON } from './electron-app';

test.skip(SKIP_REASON !== null, SKIP_REASON ?? '');

test('the popover opens on our app:// origin and shows the demo quotas', async () => {
  const run = await launchApp();
  try {
    expect(run.popover.url()).toMatch(/^app:\/\/bundle\/index\.html#popover/);
    // Demo user: LLM 150 of 1000, embeddings 50 of 500, then climbing (simulated usage).
    const llm = run.popover.getByTestId('quota-llm-percent');
    const embedding = run.popover.getByTestId('quota-embedding-percent');
    await expect(llm).toHaveText(/^\d+\s?%$/, { timeout: 20_000 });
    const percent = async (el: typeof llm) => Number.parseInt((await el.textContent()) ?? '', 10);
    expect(await percent(llm)).toBeGreaterThanOrEqual(15);
    expect(await percent(llm)).toBeLessThan(60);
    expect(await percent(embedding)).toBeGreaterThanOrEqual(10);
  } finally {
    await run.close();
  }
});

test('the page has no Node: require, process and module are undefined', async () => {
  const run = await launchApp({ demo: false });
  try {
    const types = await run.popover.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return [typeof w.require, typeof w.process, typeof w.module, typeof w.prometheux];
    });
    expect(types).toEqual(['undefined', 'undefined', 'undefined', 'object']);
  } finally {
    await run.close();
  }
});

test('window.open and navigation away are blocked', async () => {
  const run = await launchApp({ demo: false });
  try {
    const before = run.app.windows().length;
    const opened = await run.popover.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    await run.popover.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await run.popover.waitForTimeout(1000);
    expect(run.popover.url()).toMatch(/^app:\/\/bundle\//);
    expect(run.app.windows().length).toBe(before);
  } finally {
    await run.close();
  }
});

test('preferences: one window, and a setting survives a restart', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'prometheux-e2e-prefs-'));
  try {
    const first = await launchApp({ demo: false, userData });
    const prefsWindow = first.app.waitForEvent('window');
    await first.popover.evaluate(async () => {
      const bridge = (window as unknown as { prometheux: Record<string, (a?: unknown) => unknown> })
        .prometheux;
      await bridge.openPreferences?.({ tab: 'alerts' });
      await bridge.openPreferences?.({ tab: 'alerts' });
      await bridge.setSettings?.({ refreshIntervalSeconds: 300 });
    });
    const prefs = await prefsWindow;
    expect(prefs.url()).toContain('#preferences/alerts');
    expect(first.app.windows()).toHaveLength(2);
    await first.close();

    const second = await launchApp({ demo: false, userData });
    const settings = await second.popover.evaluate(async () => {
      const bridge = (window as unknown as { prometheux: Record<string, () => Promise<unknown>> })
        .prometheux;
      return bridge.getSettings?.();
    });
    expect(settings).toMatchObject({ ok: true, value: { refreshIntervalSeconds: 300 } });
    await second.close();
  } finally {
    rmSync(userData, { recursive: true, force: true });
  }
});
