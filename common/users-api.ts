// Wire types of the Users API (../shared/users-api.md), shared by the reference server and
// the client so both sides are checked against one statement of the contract.

export type Role = 'user' | 'admin';
export const ROLES: readonly Role[] = ['user', 'admin'];

export type Scope = 'user' | 'organization';
export const SCOPES: readonly Scope[] = ['user', 'organization'];

export type EnvelopeStatus = 'success' | 'error' | 'conflict';

/** Every JSON response, success or not, has this shape. */
export interface Envelope<T> {
  data: T | null;
  message: string;
  status: EnvelopeStatus;
}

/** A stored configuration: any JSON object; unknown keys are kept verbatim. */
export type ConfigData = { [key: string]: unknown };

export interface RoleData {
  role: Role;
}

export interface UsageQuota {
  current: number;
  limit: number;
  remaining: number;
}

export interface UsageStatusData {
  llm_usage: UsageQuota;
  embedding_usage: UsageQuota;
}

export type QuotaKind = 'llm' | 'embedding';
export const QUOTA_KINDS: readonly QuotaKind[] = ['llm', 'embedding'];

export interface SaveConfigRequest {
  config_data: ConfigData;
  scope?: Scope;
}

export interface SaveConfigResult {
  scope: Scope;
  version: number;
  updated_at: string;
}

export interface IssueTokenRequest {
  name: string;
  expires_in_minutes?: number | null;
}

export interface IssuedToken {
  token: string;
  jti: string;
  name: string;
  expires_at: string | null;
  expires_in_minutes: number | null;
}

export interface TokenInfo {
  jti: string;
  name: string;
  created_at: string;
  expires_at: string | null;
  revoked: boolean;
}

export interface TokenList {
  tokens: TokenInfo[];
}

/** Relative paths of the endpoints, below `{origin}/jarvispy/{org}/{user}/api/v1`. */
export const API_PATHS = {
  getRole: '/users/get-role',
  saveConfig: '/users/save-config',
  loadConfig: '/users/load-config',
  usageStatus: '/users/usage-status',
  issueToken: '/auth/issue-token',
  listTokens: '/auth/tokens',
  revokeToken: '/auth/revoke/', // + jti
} as const;

/** The success messages the API doc gives, byte for byte. */
export const API_MESSAGES = {
  role: 'Role retrieved successfully',
  saved: 'Configuration saved successfully',
  loaded: 'Configuration loaded successfully',
  usage: 'Usage status retrieved successfully',
  // (ours) token management messages; the public docs give none.
  tokenIssued: 'Token issued successfully',
  tokens: 'Tokens retrieved successfully',
  tokenRevoked: 'Token revoked successfully',
} as const;

export const MAX_CONFIG_BODY_BYTES = 64 * 1024;
export const MAX_TOKEN_NAME_LENGTH = 120;
export const MAX_TOKEN_EXPIRY_MINUTES = 525_600;

/** `remaining = max(0, limit - current)`; `current` may exceed `limit`. */
export function remainingOf(current: number, limit: number): number {
  return Math.max(0, limit - current);
}

export function isPlainObject(value: unknown): value is { [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
