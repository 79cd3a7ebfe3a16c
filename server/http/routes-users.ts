// The four /users endpoints of the contract: get-role, save-config, load-config,
// usage-status, with their ETag / If-None-Match / If-Match behaviour.
import type { FastifyInstance } from 'fastify';
import {
  API_MESSAGES,
  API_PATHS,
  SCOPES,
  type ConfigData,
  type SaveConfigResult,
  type Scope,
} from '../../common/users-api';
import type { Store } from '../store';
import { DEFAULT_LIMITS } from '../store';
import { usageStatusOf } from '../usage-status';
import { callerOf } from './auth';
import { ERRORS, sendError, success } from './envelope';
import { configEtag, headerMatches, usageEtag } from './etag';

const saveSchema = {
  body: {
    type: 'object',
    required: ['config_data'],
    properties: { config_data: { type: 'object' }, scope: { type: 'string', enum: SCOPES } },
  },
} as const;

const loadSchema = {
  querystring: {
    type: 'object',
    properties: { scope: { type: 'string', enum: SCOPES } },
  },
} as const;

const quotaSchema = {
  type: 'object',
  properties: {
    current: { type: 'number' },
    limit: { type: 'number' },
    remaining: { type: 'number' },
  },
} as const;
// A response schema lets Fastify serialize the hottest endpoint with a compiled stringifier.
const usageSchema = {
  response: {
    200: {
      type: 'object',
      properties: {
        data: {
          type: 'object',
          properties: { llm_usage: quotaSchema, embedding_usage: quotaSchema },
        },
        message: { type: 'string' },
        status: { type: 'string' },
      },
    },
    304: { type: 'null' },
  },
} as const;

const LOADED_TAIL = `,"message":${JSON.stringify(API_MESSAGES.loaded)},"status":"success"}`;
const NO_USAGE = {
  llm_current: 0,
  llm_limit: DEFAULT_LIMITS.llm,
  embedding_current: 0,
  embedding_limit: DEFAULT_LIMITS.embedding,
};

export function usersRoutes(app: FastifyInstance, store: Store): void {
  app.get(API_PATHS.getRole, async (request) => {
    return success({ role: callerOf(request).role }, API_MESSAGES.role);
  });

  app.post(API_PATHS.saveConfig, { schema: saveSchema }, async (request, reply) => {
    const c = callerOf(request);
    const body = request.body as { config_data: ConfigData; scope?: Scope };
    const scope = body.scope ?? 'user';
    if (scope === 'organization' && c.role !== 'admin') {
      return sendError(reply, 403, ERRORS.adminOnly);
    }
    const ifMatch = request.headers['if-match'];
    const expected =
      ifMatch === undefined
        ? undefined
        : (v: number) => headerMatches(ifMatch, configEtag(scope, v), true);
    const out = store.saveConfig(
      c.org,
      c.user,
      scope,
      body.config_data,
      new Date().toISOString(),
      expected,
    );
    if (out === 'conflict') return sendError(reply, 409, ERRORS.conflict, 'conflict');
    reply.header('etag', configEtag(scope, out.version));
    const data: SaveConfigResult = { scope, version: out.version, updated_at: out.updated_at };
    return success(data, API_MESSAGES.saved);
  });

  app.get(API_PATHS.loadConfig, { schema: loadSchema }, async (request, reply) => {
    const c = callerOf(request);
    const scope = (request.query as { scope?: Scope }).scope ?? 'user';
    const row = store.config(c.org, c.user, scope);
    const etag = configEtag(scope, row?.version ?? 0);
    reply.header('etag', etag);
    if (headerMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
    // The stored text is already JSON: splice it in rather than parse and re-serialize.
    reply.type('application/json; charset=utf-8');
    return `{"data":${row?.data ?? '{}'}${LOADED_TAIL}`;
  });

  app.get(API_PATHS.usageStatus, { schema: usageSchema }, (request, reply) => {
    const c = callerOf(request);
    const u = c.usage ?? NO_USAGE;
    const etag = usageEtag(u);
    reply.header('etag', etag);
    if (headerMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
    return reply.send(success(usageStatusOf(u), API_MESSAGES.usage));
  });
}
