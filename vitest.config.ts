import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// One vitest run covers unit and integration tests of every part except the renderer's
// browser tests (Playwright, e2e/). Integration tests start real servers on loopback.
export default defineConfig({
  // No Electron binary runs here: `electron` resolves to a recording stub in every test.
  resolve: {
    alias: { electron: fileURLToPath(new URL('./test/stubs/electron.ts', import.meta.url)) },
  },
  test: {
    include: ['{common,main,server,cli,preload,renderer,scripts,test}/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**', 'e2e/**'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
