// The `drafts` slot: per scope, the last loaded server version (for offline display and as
// the base of a draft) and the unsaved draft. Written on every edit, so nothing typed is
// lost on a crash, a failed save or a quit. Validated on load; malformed parts are dropped.
import { isPlainObject, SCOPES, type ConfigData, type Scope } from '../../../common/users-api';

export interface ScopeRecord {
  /** The server's version as last loaded, or null before the first load. */
  remote: ConfigData | null;
  etag: string | null;
  /** Unsaved edits, or null when there are none. */
  draft: ConfigData | null;
  /** The server version the draft started from, and its ETag (sent as If-Match). */
  base: ConfigData | null;
  baseEtag: string | null;
  /** When the draft was last edited (ms since the epoch). */
  editedAt: number | null;
  /** When `remote` was last confirmed by the server (ms since the epoch), for the offline note. */
  loadedAt: number | null;
}

export interface DraftState {
  version: 1;
  scopes: Record<Scope, ScopeRecord>;
}

export function emptyRecord(): ScopeRecord {
  return {
    remote: null,
    etag: null,
    draft: null,
    base: null,
    baseEtag: null,
    editedAt: null,
    loadedAt: null,
  };
}

export function freshDraftState(): DraftState {
  return { version: 1, scopes: { user: emptyRecord(), organization: emptyRecord() } };
}

const objectOrNull = (v: unknown): ConfigData | null => (isPlainObject(v) ? v : null);
const stringOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function parseRecord(raw: unknown): ScopeRecord {
  if (!isPlainObject(raw)) return emptyRecord();
  const record: ScopeRecord = {
    remote: objectOrNull(raw.remote),
    etag: stringOrNull(raw.etag),
    draft: objectOrNull(raw.draft),
    base: objectOrNull(raw.base),
    baseEtag: stringOrNull(raw.baseEtag),
    editedAt: typeof raw.editedAt === 'number' ? raw.editedAt : null,
    loadedAt: typeof raw.loadedAt === 'number' ? raw.loadedAt : null,
  };
  // A draft without its base cannot be saved safely: keep it, on an empty base (the save's
  // If-Match is then absent only if no ETag was known either).
  if (record.draft && !record.base) record.base = {};
  return record;
}

export function parseDraftState(raw: unknown): DraftState {
  const state = freshDraftState();
  if (!isPlainObject(raw) || raw.version !== 1 || !isPlainObject(raw.scopes)) return state;
  for (const scope of SCOPES) state.scopes[scope] = parseRecord(raw.scopes[scope]);
  return state;
}
