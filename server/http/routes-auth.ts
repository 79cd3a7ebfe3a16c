// Token management: a caller issues, lists and revokes their own API keys.
import type { FastifyInstance } from 'fastify';
import {
  API_MESSAGES,
  API_PATHS,
  MAX_TOKEN_EXPIRY_MINUTES,
  MAX_TOKEN_NAME_LENGTH,
} from '../../common/users-api';
import type { TokenSigner } from '../jwt';
import { issueTokenFor } from '../operator';
import type { Store } from '../store';
import { callerOf } from './auth';
import { ERRORS, sendError, success } from './envelope';

const issueSchema = {
  body: {
    type: 'object',
    properties: {
      name: { type: 'string', minLength: 1, maxLength: MAX_TOKEN_NAME_LENGTH },
      expires_in_minutes: {
        anyOf: [
          { type: 'integer', minimum: 0, maximum: MAX_TOKEN_EXPIRY_MINUTES },
          { type: 'null' },
        ],
      },
    },
  },
} as const;

export function authRoutes(app: FastifyInstance, store: Store, signer: TokenSigner): void {
  // No body at all means "all defaults".
  const preValidation = async (request: { body: unknown }) => {
    if (request.body === undefined) request.body = {};
  };
  app.post(API_PATHS.issueToken, { schema: issueSchema, preValidation }, async (request) => {
    const c = callerOf(request);
    const body = request.body as { name?: string; expires_in_minutes?: number | null };
    const issued = await issueTokenFor(store, signer, c.org, c.user, {
      name: body.name ?? 'api-key',
      expiresInMinutes: body.expires_in_minutes ?? null,
    });
    return success(issued, API_MESSAGES.tokenIssued);
  });

  app.get(API_PATHS.listTokens, async (request) => {
    const c = callerOf(request);
    return success({ tokens: store.listTokens(c.org, c.user) }, API_MESSAGES.tokens);
  });

  app.post(`${API_PATHS.revokeToken}:jti`, async (request, reply) => {
    const c = callerOf(request);
    const { jti } = request.params as { jti: string };
    const row = store.token(jti);
    if (!row || row.org !== c.org || row.user !== c.user) {
      return sendError(reply, 404, ERRORS.noSuchToken);
    }
    store.revoke(jti);
    return success({ jti, revoked: true }, API_MESSAGES.tokenRevoked);
  });
}
