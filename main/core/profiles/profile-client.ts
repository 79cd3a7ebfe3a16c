// The API client of one profile: its target from the stored base URL, its token read from
// the vault on every request (so a sign-out or a new token takes effect at once).
import type { Result } from '../../../common/result';
import { defaultHttpDeps, type HttpDeps } from '../api/http-request';
import { createUsersApiClient, type UsersApiClient } from '../api/users-api-client';
import type { Profile } from '../settings/settings-schema';
import { profileTarget, type Profiles } from './profiles';

export function createProfileClient(
  profiles: Profiles,
  profile: Profile,
  overrides: Partial<Omit<HttpDeps, 'getToken'>> = {},
): Result<UsersApiClient> {
  const target = profileTarget(profile);
  if (!target.ok) return target;
  const deps = { ...defaultHttpDeps(() => profiles.readToken(profile.id)), ...overrides };
  return { ok: true, value: createUsersApiClient(target.value, deps) };
}
