// Test-only endpoints, mounted only with --test-hooks (never by default) and only with the
// session secret: the e2e suite reads the recorded notifications and counters here, and
// stops and restarts the demo server to test the offline state and recovery.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BRIDGE_SESSION_PARAM } from '../../common/preview-protocol';
import type { Counters } from './counters';
import type { ShownNotification } from './printing-notifier';

export const TEST_HOOKS_PREFIX = '/__test/';

export interface TestHookDeps {
  session: string;
  notifications: () => readonly ShownNotification[];
  counters: Counters;
  stopServer: () => Promise<void>;
  startServer: () => Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** Answers a /__test/ request; the caller routes only that prefix here. */
export async function handleTestHook(
  req: IncomingMessage,
  res: ServerResponse,
  deps: TestHookDeps,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://preview.invalid');
  if (url.searchParams.get(BRIDGE_SESSION_PARAM) !== deps.session) {
    json(res, 403, { error: 'session required' });
    return;
  }
  const route = `${req.method ?? 'GET'} ${url.pathname.slice(TEST_HOOKS_PREFIX.length)}`;
  try {
    switch (route) {
      case 'GET notifications':
        return json(res, 200, { notifications: deps.notifications() });
      case 'GET stats':
        return json(res, 200, deps.counters.toJSON());
      case 'POST server/stop':
        await deps.stopServer();
        return json(res, 200, { running: false });
      case 'POST server/start':
        await deps.startServer();
        return json(res, 200, { running: true });
      default:
        return json(res, 404, { error: 'no such test hook' });
    }
  } catch {
    return json(res, 500, { error: 'the test hook failed' });
  }
}
