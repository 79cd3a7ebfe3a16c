// Starts one browser-preview host (main/preview.ts) as a child process with its own data
// folder, its own demo reference server and the test hooks, and reads its URLs from stdout.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DemoUser {
  baseUrl: string;
  token: string;
  jti: string;
}

export interface PreviewProcess {
  origin: string;
  session: string;
  dataDir: string;
  serverDataDir: string;
  /** The page URL for a view hash (popover, sign-in, preferences/config…). */
  url(hash: string): string;
  /** The demo user's base URL and token, read from the server's data folder. */
  demoUser(): DemoUser;
  /** Everything the host printed so far. */
  output(): string;
  stop(): Promise<void>;
}

const READY = /Open the popover:\s+(http:\/\/127\.0\.0\.1:\d+)\/\?session=([\w-]+)#popover/;

/** Starts a host; `extra` adds options (bench: --renderer-dir). */
export async function startPreview(extra: readonly string[] = []): Promise<PreviewProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'ptray-e2e-'));
  const dataDir = join(dir, 'app');
  const serverDataDir = join(dir, 'server');
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'main/preview.ts',
      '--data',
      dataDir,
      '--server-data',
      serverDataDir,
    ].concat(['--test-hooks', '--no-build', ...extra]),
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const ready = await new Promise<RegExpMatchArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`preview did not start:\n${out}`)), 30_000);
    const check = (): void => {
      const m = READY.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => reject(new Error(`preview exited (${code}):\n${out}`)));
  });
  const [, origin = '', session = ''] = ready;
  const demoBase = /Demo server: (\S+)/.exec(out)?.[1] ?? '';
  return {
    origin,
    session,
    dataDir,
    serverDataDir,
    url: (hash) => `${origin}/?session=${session}#${hash}`,
    demoUser() {
      const tokens = JSON.parse(readFileSync(join(serverDataDir, 'demo-tokens.json'), 'utf8'));
      const user = tokens['demo-user'] as { token: string; jti: string };
      return { baseUrl: demoBase, token: user.token, jti: user.jti };
    },
    output: () => out,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
