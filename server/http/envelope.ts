// Every response body goes through here, so the envelope's shape is stated once.
import type { FastifyReply } from 'fastify';
import type { Envelope, EnvelopeStatus } from '../../common/users-api';

export function success<T>(data: T, message: string): Envelope<T> {
  return { data, message, status: 'success' };
}

/** Sends an error envelope (`data: null`) with the given status code. */
export function sendError(
  reply: FastifyReply,
  code: number,
  message: string,
  status: EnvelopeStatus = 'error',
): FastifyReply {
  const body: Envelope<null> = { data: null, message, status };
  return reply.code(code).send(body);
}

export const ERRORS = {
  noToken: 'Missing API key: send "Authorization: Bearer <token>".',
  badToken: 'The API key is invalid, expired or revoked. Sign in again with a valid key.',
  otherTenant: 'This API key belongs to another organization or user than the URL names.',
  adminOnly: 'Only an admin may change the organization configuration.',
  notJson: 'The request body is not valid JSON.',
  tooLarge: 'The request body is larger than 64 KiB.',
  mediaType: 'Send the request body as application/json.',
  notFound: 'No such endpoint. Check the base URL: {origin}/jarvispy/{org}/{user}/api/v1.',
  conflict: 'The configuration changed on the server since you loaded it; reload and retry.',
  rateLimited: 'Too many requests with this API key; retry after the time in Retry-After.',
  noSuchToken: 'No API key with this id belongs to you.',
  internal: 'The server hit an internal error. Try again later.',
} as const;
