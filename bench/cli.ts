// `npm run bench:cli`: cold start of `prometheux-tray status` (bundle, signed in, against the
// reference server on loopback, real keychain via scripts/with-keyring.sh) against
// `node -e 0`: medians of 15 runs each and their ratio; the unbundled (tsx) path for scale.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDemo, startReferenceServer } from '../server/index';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'prometheux-tray.js');
const home = mkdtempSync(join(tmpdir(), 'ptray-bench-cli-'));
const env = {
  PATH: process.env.PATH,
  HOME: home,
  XDG_CONFIG_HOME: join(home, '.config'),
  DBUS_SESSION_BUS_ADDRESS: process.env.DBUS_SESSION_BUS_ADDRESS,
};

/** Runs a child to completion (async: the server in this process must keep answering). */
function timed(args: string[], extraEnv: Record<string, string> = {}, input = '') {
  return new Promise<{ ms: number; code: number | null }>((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { env: { ...env, ...extraEnv } });
    child.stdout.resume();
    child.stderr.resume();
    child.stdin.end(input);
    child.on('close', (code) => resolve({ ms: performance.now() - t0, code }));
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

async function series(args: string[], runs: number, extraEnv?: Record<string, string>) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await timed(args, extraEnv);
    if (r.code !== 0) throw new Error(`${args.join(' ')} exited ${r.code}`);
    times.push(r.ms);
  }
  return median(times);
}

execFileSync('npm', ['run', '-s', 'build:cli'], { cwd: ROOT });
const server = await startReferenceServer({ rateLimit: false });
try {
  const demo = await seedDemo(server.ops, server.dataDir, server.baseUrl);
  const login = await timed(
    [BIN, 'login', '--base-url', demo.user.baseUrl as string],
    {},
    demo.user.token,
  );
  if (login.code !== 0)
    throw new Error('login failed (is a keychain running? use npm run bench:cli)');
  await series(['-e', '0'], 2);
  const node = await series(['-e', '0'], RUNS);
  const status = await series([BIN, 'status'], RUNS);
  const help = await series([BIN, '--help'], RUNS);
  const source = await series([BIN, 'status'], 5, { PROMETHEUX_TRAY_CLI_FROM_SOURCE: '1' });
  const row = (label: string, ms: number) =>
    console.log(`${label.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms   ×${(ms / node).toFixed(2)}`);
  console.log(`bench:cli: medians of ${RUNS} cold starts (status = one role + one usage request)`);
  row('node -e 0', node);
  row('prometheux-tray status (bundle)', status);
  row('prometheux-tray --help (bundle)', help);
  row('prometheux-tray status (tsx, 5 runs)', source);
} finally {
  await server.close();
  rmSync(home, { recursive: true, force: true });
}
