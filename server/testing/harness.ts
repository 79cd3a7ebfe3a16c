// Test helpers: a real server on a random loopback port with known users and tokens, and
// a small fetch wrapper returning status, headers and the raw body text.
import { startReferenceServer, type ReferenceServerOptions, type RunningServer } from '../index';
import type { Role } from '../../common/users-api';

export const TEST_SECRET = 'test-secret-of-at-least-thirty-two-bytes!!';

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  rawBody?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export async function call(url: string, method: string, o: CallOptions = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...o.headers };
  if (o.token !== undefined) headers.authorization = `Bearer ${o.token}`;
  let body: string | undefined = o.rawBody;
  if (o.body !== undefined) body = JSON.stringify(o.body);
  if (body !== undefined) headers['content-type'] = o.contentType ?? 'application/json';
  const res = await fetch(url, { method, headers, body });
  const text = await res.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

export interface TestServer {
  server: RunningServer;
  /** Creates the user if needed and returns a fresh token for it. */
  tokenFor(org: string, user: string, role?: Role): Promise<string>;
  url(org: string, user: string, path: string): string;
}

export async function startTestServer(opts: ReferenceServerOptions = {}): Promise<TestServer> {
  const server = await startReferenceServer({ jwtSecret: TEST_SECRET, rateLimit: false, ...opts });
  return {
    server,
    async tokenFor(org, user, role = 'user') {
      server.ops.createUser(org, user, role);
      return (await server.ops.issueToken(org, user, { name: 'test' })).token;
    },
    url: (org, user, path) => server.baseUrl(org, user) + path,
  };
}
