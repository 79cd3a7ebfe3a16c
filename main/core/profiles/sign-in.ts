// Sign-in: the token is checked against the server (get-role) before it is kept, so a
// typo never lands in the keychain. Shared by the app, the preview and the CLI's `login`.
import { fail, ok, type Result } from '../../../common/result';
import type { Role } from '../../../common/users-api';
import type { ApiTarget } from '../api/base-url';
import type { UsersApi } from '../ports';
import type { VaultStatus } from '../secrets/token-vault';
import { profileTarget, type Profiles } from './profiles';

/** Builds a client for a target whose token comes from `getToken`. */
export type ClientFactory = (target: ApiTarget, getToken: () => Promise<string | null>) => UsersApi;

export interface SignedIn {
  role: Role;
  vault: VaultStatus;
}

export async function signIn(
  profiles: Profiles,
  profileId: string,
  token: string,
  makeClient: ClientFactory,
): Promise<Result<SignedIn>> {
  const profile = profiles.find(profileId);
  if (profile === null) return fail('not_found', 'There is no such profile.');
  const target = profileTarget(profile);
  if (!target.ok) return target;
  const role = await makeClient(target.value, async () => token.trim()).getRole();
  if (!role.ok) return role;
  const stored = await profiles.saveToken(profile.id, token.trim());
  if (!stored.ok) return stored;
  return ok({ role: role.value, vault: stored.value });
}
