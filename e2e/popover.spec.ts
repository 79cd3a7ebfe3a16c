// The popover on a fresh profile: try the demo, the server's exact numbers, usage raised on
// the server (its command line) moving bar and percent, and alerts at 80 % and 96 % once.
import { expect, expectNotifications, test, tryTheDemo } from './fixtures';

test('first run → try the demo → role and both quotas with the server numbers', async ({
  page,
  preview,
}) => {
  await tryTheDemo(page, preview);
  // The server's own numbers, read from its data (demo-user is seeded at 150/1000, 50/500).
  const { baseUrl, token } = preview.demoUser();
  const r = await fetch(`${baseUrl}/users/usage-status`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const usage = ((await r.json()) as { data: Record<string, Record<string, number>> }).data;
  await expect(page.getByTestId('role-badge')).toHaveAttribute('data-role', 'user');
  for (const [kind, key] of [
    ['llm', 'llm_usage'],
    ['embedding', 'embedding_usage'],
  ] as const) {
    const q = usage[key] as Record<string, number>;
    const quota = page.getByTestId(`quota-${kind}`);
    await expect(quota).toHaveAttribute('data-current', String(q.current));
    await expect(quota).toHaveAttribute('data-limit', String(q.limit));
    await expect(quota).toHaveAttribute('data-remaining', String(q.remaining));
    const percent = Math.round((100 * (q.current as number)) / (q.limit as number));
    await expect(page.getByTestId(`quota-${kind}-percent`)).toHaveText(`${percent} %`);
  }
  await expect(page.getByTestId('quota-llm')).toHaveAttribute('data-current', '150');
  await expect(page.getByTestId('quota-embedding')).toHaveAttribute('data-limit', '500');
});

test('usage raised on the server → bar and percent move; alerts at 80 % and 96 % once each', async ({
  page,
  preview,
  hooks,
  server,
}) => {
  await tryTheDemo(page, preview);
  const bar = page.getByTestId('quota-llm-bar');
  await expect(bar).toHaveAttribute('aria-valuenow', '150');
  await expectNotifications(hooks, 0);

  await server.cli('usage', 'set', 'demo-org', 'demo-user', '--llm', '850');
  await page.getByTestId('refresh').click();
  await expect(page.getByTestId('quota-llm-percent')).toHaveText('85 %');
  await expect(bar).toHaveAttribute('aria-valuenow', '850');
  await expect(page.getByTestId('quota-llm')).toHaveAttribute('data-level', 'warn');
  await expectNotifications(hooks, 1);

  await server.cli('usage', 'set', 'demo-org', 'demo-user', '--llm', '960');
  await page.getByTestId('refresh').click();
  await expect(page.getByTestId('quota-llm-percent')).toHaveText('96 %');
  await expect(page.getByTestId('quota-llm')).toHaveAttribute('data-remaining', '40');
  await expectNotifications(hooks, 2);

  const before = (await hooks.stats()).http['GET /users/usage-status'] ?? 0;
  await page.getByTestId('refresh').click();
  await expect
    .poll(async () => (await hooks.stats()).http['GET /users/usage-status'] ?? 0)
    .toBeGreaterThan(before);
  await expect(page.getByTestId('refresh')).toBeEnabled();
  const shown = await hooks.notifications();
  expect(shown).toHaveLength(2);
  expect(shown.map((n) => n.body)).toEqual([
    expect.stringContaining('LLM quota 85 % used'),
    expect.stringContaining('LLM quota 96 % used'),
  ]);
});
