// shell.openExternal only for https links to hosts we trust: opening an arbitrary URL from
// a page is a known way to run local programs (Electron security checklist, item 15).
import { fail, ok, type Result } from '../../common/result';

/** Hosts (and their subdomains) the app may open in the user's browser. */
export const EXTERNAL_HOST_ALLOWLIST: readonly string[] = [
  'prometheux.ai',
  'docs.prometheux.ai',
  'github.com',
];

export function isAllowedExternalUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' || u.username !== '' || u.password !== '' || u.port !== '') {
    return false;
  }
  const host = u.hostname.toLowerCase();
  return EXTERNAL_HOST_ALLOWLIST.some((h) => host === h || host.endsWith(`.${h}`));
}

/** Opens an allowlisted link; anything else is refused as a value, never opened. */
export async function openExternalSafely(
  open: (url: string) => Promise<void>,
  url: string,
): Promise<Result<null>> {
  if (!isAllowedExternalUrl(url)) {
    return fail('invalid_input', 'This link cannot be opened from the app.');
  }
  try {
    await open(url);
    return ok(null);
  } catch {
    return fail('internal', 'The link could not be opened in your browser.');
  }
}
