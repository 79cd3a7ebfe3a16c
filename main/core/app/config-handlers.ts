// The server-configuration channels, on the current session's ConfigSync: load, draft,
// save with If-Match, and conflicts resolved as mine / theirs / per-key merge then saved.
import type { ConflictChoice, ContractHandlers, SaveOutcome } from '../../../common/ipc-contract';
import { fail, ok, type Result } from '../../../common/result';
import type { Scope } from '../../../common/users-api';
import type { Choice } from '../config/config-diff';
import type { ConfigSync, SaveOutcome as SyncOutcome } from '../config/config-sync';
import type { AppContext } from './app-context';
import type { ProfileSession } from './profile-session';
import { toConfigView, toConflict } from './views';

type ConfigChannels =
  | 'config:load'
  | 'config:update-draft'
  | 'config:discard-draft'
  | 'config:save'
  | 'config:resolve-conflict';

export const SIGN_IN_FIRST = 'Sign in first: the configuration is kept on your server.';

function choiceArgs(choice: ConflictChoice): [Record<string, Choice>, Choice | 'suggested'] {
  if (choice === 'mine' || choice === 'theirs') return [{}, choice];
  return [choice.merge, 'suggested'];
}

export function configHandlers(ctx: AppContext): Pick<ContractHandlers, ConfigChannels> {
  /** Runs `fn` on the open session's config sync, or says to sign in. */
  async function withSync<T>(
    fn: (sync: ConfigSync, session: ProfileSession) => Promise<Result<T>> | Result<T>,
  ): Promise<Result<T>> {
    const session = ctx.session;
    if (session === null) return fail('signed_out', SIGN_IN_FIRST);
    return fn(session.config, session);
  }

  /** After the user scope changed on the server: alerts follow `notifications`, windows reload. */
  function changed(session: ProfileSession, scope: Scope): void {
    if (scope === 'user') session.alerts.setServerConfig(session.config.view('user').remote);
    ctx.hub.emit('config:changed', { scope });
  }

  function outcome(
    session: ProfileSession,
    scope: Scope,
    result: Result<SyncOutcome>,
  ): Result<SaveOutcome> {
    if (!result.ok) return result;
    if (result.value.status === 'conflict') {
      session.conflicts.set(scope, result.value.conflict);
      return ok({ status: 'conflict', conflict: toConflict(result.value.conflict) });
    }
    session.conflicts.delete(scope);
    changed(session, scope);
    return ok({ status: 'saved', config: toConfigView(session.config.view(scope)) });
  }

  return {
    'config:load': ({ scope }) =>
      withSync(async (sync, session) => {
        const before = sync.view(scope).etag;
        const loaded = await sync.load(scope);
        if (!loaded.ok) return loaded;
        if (loaded.value.etag !== before && scope === 'user') {
          session.alerts.setServerConfig(loaded.value.remote);
        }
        return ok(toConfigView(loaded.value));
      }),
    'config:update-draft': ({ scope, data }) =>
      withSync((sync) => {
        const r = sync.editDraft(scope, data);
        return r.ok ? ok(toConfigView(r.value)) : r;
      }),
    'config:discard-draft': ({ scope }) =>
      withSync((sync, session) => {
        session.conflicts.delete(scope);
        return ok(toConfigView(sync.discardDraft(scope)));
      }),
    'config:save': ({ scope }) =>
      withSync(async (sync, session) => outcome(session, scope, await sync.save(scope))),
    'config:resolve-conflict': ({ scope, choice }) =>
      withSync(async (sync, session) => {
        const conflict = session.conflicts.get(scope);
        if (!conflict) {
          return fail('invalid_input', 'There is no conflict to resolve: save again.');
        }
        const [choices, fallback] = choiceArgs(choice);
        const resolved = sync.resolveConflict(conflict, choices, fallback);
        if (!resolved.ok) return resolved;
        return outcome(session, scope, await sync.save(scope));
      }),
  };
}
