// Tier 4: the real app in a real Electron, driven by Playwright's _electron. Runs wherever
// an Electron binary exists (`npm run test:electron`); elsewhere every test is reported as
// skipped with the reason. Separate from the browser suite's config on purpose.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  workers: 1,
  fullyParallel: false,
  outputDir: '../../test-results/electron-artifacts',
  reporter: [['list'], ['json', { outputFile: '../../test-results/electron-playwright.json' }]],
});
