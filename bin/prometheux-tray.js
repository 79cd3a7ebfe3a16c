#!/usr/bin/env node
// The `prometheux-tray` command. Runs the bundle built by `npm run build:cli` (the `prepare`
// script, so right after `npm install`) for a fast cold start; without it, runs the
// TypeScript sources through tsx's ESM loader.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/prometheux-tray.mjs', import.meta.url));
if (existsSync(bundle) && process.env.PROMETHEUX_TRAY_CLI_FROM_SOURCE !== '1') {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../cli/main.ts', import.meta.url).href);
}
