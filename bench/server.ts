// `npm run bench:server`: autocannon (50 connections, 10 s) against GET usage-status with a
// valid token and against a bare Fastify route returning the same JSON; prints requests/s,
// p50 and p99 of both and the ratio. Targets: ratio ≥ 0.6, p99 < 10 ms.
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

async function measure(url: string, headers: Record<string, string>): Promise<AutocannonResult> {
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers }); // warm-up
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${r.non2xx} non-2xx, ${r.errors} errors`);
  return r;
}

try {
  const bare = await measure(urls.bareUrl, {});
  const api = await measure(urls.usageUrl, { authorization: `Bearer ${urls.token}` });
  const row = (name: string, r: AutocannonResult): string =>
    `${name.padEnd(28)} ${r.requests.average.toFixed(0).padStart(8)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms`;
  const ratio = api.requests.average / bare.requests.average;
  console.log(`autocannon: ${CONNECTIONS} connections, ${DURATION} s each`);
  console.log(row('bare Fastify (same JSON)', bare));
  console.log(row('GET usage-status (auth+SQL)', api));
  console.log(
    `ratio ${ratio.toFixed(2)} (target ≥ 0.60)   usage-status p99 ${api.latency.p99} ms (target < 10 ms)`,
  );
} finally {
  target.kill('SIGTERM');
}
