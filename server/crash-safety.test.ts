// Crash safety: the server runs as its own process; during a burst of concurrent
// save-configs it is killed with SIGKILL. After a restart on the same data folder every
// save acknowledged with 200 is there and SQLite's integrity check passes.
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { API_PATHS } from '../common/users-api';
import { tempDataDir } from './data-dir';
import { DB_FILE_NAME } from './db';
import { openOperator, startReferenceServer } from './index';
import { call } from './testing/harness';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WRITERS = 12;
const dataDir = tempDataDir();
let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Spawns `server/cli.ts start --port 0` and resolves with its origin from stdout. */
function spawnServer(): Promise<{ proc: ChildProcess; origin: string }> {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/cli.ts', 'start', '--port', '0', '--data', dataDir],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let err = '';
  proc.stderr?.on('data', (b: Buffer) => (err = (err + b.toString()).slice(-4000)));
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ proc, origin: m[1] as string });
    });
    proc.once('exit', (code) => reject(new Error(`server exited (${code}): ${err}`)));
  });
}

it('every acknowledged save survives kill -9 mid-burst; integrity_check ok', async () => {
  const tokens: string[] = [];
  const op = openOperator(dataDir);
  for (let i = 0; i < WRITERS; i++) {
    op.ops.createUser('crash', `w${i}`, 'user');
    tokens.push((await op.ops.issueToken('crash', `w${i}`)).token);
  }
  op.close();

  const { proc, origin } = await spawnServer();
  child = proc;
  const acked = new Array<number>(WRITERS).fill(0);
  let stop = false;
  const writer = async (i: number): Promise<void> => {
    const url = `${origin}/jarvispy/crash/w${i}/api/v1${API_PATHS.saveConfig}`;
    for (let seq = 1; !stop; seq++) {
      try {
        const r = await call(url, 'POST', {
          token: tokens[i],
          body: { config_data: { writer: i, seq, pad: 'x'.repeat(200) } },
        });
        if (r.status === 200) acked[i] = seq;
      } catch {
        return; // connection refused or reset: the server is gone
      }
    }
  };
  const burst = Promise.all(tokens.map((_, i) => writer(i)));
  await new Promise((r) => setTimeout(r, 400));
  proc.kill('SIGKILL');
  await new Promise((r) => proc.once('exit', r));
  stop = true;
  await burst;
  child = undefined;
  const total = acked.reduce((a, b) => a + b, 0);
  expect(total).toBeGreaterThan(WRITERS); // the burst really ran

  const db = new Database(join(dataDir, DB_FILE_NAME), { readonly: true });
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  db.close();

  const again = await startReferenceServer({ dataDir });
  try {
    for (let i = 0; i < WRITERS; i++) {
      const r = await call(again.baseUrl('crash', `w${i}`) + API_PATHS.loadConfig, 'GET', {
        token: tokens[i],
      });
      expect(r.status).toBe(200);
      const data = (r.json as { data: { writer?: number; seq?: number } }).data;
      if (acked[i] === 0) continue;
      expect(data.writer).toBe(i);
      // The stored save is the last acknowledged one, or one sent after it whose reply
      // the kill cut off; never an older one.
      expect(data.seq).toBeGreaterThanOrEqual(acked[i] as number);
      expect(data.seq).toBeLessThanOrEqual((acked[i] as number) + 1);
    }
  } finally {
    await again.close();
  }
});
