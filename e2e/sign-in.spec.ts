// Sign-in with a pasted base URL and token: test connection shows the role and usage before
// anything is kept, then signing in lands on the popover with the same numbers.
import { expect, test } from './fixtures';

test('sign in with a base URL and token: test connection, then the popover', async ({
  page,
  preview,
  hooks,
}) => {
  const { baseUrl, token } = preview.demoUser();
  await page.goto(preview.url('sign-in'));
  // The page is never given the token back; it only sends it.
  await page.getByTestId('base-url').fill(baseUrl);
  await page.getByTestId('token').fill(token);
  await page.getByTestId('test-connection').click();
  await expect(page.getByTestId('connection-preview')).toBeVisible();
  await expect(page.getByTestId('preview-role')).toHaveAttribute('data-role', 'user');
  await expect(page.getByTestId('preview-llm')).toContainText('150');
  await expect(page.getByTestId('keychain-note')).toBeVisible();
  expect((await hooks.stats()).bridge['auth:sign-in'] ?? 0).toBe(0);

  await page.getByTestId('sign-in-submit').click();
  await expect(page).toHaveURL(/#popover$/);
  await expect(page.getByTestId('quota-llm')).toHaveAttribute('data-current', '150');
  await expect(page.getByTestId('quota-embedding')).toHaveAttribute('data-current', '50');
  expect(preview.output()).not.toContain(token);
});
