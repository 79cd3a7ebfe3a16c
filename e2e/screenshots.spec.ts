// Screenshots of every window, kept as test artifacts in e2e/artifacts/ (git-ignored): the
// popover in light and dark, sign-in, and each preferences tab, all on the demo account.
import { join } from 'node:path';
import { expect, test, tryTheDemo } from './fixtures';

const ARTIFACTS = join('e2e', 'artifacts');

test('screenshots: popover (light, dark), sign-in, each preferences tab', async ({
  page,
  preview,
}) => {
  await tryTheDemo(page, preview);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await page.screenshot({ path: join(ARTIFACTS, `popover-${scheme}.png`) });
  }

  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(preview.url('sign-in'));
  await expect(page.getByTestId('base-url')).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'sign-in.png'), fullPage: true });

  await page.setViewportSize({ width: 760, height: 640 });
  for (const tab of ['account', 'config', 'alerts', 'app'] as const) {
    await page.goto(preview.url(`preferences/${tab}`));
    await expect(page.getByTestId(`panel-${tab}`)).toBeVisible();
    await expect(page.getByTestId(`tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
    await page.screenshot({ path: join(ARTIFACTS, `preferences-${tab}.png`), fullPage: true });
  }
});
