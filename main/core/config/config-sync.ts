// Config sync: load a scope (keeping its ETag), edit it as a locally persisted draft, save
// with If-Match. A conflicting save returns mine, theirs, the base and a per-key diff as a
// value, so the UI can offer keep mine / take theirs / merge per key. The organization
// scope is read-only unless the role is admin; a 403 is returned as a value, never retried.
import type { Json, StatePort } from '../../../common/json';
import { fail, ok, type Result } from '../../../common/result';
import type { ConfigData, Role, Scope } from '../../../common/users-api';
import type { Clock, UsersApi } from '../ports';
import { deepEqual, diffConfigs, resolveConfigs, type Choice, type KeyDiff } from './config-diff';
import { validateConfig, type ConfigIssue } from './config-keys';
import { parseDraftState, type DraftState, type ScopeRecord } from './draft-state';

export interface ScopeView extends Readonly<ScopeRecord> {
  scope: Scope;
  readOnly: boolean;
  readOnlyReason: string | null;
  /** Problems of the draft (or of the server version when there is no draft). */
  issues: ConfigIssue[];
  /**
   * Set when the server could not be reached and this is the cached copy (with the draft):
   * why (the load's own message) and when the copy was last confirmed. Null when fresh.
   */
  offline: OfflineNote | null;
}

export interface OfflineNote {
  code: 'network' | 'timeout' | 'server';
  message: string;
  /** When the cached server version was last loaded (ms since the epoch), if known. */
  loadedAt: number | null;
}

/** Failures that mean "the server is not there right now", not "you may not". */
const OFFLINE_CODES: ReadonlySet<string> = new Set(['network', 'timeout', 'server']);

export interface ConfigConflict {
  scope: Scope;
  mine: ConfigData;
  theirs: ConfigData;
  base: ConfigData;
  theirsEtag: string | null;
  diff: KeyDiff[];
}

export type SaveOutcome =
  | { status: 'saved'; data: ConfigData; etag: string | null }
  | { status: 'conflict'; conflict: ConfigConflict };

export const ORG_READ_ONLY = 'Only an organization admin can change organization settings.';

export class ConfigSync {
  private state: DraftState;
  private role: Role | null;

  constructor(
    private readonly deps: { api: UsersApi; port: StatePort; clock: Clock; role?: Role | null },
  ) {
    this.state = parseDraftState(deps.port.load());
    this.role = deps.role ?? null;
  }

  /** The role decides whether the organization scope is editable (unknown role = read-only). */
  setRole(role: Role | null): void {
    this.role = role;
  }

  view(scope: Scope): ScopeView {
    const record = this.state.scopes[scope];
    const readOnly = scope === 'organization' && this.role !== 'admin';
    const shown = record.draft ?? record.remote ?? {};
    return {
      ...record,
      scope,
      readOnly,
      readOnlyReason: readOnly ? ORG_READ_ONLY : null,
      issues: validateConfig(shown),
      offline: null,
    };
  }

  /**
   * Loads the server version; a 304 keeps what we have. A draft in progress is kept as is.
   * When the server is unreachable (network, timeout, 5xx) and a copy was loaded before, that
   * copy is returned marked `offline`, so the user can still read and edit; an auth failure
   * (401/403) or a first load with nothing cached stays a failure.
   */
  async load(scope: Scope): Promise<Result<ScopeView>> {
    const record = this.state.scopes[scope];
    const result = await this.deps.api.loadConfig(scope, record.remote ? record.etag : null);
    if (!result.ok) {
      if (!OFFLINE_CODES.has(result.code) || (!record.remote && !record.draft)) return result;
      const code = result.code as OfflineNote['code'];
      const note = { code, message: result.message, loadedAt: record.loadedAt };
      return ok({ ...this.view(scope), offline: note });
    }
    const loadedAt = this.deps.clock.now();
    if (!result.value.notModified) {
      this.write(scope, { remote: result.value.data, etag: result.value.etag, loadedAt });
    } else {
      this.write(scope, { loadedAt });
    }
    return ok(this.view(scope));
  }

  /** Replaces the draft (persisted at once). */
  editDraft(scope: Scope, data: ConfigData): Result<ScopeView> {
    const record = this.state.scopes[scope];
    if (this.view(scope).readOnly) return fail('forbidden', ORG_READ_ONLY);
    if (!record.remote && !record.draft) {
      return fail('invalid_input', 'Load the settings from the server before editing them.');
    }
    const started = record.draft ? {} : { base: record.remote, baseEtag: record.etag };
    // Editing back to the base leaves nothing unsaved.
    if (deepEqual(data, record.draft ? record.base : record.remote))
      return ok(this.discardDraft(scope));
    this.write(scope, {
      ...started,
      draft: structuredClone(data),
      editedAt: this.deps.clock.now(),
    });
    return ok(this.view(scope));
  }

  /** Sets one key of the draft; `undefined` removes it. */
  setKey(scope: Scope, key: string, value: unknown): Result<ScopeView> {
    const record = this.state.scopes[scope];
    const current = record.draft ?? record.remote ?? {};
    const entries = Object.entries(current).filter(([k]) => k !== key);
    if (value !== undefined) entries.push([key, value]);
    return this.editDraft(scope, Object.fromEntries(entries));
  }

  discardDraft(scope: Scope): ScopeView {
    this.write(scope, { draft: null, base: null, baseEtag: null, editedAt: null });
    return this.view(scope);
  }

  /** Saves the draft with If-Match; the draft stays persisted on any failure. */
  async save(scope: Scope): Promise<Result<SaveOutcome>> {
    const view = this.view(scope);
    if (view.readOnly) return fail('forbidden', ORG_READ_ONLY);
    if (!view.draft) return ok({ status: 'saved', data: view.remote ?? {}, etag: view.etag });
    if (view.issues.length > 0) {
      const keys = view.issues.map((i) => i.key).join(', ');
      return fail('validation', `Fix these settings before saving: ${keys}.`);
    }
    const draft = view.draft;
    const result = await this.deps.api.saveConfig(scope, draft, view.baseEtag);
    if (result.ok) {
      const etag = result.value.etag;
      this.write(scope, {
        remote: draft,
        etag,
        loadedAt: this.deps.clock.now(),
        draft: null,
        base: null,
        baseEtag: null,
        editedAt: null,
      });
      return ok({ status: 'saved', data: draft, etag });
    }
    if (result.code !== 'conflict') return result;
    const theirs = await this.deps.api.loadConfig(scope, null);
    if (!theirs.ok) return theirs;
    if (theirs.value.notModified)
      return fail('malformed', 'The server answered a fresh load with "not modified".');
    this.write(scope, {
      remote: theirs.value.data,
      etag: theirs.value.etag,
      loadedAt: this.deps.clock.now(),
    });
    const base = view.base ?? {};
    const conflict = {
      scope,
      mine: draft,
      theirs: theirs.value.data,
      base,
      theirsEtag: theirs.value.etag,
    };
    return ok({
      status: 'conflict',
      conflict: { ...conflict, diff: diffConfigs(base, draft, conflict.theirs) },
    });
  }

  /**
   * Turns a conflict into a new draft based on their version (per-key choices; other keys
   * take `fallback`), ready for save(). Taking theirs entirely simply drops the draft.
   */
  resolveConflict(
    conflict: ConfigConflict,
    choices: Readonly<Record<string, Choice>> = {},
    fallback: Choice | 'suggested' = 'suggested',
  ): Result<ScopeView> {
    const resolved = resolveConfigs(
      conflict.mine,
      conflict.theirs,
      conflict.base,
      choices,
      fallback,
    );
    if (deepEqual(resolved, conflict.theirs)) return ok(this.discardDraft(conflict.scope));
    this.write(conflict.scope, {
      draft: resolved,
      base: conflict.theirs,
      baseEtag: conflict.theirsEtag,
      editedAt: this.deps.clock.now(),
    });
    return ok(this.view(conflict.scope));
  }

  private write(scope: Scope, change: Partial<ScopeRecord>): void {
    this.state.scopes[scope] = { ...this.state.scopes[scope], ...change };
    this.deps.port.save(this.state as unknown as Json);
  }
}
