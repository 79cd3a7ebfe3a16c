// `npm test`: provision, lint, typecheck, build, then every test tier that exists, ending
// with one summary line ("N passed, N failed, N skipped") that CI can read.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync, rmSync } from 'node:fs';

const results = 'test-results';
mkdirSync(results, { recursive: true });
// Stale reports from an earlier run must not be counted.
for (const file of ['vitest.json', 'playwright.json', 'electron-playwright.json']) {
  rmSync(`${results}/${file}`, { force: true });
}

function step(name, command, args, options = {}) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const r = spawnSync(command, args, { stdio: 'inherit', ...options });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`✗ ${name} failed (exit ${r.status ?? r.signal}) after ${seconds} s`);
    summarize();
    process.exit(1);
  }
  console.log(`✓ ${name} (${seconds} s)`);
}

const counts = { passed: 0, failed: 0, skipped: 0 };
function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}
function summarize() {
  const vitest = readJson(`${results}/vitest.json`);
  if (vitest) {
    counts.passed += vitest.numPassedTests ?? 0;
    counts.failed += vitest.numFailedTests ?? 0;
    counts.skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  }
  for (const file of ['playwright.json', 'electron-playwright.json']) {
    const pw = readJson(`${results}/${file}`);
    if (!pw?.stats) continue;
    counts.passed += pw.stats.expected ?? 0;
    counts.failed += (pw.stats.unexpected ?? 0) + (pw.stats.flaky ?? 0);
    counts.skipped += pw.stats.skipped ?? 0;
  }
  console.log(
    `\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  );
}

const npx = (bin) => `node_modules/.bin/${bin}`;
const hasRenderer = existsSync('renderer/index.html') || existsSync('renderer/popover.html');
const hasE2e = existsSync('playwright.config.ts');

step('provision system packages', process.execPath, ['scripts/provision.mjs']);
step('lint (eslint)', npx('eslint'), ['.']);
step('format (prettier --check)', npx('prettier'), ['--check', '.', '--log-level', 'warn']);
step('typecheck (tsc)', npx('tsc'), ['-p', 'tsconfig.json']);
if (hasRenderer) {
  step('typecheck (svelte-check)', npx('svelte-check'), [
    '--tsconfig',
    'renderer/tsconfig.json',
    '--fail-on-warnings',
  ]);
  step('build renderer (vite)', 'npm', ['run', '--silent', 'build:renderer']);
}
step('unit and integration tests (vitest, real keychain)', 'scripts/with-keyring.sh', [
  npx('vitest'),
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${results}/vitest.json`,
]);
if (hasE2e) {
  step('browser end-to-end tests (Playwright, Chromium)', 'scripts/with-keyring.sh', [
    npx('playwright'),
    'test',
  ]);
}
// Tier 4 needs an Electron binary; where there is none every test reports as skipped with why.
step('Electron end-to-end tests (Playwright _electron)', 'npm', [
  'run',
  '--silent',
  'test:electron',
]);
summarize();
