// Preferences against the real server: the round trip of theme, language and notifications;
// the conflict dialog's three choices; invalid JSON in the raw tab sending nothing.
import type { Page } from '@playwright/test';
import { expect, test, tryTheDemo } from './fixtures';

test.use({ viewport: { width: 760, height: 640 } });

async function openConfig(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('panel-config')).toBeVisible();
  await expect(page.getByTestId('config-field-theme')).toBeVisible();
}

test('preferences round trip: theme, language, notifications saved, shown and applied', async ({
  page,
  browser,
  preview,
  server,
}) => {
  await tryTheDemo(page, preview);
  await openConfig(page, preview.url('preferences/config'));
  await page.getByTestId('config-field-theme').selectOption('dark');
  await page.getByTestId('config-field-language').selectOption('it');
  await page.getByTestId('config-field-notifications').selectOption('false');
  await expect(page.getByTestId('config-unsaved')).toBeVisible();
  await page.getByTestId('config-save').click();
  await expect(page.getByTestId('config-saved')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  expect(await server.loadConfig()).toEqual({
    theme: 'dark',
    language: 'it',
    notifications: false,
  });

  // A fresh page in a fresh browser context (no cached UI preferences): the server's values.
  const fresh = await browser.newContext({ viewport: { width: 760, height: 640 } });
  try {
    const again = await fresh.newPage();
    await openConfig(again, preview.url('preferences/config'));
    await expect(again.getByTestId('config-field-theme')).toHaveValue('dark');
    await expect(again.getByTestId('config-field-language')).toHaveValue('it');
    await expect(again.getByTestId('config-field-notifications')).toHaveValue('false');
    await expect(again.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(again.locator('html')).toHaveAttribute('lang', 'it');
    await expect(again.getByTestId('config-unsaved')).toHaveCount(0);
  } finally {
    await fresh.close();
  }
});

test('conflict: keep mine, take theirs and merge each store the expected object', async ({
  page,
  preview,
  server,
}) => {
  await tryTheDemo(page, preview);
  await server.saveConfig({ theme: 'light', LLM_MODEL: 'a' });

  const round = async (
    theirs: Record<string, unknown>,
    myTheme: string,
    choose: () => Promise<void>,
  ): Promise<void> => {
    await openConfig(page, preview.url('preferences/config'));
    await expect(page.getByTestId('config-field-LLM_MODEL')).not.toHaveValue('');
    await server.saveConfig(theirs); // behind the app's back
    await page.getByTestId('config-field-theme').selectOption(myTheme);
    await page.getByTestId('config-save').click();
    await expect(page.getByTestId('conflict-dialog')).toBeVisible();
    await choose();
    await expect(page.getByTestId('conflict-dialog')).toHaveCount(0);
    await expect(page.getByTestId('config-saved')).toBeVisible();
  };

  await round({ theme: 'light', LLM_MODEL: 'b', extra: 1 }, 'dark', () =>
    page.getByTestId('conflict-keep-mine').click(),
  );
  expect(await server.loadConfig()).toEqual({ theme: 'dark', LLM_MODEL: 'a' });

  await round({ theme: 'dark', LLM_MODEL: 'c' }, 'light', () =>
    page.getByTestId('conflict-take-theirs').click(),
  );
  expect(await server.loadConfig()).toEqual({ theme: 'dark', LLM_MODEL: 'c' });
  await expect(page.getByTestId('config-field-theme')).toHaveValue('dark');

  await round({ theme: 'dark', LLM_MODEL: 'd', extra: 2 }, 'light', async () => {
    // Preselected: the side that changed each key since the base.
    await expect(page.getByTestId('merge-mine-theme')).toBeChecked();
    await expect(page.getByTestId('merge-theirs-LLM_MODEL')).toBeChecked();
    await expect(page.getByTestId('merge-theirs-extra')).toBeChecked();
    await page.getByTestId('conflict-merge').click();
  });
  expect(await server.loadConfig()).toEqual({ theme: 'light', LLM_MODEL: 'd', extra: 2 });
});

test('invalid JSON in the raw tab: error shown, save disabled, nothing sent', async ({
  page,
  preview,
  hooks,
  server,
}) => {
  await tryTheDemo(page, preview);
  await server.saveConfig({ theme: 'light' });
  await openConfig(page, preview.url('preferences/config'));
  await expect(page.getByTestId('config-field-theme')).toHaveValue('light');
  await page.getByTestId('mode-raw').click();
  const before = await hooks.stats();

  await page.getByTestId('config-raw').fill('{ "theme": "dark", ');
  await expect(page.getByTestId('config-raw-error')).toBeVisible();
  await expect(page.getByTestId('config-save')).toBeDisabled();
  await page.getByTestId('config-save').click({ force: true });
  await page.waitForTimeout(1_000); // longer than the editor's draft delay

  const after = await hooks.stats();
  for (const channel of ['config:update-draft', 'config:save', 'config:resolve-conflict']) {
    expect(after.bridge[channel] ?? 0, channel).toBe(before.bridge[channel] ?? 0);
  }
  expect(after.http['POST /users/save-config'] ?? 0).toBe(
    before.http['POST /users/save-config'] ?? 0,
  );
  expect(await server.loadConfig()).toEqual({ theme: 'light' });
});
