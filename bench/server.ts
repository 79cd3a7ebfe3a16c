// `npm run bench:server`: autocannon (50 connections, 10 s) against GET usage-status with a
// valid token and against a bare Fastify route returning the same JSON; prints requests/s,
// p50 and p99 of both and the ratio. Targets: ratio ≥ 0.6, p99 < 10 ms. The 10 s of each
// are run as alternating 2 s slices, so background load on a shared machine hits both
// alike; requests/s and latencies are medians over the slices, p99 also as the worst slice.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

interface Stats {
  average: number;
  p50: number;
  p99: number;
}
interface AutocannonResult {
  requests: Stats;
  latency: Stats;
  non2xx: number;
  errors: number;
}
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
}) => Promise<AutocannonResult>;

// autocannon ships no types; this is the part of its API the bench uses.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
const CONNECTIONS = 50;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const target = spawn(process.execPath, ['--import', 'tsx', 'bench/server-target.ts'], {
  cwd: ROOT,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const urls = await new Promise<{ usageUrl: string; bareUrl: string; token: string }>((resolve) => {
  let out = '';
  target.stdout?.on('data', (b: Buffer) => {
    out += b.toString();
    if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0] as string));
  });
});

const SLICE = 2;
const slices = Math.max(1, Math.round(DURATION / SLICE));
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

async function slice(url: string, headers: Record<string, string>, seconds: number) {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${r.non2xx} non-2xx, ${r.errors} errors`);
  return r;
}

try {
  const bareTarget = { url: urls.bareUrl, headers: {} };
  const apiTarget = { url: urls.usageUrl, headers: { authorization: `Bearer ${urls.token}` } };
  await slice(bareTarget.url, bareTarget.headers, 2); // warm-up
  await slice(apiTarget.url, apiTarget.headers, 2);
  const runs: { bare: AutocannonResult[]; api: AutocannonResult[] } = { bare: [], api: [] };
  for (let i = 0; i < slices; i++) {
    runs.bare.push(await slice(bareTarget.url, bareTarget.headers, SLICE));
    runs.api.push(await slice(apiTarget.url, apiTarget.headers, SLICE));
  }
  const summary = (rs: AutocannonResult[]) => ({
    rps: median(rs.map((r) => r.requests.average)),
    p50: median(rs.map((r) => r.latency.p50)),
    p99: median(rs.map((r) => r.latency.p99)),
    worstP99: Math.max(...rs.map((r) => r.latency.p99)),
  });
  const bare = summary(runs.bare);
  const api = summary(runs.api);
  const row = (name: string, r: ReturnType<typeof summary>): string =>
    `${name.padEnd(28)} ${r.rps.toFixed(0).padStart(8)} req/s   p50 ${r.p50} ms   p99 ${r.p99} ms (worst slice ${r.worstP99} ms)`;
  const ratio = api.rps / bare.rps;
  console.log(
    `autocannon: ${CONNECTIONS} connections, ${slices} alternating ${SLICE} s slices each`,
  );
  console.log(row('bare Fastify (same JSON)', bare));
  console.log(row('GET usage-status (auth+SQL)', api));
  console.log(
    `ratio ${ratio.toFixed(2)} (target ≥ 0.60)   usage-status p99 ${api.p99} ms (target < 10 ms)`,
  );
} finally {
  target.kill('SIGTERM');
}
