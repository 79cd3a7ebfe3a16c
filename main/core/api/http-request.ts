// One request to the Users API: the token attached (here and nowhere else), a deadline,
// GET retries per retry-policy.ts, and the answer checked as an envelope. Everything from
// outside (fetch, sleep, random, now) is injected so tests run instantly.
import { fail, ok, type Result } from '../../../common/result';
import type { Envelope } from '../../../common/users-api';
import { decodeEnvelope } from './decode';
import { codeForStatus, defaultMessage, failureFor } from './error-map';
import {
  DEFAULT_RETRY_POLICY,
  nextRetryDelay,
  parseRetryAfter,
  type AttemptOutcome,
  type RetryPolicy,
} from './retry-policy';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface HttpDeps {
  fetch: FetchLike;
  /** The only source of the bearer token; null means signed out. */
  getToken: () => Promise<string | null>;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
  timeoutMs: number;
  retry: RetryPolicy;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

export function defaultHttpDeps(getToken: () => Promise<string | null>): HttpDeps {
  return {
    fetch: (url, init) => fetch(url, init),
    getToken,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
    now: Date.now,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    retry: DEFAULT_RETRY_POLICY,
  };
}

export interface ApiRequest {
  method: 'GET' | 'POST';
  /** Path below the base URL, with its query string if any. */
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A 2xx envelope with `status: "success"`, or a 304 (`envelope: null`). */
export interface ApiResponse {
  status: number;
  etag: string | null;
  envelope: Envelope<unknown> | null;
}

type Attempt = { done: Result<ApiResponse> } | { retry: AttemptOutcome; failure: Result<never> };

function networkCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof cause === 'string' ? ` (${cause})` : '';
}

/** Reads the body, giving up when `signal` aborts (whatever fetch does with the stream). */
async function readEnvelope(
  response: Response,
  signal: AbortSignal,
): Promise<Result<Envelope<unknown>>> {
  let body: unknown;
  try {
    const aborted = new Promise<never>((_resolve, reject) => {
      signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
    });
    aborted.catch(() => {}); // an abort after the body arrived is nobody's concern
    body = JSON.parse(await Promise.race([response.text(), aborted]));
  } catch {
    return fail('malformed', 'The server sent an unexpected response (not JSON).');
  }
  return decodeEnvelope(body);
}

function timedOut(timeoutMs: number): Attempt {
  const after = timeoutMs < 1000 ? `${timeoutMs} ms` : `${timeoutMs / 1000} s`;
  const failure = fail('timeout', `The server did not answer within ${after}.`);
  return { retry: { kind: 'timeout' }, failure };
}

/**
 * An API key is printable ASCII without spaces (a JWT is base64url and dots). Anything else
 * (a line break or typographic quote picked up while pasting) would make fetch throw, with
 * the token quoted in its message, and read as "could not reach the server".
 */
const TOKEN_CHARS = /^[\x21-\x7e]+$/;

const MALFORMED_TOKEN =
  'The token contains spaces, line breaks or other characters an API key never has. Copy it again and paste it whole.';

async function attempt(deps: HttpDeps, url: string, req: ApiRequest): Promise<Attempt> {
  const token = await deps.getToken();
  if (token === null || token === '')
    return { done: fail('signed_out', defaultMessage('signed_out')) };
  if (!TOKEN_CHARS.test(token)) return { done: fail('invalid_input', MALFORMED_TOKEN) };
  const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
  headers.authorization = `Bearer ${token}`;
  if (req.body !== undefined) headers['content-type'] = 'application/json';
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs);
  try {
    let response: Response;
    try {
      response = await deps.fetch(url, {
        method: req.method,
        headers,
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        signal: controller.signal,
        redirect: 'manual',
      });
    } catch (error) {
      if (controller.signal.aborted) return timedOut(deps.timeoutMs);
      const origin = new URL(url).origin;
      const message = `Could not reach ${origin}${networkCode(error)}. Check your connection and the address.`;
      return { retry: { kind: 'network' }, failure: fail('network', message) };
    }
    const etag = response.headers.get('etag');
    if (response.status === 304) return { done: ok({ status: 304, etag, envelope: null }) };
    if (response.status >= 300 && response.status < 400) {
      return {
        done: fail('malformed', 'The server redirected elsewhere: paste the final base URL.'),
      };
    }
    const envelope = await readEnvelope(response, controller.signal);
    if (controller.signal.aborted) return timedOut(deps.timeoutMs);
    if (response.ok) {
      if (!envelope.ok) return { done: envelope };
      if (envelope.value.status !== 'success') {
        return { done: fail('malformed', 'The server sent an unexpected response (status).') };
      }
      return { done: ok({ status: response.status, etag, envelope: envelope.value }) };
    }
    const code = codeForStatus(response.status);
    const said = failureFor(code, envelope.ok ? envelope.value.message : null, token);
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), deps.now());
    // Kept on the failure: when the wait is past our retry cap, the caller still honours it.
    const failure = retryAfterMs === null ? said : { ...said, retryAfterMs };
    return { retry: { kind: 'status', status: response.status, retryAfterMs }, failure };
  } finally {
    clearTimeout(timer);
  }
}

/** Sends `req` below `baseUrl`; GETs retry, POSTs never do. */
export async function sendRequest(
  deps: HttpDeps,
  baseUrl: string,
  req: ApiRequest,
): Promise<Result<ApiResponse>> {
  const url = baseUrl + req.path;
  for (let n = 1; ; n += 1) {
    const result = await attempt(deps, url, req);
    if ('done' in result) return result.done;
    const delay =
      req.method === 'GET' ? nextRetryDelay(deps.retry, n, result.retry, deps.random) : null;
    if (delay === null) return result.failure;
    await deps.sleep(delay);
  }
}
