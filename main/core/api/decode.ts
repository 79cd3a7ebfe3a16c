// Run-time checks of what the server sent. A body that is not the documented envelope, or
// data of the wrong shape, becomes a `malformed` failure: never a crash, never a silently
// wrong number on the tray.
import { fail, ok, type Result } from '../../../common/result';
import {
  isPlainObject,
  ROLES,
  SCOPES,
  type ConfigData,
  type Envelope,
  type EnvelopeStatus,
  type IssuedToken,
  type Role,
  type SaveConfigResult,
  type TokenInfo,
  type TokenList,
  type UsageQuota,
  type UsageStatusData,
} from '../../../common/users-api';

const STATUSES: readonly EnvelopeStatus[] = ['success', 'error', 'conflict'];

function malformed(what: string): Result<never> {
  return fail('malformed', `The server sent an unexpected response (${what}).`);
}

/** The envelope `{ data, message, status }`, with `data` left unchecked. */
export function decodeEnvelope(body: unknown): Result<Envelope<unknown>> {
  if (!isPlainObject(body)) return malformed('not a JSON object');
  const { data, message, status } = body;
  if (typeof message !== 'string') return malformed('no message');
  if (typeof status !== 'string' || !STATUSES.includes(status as EnvelopeStatus)) {
    return malformed('no status');
  }
  if (!('data' in body)) return malformed('no data');
  return ok({ data, message, status: status as EnvelopeStatus });
}

function count(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function decodeQuota(value: unknown, name: string): Result<UsageQuota> {
  if (!isPlainObject(value)) return malformed(`${name} missing`);
  const { current, limit, remaining } = value;
  if (!count(current) || !count(limit) || !count(remaining)) {
    return malformed(`${name} has a number that is not a non-negative integer`);
  }
  return ok({ current, limit, remaining });
}

export function decodeUsage(data: unknown): Result<UsageStatusData> {
  if (!isPlainObject(data)) return malformed('usage data missing');
  const llm = decodeQuota(data.llm_usage, 'llm_usage');
  if (!llm.ok) return llm;
  const embedding = decodeQuota(data.embedding_usage, 'embedding_usage');
  if (!embedding.ok) return embedding;
  return ok({ llm_usage: llm.value, embedding_usage: embedding.value });
}

export function decodeRole(data: unknown): Result<Role> {
  if (!isPlainObject(data) || !ROLES.includes(data.role as Role)) {
    return malformed('unknown role');
  }
  return ok(data.role as Role);
}

export function decodeConfig(data: unknown): Result<ConfigData> {
  return isPlainObject(data) ? ok(data) : malformed('configuration is not an object');
}

export function decodeSaveResult(data: unknown): Result<SaveConfigResult> {
  if (!isPlainObject(data)) return malformed('save result missing');
  const { scope, version, updated_at } = data;
  if (typeof scope !== 'string' || !SCOPES.includes(scope as SaveConfigResult['scope'])) {
    return malformed('save result has no scope');
  }
  if (!count(version) || typeof updated_at !== 'string') {
    return malformed('save result has no version');
  }
  return ok({ scope: scope as SaveConfigResult['scope'], version, updated_at });
}

const nullableString = (v: unknown): v is string | null => v === null || typeof v === 'string';

export function decodeIssuedToken(data: unknown): Result<IssuedToken> {
  if (!isPlainObject(data)) return malformed('token missing');
  const { token, jti, name, expires_at, expires_in_minutes } = data;
  if (typeof token !== 'string' || typeof jti !== 'string' || typeof name !== 'string') {
    return malformed('token fields missing');
  }
  if (!nullableString(expires_at)) return malformed('token expiry');
  if (expires_in_minutes !== null && !count(expires_in_minutes)) return malformed('token expiry');
  return ok({ token, jti, name, expires_at, expires_in_minutes });
}

function decodeTokenInfo(value: unknown): TokenInfo | null {
  if (!isPlainObject(value)) return null;
  const { jti, name, created_at, expires_at, revoked } = value;
  if (typeof jti !== 'string' || typeof name !== 'string' || typeof created_at !== 'string') {
    return null;
  }
  if (!nullableString(expires_at) || typeof revoked !== 'boolean') return null;
  return { jti, name, created_at, expires_at, revoked };
}

export function decodeTokenList(data: unknown): Result<TokenList> {
  if (!isPlainObject(data) || !Array.isArray(data.tokens)) return malformed('token list');
  const tokens: TokenInfo[] = [];
  for (const item of data.tokens) {
    const info = decodeTokenInfo(item);
    if (info === null) return malformed('token list entry');
    tokens.push(info);
  }
  return ok({ tokens });
}
