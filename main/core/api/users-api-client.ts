// The HTTP implementation of the `UsersApi` port (main/core/ports.ts), plus the token
// management calls the CLI uses. Each call = one request + one decoder; the transport
// rules (token, deadline, retries, error mapping) live in http-request.ts.
import { ok, type Result } from '../../../common/result';
import {
  API_PATHS,
  type ConfigData,
  type IssuedToken,
  type IssueTokenRequest,
  type Role,
  type SaveConfigResult,
  type Scope,
  type TokenList,
  type UsageStatusData,
} from '../../../common/users-api';
import type { Conditional, UsersApi } from '../ports';
import type { ApiTarget } from './base-url';
import {
  decodeConfig,
  decodeIssuedToken,
  decodeRole,
  decodeSaveResult,
  decodeTokenList,
  decodeUsage,
} from './decode';
import { sendRequest, type ApiRequest, type HttpDeps } from './http-request';

/** The Users API port plus token management (issue, list, revoke). */
export interface UsersApiClient extends UsersApi {
  issueToken(request: IssueTokenRequest): Promise<Result<IssuedToken>>;
  listTokens(): Promise<Result<TokenList>>;
  revokeToken(jti: string): Promise<Result<null>>;
}

/** Builds a client for one target; `deps.getToken` supplies the token on every request. */
export function createUsersApiClient(target: ApiTarget, deps: HttpDeps): UsersApiClient {
  const send = (req: ApiRequest) => sendRequest(deps, target.baseUrl, req);

  async function call<T>(req: ApiRequest, decode: (d: unknown) => Result<T>): Promise<Result<T>> {
    const res = await send(req);
    if (!res.ok) return res;
    return decode(res.value.envelope?.data ?? null);
  }

  async function conditional<T>(
    path: string,
    etag: string | null | undefined,
    decode: (d: unknown) => Result<T>,
  ): Promise<Result<Conditional<T>>> {
    const headers: Record<string, string> = etag ? { 'if-none-match': etag } : {};
    const res = await send({ method: 'GET', path, headers });
    if (!res.ok) return res;
    if (res.value.status === 304) return ok({ notModified: true });
    const data = decode(res.value.envelope?.data ?? null);
    if (!data.ok) return data;
    return ok({ notModified: false, data: data.value, etag: res.value.etag });
  }

  return {
    getRole: (): Promise<Result<Role>> =>
      call({ method: 'GET', path: API_PATHS.getRole }, decodeRole),

    getUsage: (etag) => conditional<UsageStatusData>(API_PATHS.usageStatus, etag, decodeUsage),

    loadConfig: (scope: Scope, etag) =>
      conditional<ConfigData>(
        `${API_PATHS.loadConfig}?scope=${encodeURIComponent(scope)}`,
        etag,
        decodeConfig,
      ),

    async saveConfig(scope, data, ifMatch) {
      const headers: Record<string, string> = ifMatch ? { 'if-match': ifMatch } : {};
      const res = await send({
        method: 'POST',
        path: API_PATHS.saveConfig,
        headers,
        body: { config_data: data, scope },
      });
      if (!res.ok) return res;
      const saved: Result<SaveConfigResult> = decodeSaveResult(res.value.envelope?.data ?? null);
      if (!saved.ok) return saved;
      return ok({ saved: saved.value, etag: res.value.etag });
    },

    issueToken: (request) =>
      call({ method: 'POST', path: API_PATHS.issueToken, body: request }, decodeIssuedToken),

    listTokens: () => call({ method: 'GET', path: API_PATHS.listTokens }, decodeTokenList),

    revokeToken: (jti) =>
      call(
        { method: 'POST', path: API_PATHS.revokeToken + encodeURIComponent(jti), body: {} },
        () => ok(null),
      ),
  };
}
