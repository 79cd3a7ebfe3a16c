// Parses a pasted Users API base URL in any documented form into one canonical target, so
// every other part of the app works with `{origin}/jarvispy/{org}/{user}/api/v1` or
// `{origin}/api/v1` and the user learns exactly what is wrong with a bad paste.
import { fail, ok, type Result } from '../../../common/result';

/** Where the Users API lives: `baseUrl` ends in `/api/v1`, with no trailing slash. */
export interface ApiTarget {
  baseUrl: string;
  origin: string;
  org: string | null;
  user: string | null;
}

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._~-]*$/;

/** True for 127.0.0.0/8, ::1 and localhost: the only hosts allowed over plain http. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** A path segment decoded; a broken %-escape is kept as typed (checkSegment then rejects it). */
function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function checkSegment(what: string, value: string): Result<string> {
  if (value === '') return fail('invalid_input', `The ${what} is empty.`);
  if (!SEGMENT.test(value)) {
    return fail(
      'invalid_input',
      `The ${what} "${value}" may contain only letters, digits, ".", "_", "~" and "-".`,
    );
  }
  return ok(value);
}

function parseOrigin(text: string): Result<URL> {
  const trimmed = text.trim();
  if (trimmed === '') return fail('invalid_input', 'Enter the base URL of your Users API.');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return fail(
      'invalid_input',
      'That is not a URL. Paste the full address, starting with https://.',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fail('invalid_input', `The address must start with https://, not ${url.protocol}//.`);
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return fail(
      'invalid_input',
      'The address must use https:// (plain http:// is allowed only for localhost).',
    );
  }
  if (url.username !== '' || url.password !== '') {
    return fail('invalid_input', 'Remove the user name or password from the address.');
  }
  if (url.search !== '' || url.hash !== '') {
    return fail('invalid_input', 'Remove the "?…" or "#…" part from the address.');
  }
  return ok(url);
}

function target(origin: string, org: string | null, user: string | null): ApiTarget {
  const prefix = org !== null && user !== null ? `/jarvispy/${org}/${user}` : '';
  return { baseUrl: `${origin}${prefix}/api/v1`, origin, org, user };
}

/**
 * Accepts `https://HOST/jarvispy/ORG/USER[/api/v1][/]` and `https://HOST/api/v1[/]`
 * (self-hosted); anything else is rejected with a sentence saying what is wrong.
 */
export function parseBaseUrl(text: string): Result<ApiTarget> {
  const parsed = parseOrigin(text);
  if (!parsed.ok) return parsed;
  const url = parsed.value;
  const parts = url.pathname.split('/').filter((p) => p !== '');
  const rest = parts.slice(parts[0] === 'jarvispy' ? 3 : 0);
  const hasApi = rest.length === 2 && rest[0] === 'api' && rest[1] === 'v1';
  if (parts[0] === 'jarvispy') {
    if (parts.length < 3) {
      return fail(
        'invalid_input',
        'The address is missing the organization or user: expected /jarvispy/ORG/USER/api/v1.',
      );
    }
    const org = checkSegment('organization', decodeSegment(parts[1] ?? ''));
    if (!org.ok) return org;
    const user = checkSegment('user', decodeSegment(parts[2] ?? ''));
    if (!user.ok) return user;
    if (rest.length !== 0 && !hasApi) {
      return fail(
        'invalid_input',
        `Unexpected "/${rest.join('/')}" after the user: the address should end in /api/v1.`,
      );
    }
    return ok(target(url.origin, org.value, user.value));
  }
  if (hasApi) return ok(target(url.origin, null, null));
  if (parts.length === 0) {
    return fail(
      'invalid_input',
      'The address has no path: paste the full base URL (…/jarvispy/ORG/USER/api/v1), or give the organization and user separately.',
    );
  }
  return fail(
    'invalid_input',
    'The path is not a Users API base URL: expected /jarvispy/ORG/USER/api/v1 or /api/v1.',
  );
}

/** Builds a target from an origin (or any URL on it) plus organization and user. */
export function targetFromParts(origin: string, org: string, user: string): Result<ApiTarget> {
  const parsed = parseOrigin(origin);
  if (!parsed.ok) return parsed;
  const path = parsed.value.pathname.replace(/\/+$/, '');
  if (path !== '') {
    return fail('invalid_input', 'Give only the origin (https://host), without a path.');
  }
  const o = checkSegment('organization', org.trim());
  if (!o.ok) return o;
  const u = checkSegment('user', user.trim());
  if (!u.ok) return u;
  return ok(target(parsed.value.origin, o.value, u.value));
}
