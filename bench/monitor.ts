// `npm run bench:monitor`: one simulated hour of a signed-in app at default settings against
// the real reference server (real HTTP on loopback; a fake clock drives the real monitor, so
// an hour takes a second). Prints requests, bytes and notifications for an idle hour, a
// paused hour (must be 0) and, for scale, a busy hour whose usage climbs every minute.
// Target: ≤ 70 requests per idle hour.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfSettingsFile } from '../main/adapters/conf-settings-file';
import { createAppCore, type AppCore } from '../main/core/app/app-core';
import { headlessShell } from '../main/core/app/headless-shell';
import type { FetchLike } from '../main/core/api/http-request';
import { MemorySecretStore } from '../main/core/secrets/memory-secret-store';
import { openSettingsStore } from '../main/core/settings/settings-store';
import { FakeClock } from '../main/core/testing/fake-clock';
import { RecordingNotifier } from '../main/core/testing/fake-notifier';
import { DEMO_ORG, DEMO_USER, seedDemo, startReferenceServer } from '../server/index';

const HOUR = 3_600_000;
const traffic = { requests: 0, bytes: 0 };

function headerBytes(headers: Headers): number {
  let n = 0;
  headers.forEach((value, key) => (n += key.length + value.length + 4));
  return n;
}

/** Real fetch, counting requests and HTTP bytes (request line, headers and bodies). */
const countingFetch: FetchLike = async (url, init) => {
  traffic.requests++;
  const reqHeaders = new Headers(init.headers);
  const body = typeof init.body === 'string' ? Buffer.byteLength(init.body) : 0;
  traffic.bytes += `${init.method} ${new URL(url).pathname} HTTP/1.1\r\n`.length;
  traffic.bytes += headerBytes(reqHeaders) + body;
  const res = await fetch(url, init);
  const buf = Buffer.from(await res.arrayBuffer());
  traffic.bytes += 17 + headerBytes(res.headers) + buf.length;
  return new Response(res.status === 304 ? null : buf, {
    status: res.status,
    headers: res.headers,
  });
};

/** Advances the fake clock by `ms`, letting each refresh finish over real HTTP. */
async function runFor(clock: FakeClock, ms: number, onMinute?: (minute: number) => void) {
  const end = clock.now() + ms;
  const start = clock.now();
  let minute = 0;
  for (;;) {
    const delay = clock.nextDelay();
    if (delay === null) {
      // A refresh is in flight (the next timer is set when it ends), or nothing is scheduled.
      await new Promise((r) => setTimeout(r, 2));
      if (clock.nextDelay() === null && !(await settles(clock))) break;
      continue;
    }
    if (clock.now() + delay > end) break;
    while (onMinute && start + (minute + 1) * 60_000 <= clock.now() + delay) onMinute(++minute);
    await clock.advance(delay);
  }
  await clock.advance(end - clock.now());
}

async function settles(clock: FakeClock): Promise<boolean> {
  for (let i = 0; i < 500; i++) {
    if (clock.nextDelay() !== null) return true;
    await new Promise((r) => setTimeout(r, 2));
  }
  return false;
}

async function measure(label: string, run: () => Promise<void>, notifier: RecordingNotifier) {
  const before = { ...traffic, shown: notifier.shown.length };
  await run();
  const requests = traffic.requests - before.requests;
  const kb = (traffic.bytes - before.bytes) / 1024;
  const shown = notifier.shown.length - before.shown;
  console.log(
    `${label.padEnd(38)} requests ${String(requests).padStart(4)}   bytes ${kb.toFixed(1).padStart(7)} KiB   notifications ${shown}`,
  );
  return requests;
}

const serverDir = mkdtempSync(join(tmpdir(), 'ptray-bench-srv-'));
const dataDir = mkdtempSync(join(tmpdir(), 'ptray-bench-data-'));
const server = await startReferenceServer({ dataDir: serverDir, rateLimit: false });
const demo = await seedDemo(server.ops, serverDir, server.baseUrl);
const clock = new FakeClock(Date.now());
const notifier = new RecordingNotifier();
let core: AppCore | null = null;
try {
  core = createAppCore({
    settings: openSettingsStore(new ConfSettingsFile({ cwd: dataDir }), () => clock.now()),
    secrets: new MemorySecretStore(),
    clock,
    notifier,
    fetch: countingFetch,
    shell: headlessShell({
      startDemo: async () => ({ baseUrl: demo.user.baseUrl as string, token: demo.user.token }),
    }),
  });
  const signed = await core.handlers['demo:start']();
  if (!signed.ok) throw new Error(signed.message);
  const app = core;
  console.log('bench:monitor: one simulated hour each, default settings, demo user (15 % used)');
  const idle = await measure('idle hour (usage unchanged)', () => runFor(clock, HOUR), notifier);
  app.pause();
  const paused = await measure('paused hour', () => runFor(clock, HOUR), notifier);
  await measure(
    'resume (one refresh)',
    async () => {
      app.resume();
      await runFor(clock, 1);
    },
    notifier,
  );
  await measure(
    'busy hour (+1.5 % LLM every minute)',
    () =>
      runFor(clock, HOUR, () =>
        server.ops.addUsage(DEMO_ORG, DEMO_USER, { llm: 15, embedding: 2 }),
      ),
    notifier,
  );
  const verdict = idle <= 70 && paused === 0 ? 'PASS' : 'FAIL';
  console.log(`target: idle ≤ 70 requests/hour, paused 0 → ${verdict}`);
  if (verdict === 'FAIL') process.exitCode = 1;
} finally {
  await core?.dispose();
  await server.close();
  rmSync(serverDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}
