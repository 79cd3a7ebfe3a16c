// "Try the demo": the reference server inside the main process, on loopback, with the demo
// accounts and simulated usage so the tray has numbers that move. Its data folder lives in
// userData; the port is kept there too and tried first on the next start, so a demo
// profile's base URL keeps working across restarts (any free port when it is taken).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningServer } from '../../server/index';

// Loaded on first use: the server brings Fastify and the SQLite native module, which an
// app that never runs the demo should not load at start.
const loadServer = () => import('../../server/index');

export interface DemoSession {
  baseUrl: string;
  /** The demo user's token: goes straight into the token vault, never to a log or the UI. */
  token: string;
}

const PORT_FILE = 'demo-port';

function savedPort(dataDir: string): number {
  try {
    const port = Number(readFileSync(join(dataDir, PORT_FILE), 'utf8'));
    return Number.isInteger(port) && port > 1024 && port < 65536 ? port : 0;
  } catch {
    return 0;
  }
}

async function listen(dataDir: string): Promise<RunningServer> {
  const { startReferenceServer } = await loadServer();
  const preferred = savedPort(dataDir);
  if (preferred !== 0) {
    try {
      return await startReferenceServer({ dataDir, port: preferred, rateLimit: false });
    } catch {
      // Taken by something else since last time: fall through to any free port.
    }
  }
  return startReferenceServer({ dataDir, port: 0, rateLimit: false });
}

/** One demo server per app: start() is idempotent, stop() closes it. */
export class DemoServerHost {
  private running: Promise<{
    server: RunningServer;
    session: DemoSession;
    stopSim: () => void;
  }> | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly options: { simulate?: boolean } = {},
  ) {}

  start(): Promise<DemoSession> {
    this.running ??= (async () => {
      const running = await listen(this.dataDir);
      writeFileSync(join(this.dataDir, PORT_FILE), new URL(running.origin).port);
      const { seedDemo, startUsageSimulation } = await loadServer();
      const accounts = await seedDemo(running.ops, running.dataDir, running.baseUrl);
      const stopSim =
        this.options.simulate === false ? () => undefined : startUsageSimulation(running.ops);
      const session = {
        baseUrl: running.baseUrl(accounts.org, accounts.user.user),
        token: accounts.user.token,
      };
      return { server: running, session, stopSim };
    })();
    const started = this.running;
    started.catch(() => {
      if (this.running === started) this.running = null;
    });
    return started.then((r) => r.session);
  }

  async stop(): Promise<void> {
    const running = this.running;
    this.running = null;
    if (!running) return;
    const { server, stopSim } = await running;
    stopSim();
    await server.close();
  }
}
