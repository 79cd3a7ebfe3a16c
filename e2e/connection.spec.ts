// Connection trouble: the demo server stopped (offline state with the reason, no error
// storm, recovery by itself once it is back; Preferences showing the configuration last
// loaded, editable, saved once the server is back) and the token revoked on the server
// (signed out with the server's own message).
import { expect, test, tryTheDemo } from './fixtures';

test('server stopped → offline with the reason, no error storm; back → recovers by itself', async ({
  page,
  preview,
  hooks,
}) => {
  await tryTheDemo(page, preview);
  await hooks.stopServer();
  const before = await hooks.stats();
  await page.getByTestId('refresh').click();

  const banner = page.getByTestId('offline-banner');
  await expect(banner).toBeVisible();
  // The reason: the address that could not be reached.
  await expect(banner).toContainText(new URL(preview.demoUser().baseUrl).host);
  // The last numbers stay on screen while offline.
  await expect(page.getByTestId('quota-llm')).toHaveAttribute('data-current', '150');

  await page.screenshot({ path: 'e2e/artifacts/popover-offline.png' });
  await page.waitForTimeout(6_000);
  const during = await hooks.stats();
  const requests =
    (during.http['GET /users/usage-status'] ?? 0) - (before.http['GET /users/usage-status'] ?? 0);
  const notices = (during.events['notice'] ?? 0) - (before.events['notice'] ?? 0);
  const total = (m: Record<string, number>): number => Object.values(m).reduce((a, b) => a + b, 0);
  const pageCalls = total(during.bridge) - total(before.bridge);
  // One click and the backoff (2 s, 4 s…, each try with at most 3 attempts): a handful, not a storm.
  expect(requests).toBeGreaterThanOrEqual(1);
  expect(requests).toBeLessThanOrEqual(12);
  expect(notices).toBeLessThanOrEqual(1);
  // Nor does the page poll on its own: the click, then one history read per snapshot pushed.
  expect(pageCalls).toBeLessThanOrEqual(10);
  await expect(page.getByTestId('error-banner')).toHaveCount(0);

  await hooks.startServer();
  await expect(banner).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByTestId('stale-banner')).toHaveCount(0);
  await expect(page.getByTestId('quota-llm')).toHaveAttribute('data-current', '150');
});

test('server stopped → Preferences shows the last loaded configuration, marked offline; back → the edit saves', async ({
  page,
  preview,
  hooks,
  server,
}) => {
  await tryTheDemo(page, preview);
  await server.saveConfig({ theme: 'dark', LLM_MODEL: 'offline-model' });
  await page.goto(preview.url('preferences/config'));
  await expect(page.getByTestId('config-field-theme')).toHaveValue('dark');
  await expect(page.getByTestId('config-offline')).toHaveCount(0);

  await hooks.stopServer();
  await page.reload();
  const note = page.getByTestId('config-offline');
  await expect(note).toBeVisible();
  await expect(note).toContainText('Offline: showing the configuration as last loaded at');
  await expect(page.getByTestId('config-offline-reason')).toContainText(
    new URL(preview.demoUser().baseUrl).host,
  );
  await expect(page.getByTestId('config-field-theme')).toHaveValue('dark');
  await expect(page.getByTestId('config-error')).toHaveCount(0);
  await page.screenshot({ path: 'e2e/artifacts/preferences-offline.png' });

  // Editing works; saving says why it did not, and the edit stays.
  await page.getByTestId('config-field-theme').selectOption('light');
  await expect(page.getByTestId('config-unsaved')).toBeVisible();
  await page.getByTestId('config-save').click();
  await expect(page.getByTestId('config-error')).toContainText('Not saved');
  await expect(page.getByTestId('config-field-theme')).toHaveValue('light');

  await hooks.startServer();
  await page.getByTestId('config-offline-retry').click();
  await expect(note).toHaveCount(0);
  await expect(page.getByTestId('config-field-theme')).toHaveValue('light');
  await page.getByTestId('config-save').click();
  await expect(page.getByTestId('config-saved')).toBeVisible();
  expect(await server.loadConfig()).toEqual({ theme: 'light', LLM_MODEL: 'offline-model' });
});

test('token revoked on the server → signed out with the server message', async ({
  page,
  preview,
  server,
}) => {
  await tryTheDemo(page, preview);
  const { baseUrl, token, jti } = preview.demoUser();
  await server.cli('token', 'revoke', jti);
  // What the server says to a revoked key, asked directly.
  const r = await fetch(`${baseUrl}/users/usage-status`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(r.status).toBe(401);
  const { message } = (await r.json()) as { message: string };

  await page.getByTestId('refresh').click();
  await expect(page.getByTestId('signed-out')).toBeVisible();
  await expect(page.getByTestId('signed-out-reason')).toContainText(message);
  await expect(page.getByTestId('quota-llm')).toHaveCount(0);
  await page.screenshot({ path: 'e2e/artifacts/popover-signed-out.png' });
});
