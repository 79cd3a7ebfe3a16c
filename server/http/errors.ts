// Maps Fastify's parse/validation errors to the API's status codes and envelope, and
// turns every other error into a 500 that carries a sentence, never a stack or SQL.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ERRORS, sendError } from './envelope';

type ValidationItem = NonNullable<FastifyError['validation']>[number];

function describe(item: ValidationItem | undefined, context: string | undefined): string {
  if (!item) return 'The request has the wrong shape.';
  const missing = (item.params as { missingProperty?: unknown }).missingProperty;
  const field =
    typeof missing === 'string'
      ? missing
      : item.instancePath.replace(/^\//, '').replaceAll('/', '.') || (context ?? 'body');
  if (typeof missing === 'string') return `${field} is required.`;
  if (field === 'body') return 'The request body must be a JSON object.';
  if (field === 'config_data') return 'config_data must be a JSON object.';
  if (field === 'scope') return 'scope must be "user" or "organization".';
  return `${field} ${item.message ?? 'is invalid'}.`;
}

export function errorHandler(log: boolean) {
  return function handle(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
    if (error.validation) {
      return sendError(reply, 422, describe(error.validation[0], error.validationContext));
    }
    switch (error.statusCode) {
      case 400:
        return sendError(reply, 400, ERRORS.notJson);
      case 413:
        return sendError(reply, 413, ERRORS.tooLarge);
      case 415:
        return sendError(reply, 415, ERRORS.mediaType);
    }
    if (log) process.stderr.write(`internal error: ${error.name}: ${error.message}\n`);
    return sendError(reply, 500, ERRORS.internal);
  };
}
