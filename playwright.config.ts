// Tier 3: the real renderer in Debian's Chromium, through the preview bridge, on the real
// app core and a real reference server per test (e2e/fixtures.ts). Never downloads a
// browser. scripts/test.mjs reads test-results/playwright.json for its summary line.
// The Electron suite (e2e/electron/) has its own config.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  testIgnore: ['electron/**'],
  globalSetup: './e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // A 2-core machine: two browsers, each with its own preview host and server.
  workers: 2,
  fullyParallel: true,
  retries: 0,
  outputDir: 'test-results/playwright',
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    browserName: 'chromium',
    viewport: { width: 360, height: 480 },
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
});
