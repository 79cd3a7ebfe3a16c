// Small type-guard helpers for the IPC validators: each returns an error sentence or null,
// so a validator reads as a list of rules and no heavy schema library enters the bundle.
import { isPlainObject } from './users-api';

export type Check = string | null;

/** Limits on inbound strings: an over-long value is junk or an attack, never a user's input. */
export const IPC_LIMITS = {
  url: 2048,
  token: 8192,
  label: 120,
  id: 128,
  configKey: 256,
} as const;

/** Rejects keys outside `allowed` so junk cannot ride along to a handler. */
export function onlyKeys(value: Record<string, unknown>, allowed: readonly string[]): Check {
  const extra = Object.keys(value).filter((k) => !allowed.includes(k));
  return extra.length === 0 ? null : `Unexpected field(s): ${extra.slice(0, 5).join(', ')}.`;
}

export function str(
  value: unknown,
  name: string,
  max: number,
  options: { optional?: boolean; nonEmpty?: boolean } = {},
): Check {
  if (value === undefined && options.optional) return null;
  if (typeof value !== 'string') return `${name} must be text.`;
  if (options.nonEmpty !== false && value.trim() === '') return `${name} is required.`;
  if (value.length > max) return `${name} is too long (at most ${max} characters).`;
  return null;
}

export function bool(value: unknown, name: string, optional = false): Check {
  if (value === undefined && optional) return null;
  return typeof value === 'boolean' ? null : `${name} must be true or false.`;
}

export function oneOf(value: unknown, name: string, options: readonly unknown[]): Check {
  return options.includes(value) ? null : `${name} must be one of ${options.join(', ')}.`;
}

export function intIn(value: unknown, name: string, min: number, max: number): Check {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    return `${name} must be a whole number from ${min} to ${max}.`;
  }
  return null;
}

/** Percent thresholds (as core's settings schema): up to 10 numbers, each in (0, 100]. */
export function thresholds(value: unknown, name: string): Check {
  if (value === undefined) return null;
  if (!Array.isArray(value) || value.length > 10) {
    return `${name} must be a list of at most 10 percentages.`;
  }
  const bad = value.some((v) => typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || v > 100);
  return bad ? `${name} must be percentages above 0 and at most 100.` : null;
}

/** A plain object (not null, not an array), or an error sentence. */
export function obj(value: unknown, name: string): Check {
  return isPlainObject(value) ? null : `${name} must be an object.`;
}

/** The first failed check, if any. */
export function first(...checks: Check[]): Check {
  for (const c of checks) if (c !== null) return c;
  return null;
}
