// Assembles the Fastify instance: strict JSON parsing, the 64 KiB body limit, the API
// routes under /jarvispy/{org}/{user}/api/v1 behind the auth hook, the envelope for 404
// and errors, and an optional one-line request log without tokens or config values.
import Fastify, { type FastifyInstance } from 'fastify';
import { MAX_CONFIG_BODY_BYTES } from '../../common/users-api';
import type { TokenSigner } from '../jwt';
import type { Store } from '../store';
import { authHook } from './auth';
import { ERRORS, sendError } from './envelope';
import { errorHandler } from './errors';
import { RateLimiter, type RateLimitOptions } from './rate-limit';
import { authRoutes } from './routes-auth';
import { usersRoutes } from './routes-users';

export const API_PREFIX = '/jarvispy/:org/:user/api/v1';

export interface AppOptions {
  store: Store;
  signer: TokenSigner;
  rateLimit: RateLimitOptions | false;
  log: boolean;
}

class BadJson extends Error {
  readonly statusCode = 400;
}

export function buildApp(opts: AppOptions): FastifyInstance {
  const app = Fastify({
    logger: false,
    bodyLimit: MAX_CONFIG_BODY_BYTES,
    forceCloseConnections: true,
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false } },
  });
  // Only JSON bodies: drop Fastify's text/plain parser so other types get 415, and parse
  // JSON ourselves so an empty body (e.g. a bare revoke POST) is simply no body.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, text, done) => {
    if (text === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text as string));
    } catch {
      done(new BadJson('invalid JSON'), undefined);
    }
  });
  app.decorateRequest('caller', null);
  app.setErrorHandler(errorHandler(opts.log));
  app.setNotFoundHandler((_request, reply) => sendError(reply, 404, ERRORS.notFound));
  if (opts.log) {
    app.addHook('onResponse', async (request, reply) => {
      const path = request.url.split('?', 1)[0];
      const ms = reply.elapsedTime.toFixed(1);
      process.stderr.write(`${request.method} ${path} ${reply.statusCode} ${ms}ms\n`);
    });
  }
  const limiter = opts.rateLimit ? new RateLimiter(opts.rateLimit) : undefined;
  void app.register(
    async (api) => {
      api.addHook('onRequest', authHook(opts.store, opts.signer, limiter));
      usersRoutes(api, opts.store);
      authRoutes(api, opts.store, opts.signer);
    },
    { prefix: API_PREFIX },
  );
  return app;
}
