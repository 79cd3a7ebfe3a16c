// A scripted `fetch` for unit tests of the API client: each call takes the next scripted
// answer (a Response, an Error to throw, or 'hang' to wait for the abort signal) and
// records what was sent. Integration tests use the real reference server instead.
import type { FetchLike } from '../api/http-request';

export type FakeAnswer = Response | Error | 'hang';

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | null;
}

export interface FakeFetch {
  fetch: FetchLike;
  requests: RecordedRequest[];
}

/** A JSON response in the Users API envelope (or any body when `raw` is given). */
export function envelopeResponse(
  status: number,
  data: unknown,
  message = 'ok',
  headers: Record<string, string> = {},
): Response {
  const envelopeStatus = status < 300 ? 'success' : status === 409 ? 'conflict' : 'error';
  return new Response(JSON.stringify({ data, message, status: envelopeStatus }), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

export function createFakeFetch(answers: FakeAnswer[]): FakeFetch {
  const requests: RecordedRequest[] = [];
  const fetch: FetchLike = async (url, init) => {
    const headers = Object.fromEntries(
      Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [
        k.toLowerCase(),
        v,
      ]),
    );
    requests.push({
      url,
      method: init.method ?? 'GET',
      headers,
      body: typeof init.body === 'string' ? init.body : null,
    });
    const answer = answers.shift();
    if (answer === undefined) throw new Error('fake fetch: no scripted answer left');
    if (answer === 'hang') {
      return new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        );
      });
    }
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { fetch, requests };
}
