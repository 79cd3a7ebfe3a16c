// `start`: runs the server until SIGINT/SIGTERM, printing where it listens (first line,
// so scripts and tests can read the port) and, with --demo, a base URL and token per user.
import { seedDemo } from './demo';
import { OperatorError } from './operator';
import { startReferenceServer } from './reference-server';
import { startUsageSimulation } from './simulate';

export interface StartArgs {
  port: number;
  host: string;
  dataDir: string;
  demo: boolean;
  simulate: boolean;
}

export async function runStart(a: StartArgs, out: (line: string) => void): Promise<number> {
  const server = await startReferenceServer({
    port: a.port,
    host: a.host,
    dataDir: a.dataDir,
    log: true,
  }).catch((e: unknown) => {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new OperatorError(`Port ${a.port} is already in use; choose another with --port.`);
    }
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      throw new OperatorError(`Cannot listen on host ${a.host}; check --host.`);
    }
    throw e;
  });
  out(`Users API reference server listening on ${server.origin}`);
  out(`Data folder: ${server.dataDir}`);
  let stopSimulation = (): void => {};
  if (a.demo || a.simulate) {
    const demo = await seedDemo(server.ops, server.dataDir, server.baseUrl);
    out('');
    for (const account of [demo.user, demo.admin]) {
      out(`${account.user} (${account === demo.user ? 'role user' : 'role admin'})`);
      out(`  base URL: ${server.baseUrl(demo.org, account.user)}`);
      out(`  token:    ${account.token}`);
    }
    if (a.simulate) {
      stopSimulation = startUsageSimulation(server.ops);
      out('');
      out('Simulating usage every 3 s.');
    }
  }
  out('Press Ctrl+C to stop.');
  return new Promise<number>((resolve) => {
    const stop = (): void => {
      stopSimulation();
      void server.close().then(() => resolve(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
