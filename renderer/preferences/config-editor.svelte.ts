// The server-configuration editor's state for one scope: what was loaded, the working
// copy (form or raw JSON), validation from common/config-keys, the local draft kept in
// step (debounced) so nothing typed is lost, save with conflict handling, and revert.
import type {
  Bridge,
  ConfigConflict,
  ConfigView,
  ConflictChoice,
  SaveOutcome,
} from '../../common/ipc-contract';
import { configProblems } from '../../common/config-keys';
import type { ErrorCode, Result } from '../../common/result';
import { i18n } from '../lib/i18n/i18n.svelte';
import type { ConfigData, Scope } from '../../common/users-api';
import { parseRawText, sameJson, toRawText } from './config-text';

const DRAFT_DELAY_MS = 400;
/** Failures that mean the server is away (not "you may not"): the draft waits for it. */
const UNREACHABLE: ReadonlySet<ErrorCode> = new Set(['network', 'timeout', 'server']);

export class ConfigEditor {
  scope = $state<Scope>('user');
  view = $state<ConfigView | null>(null);
  working = $state<ConfigData>({});
  mode = $state<'form' | 'raw'>('form');
  rawText = $state('');
  rawError = $state<{ kind: 'syntax' | 'not_object'; message: string } | null>(null);
  reveal = $state(false);
  busy = $state<'load' | 'save' | 'revert' | 'resolve' | null>(null);
  error = $state<string | null>(null);
  saved = $state(false);
  conflict = $state<ConfigConflict | null>(null);

  problems = $derived(configProblems(this.working));
  hasProblems = $derived(Object.keys(this.problems).length > 0);
  readOnly = $derived(this.view?.readOnly ?? false);
  /** Set when the view is the copy last loaded because the server could not be reached. */
  offline = $derived(this.view?.offline ?? null);
  dirty = $derived(this.view !== null && !sameJson(this.working, this.view.data));
  canSave = $derived(
    !this.readOnly && this.dirty && !this.hasProblems && !this.rawError && this.busy === null,
  );

  readonly #bridge: Bridge;
  readonly #onSaved: (scope: Scope, data: ConfigData) => void;
  #draftTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(bridge: Bridge, onSaved: (scope: Scope, data: ConfigData) => void) {
    this.#bridge = bridge;
    this.#onSaved = onSaved;
  }

  async load(scope: Scope = this.scope): Promise<void> {
    await this.#flushDraft();
    this.scope = scope;
    this.busy = 'load';
    const r = await this.#bridge.loadConfig({ scope });
    this.busy = null;
    this.#take(r, true);
  }

  /** Sets (or with undefined, removes) one key from the form. */
  setKey(key: string, value: unknown): void {
    const next = { ...this.working };
    if (value === undefined) delete next[key];
    else next[key] = value;
    this.working = next;
    this.saved = false;
    this.#scheduleDraft();
  }

  /** The raw tab's text: invalid JSON is shown as an error and nothing is sent. */
  setRaw(text: string): void {
    this.rawText = text;
    this.saved = false;
    const r = parseRawText(text, this.working);
    if (!r.ok) {
      this.rawError = { kind: r.error, message: r.message };
      this.#cancelDraft();
      return;
    }
    this.rawError = null;
    this.working = r.data;
    this.#scheduleDraft();
  }

  setMode(mode: 'form' | 'raw'): void {
    if (mode === this.mode || (mode === 'form' && this.rawError)) return;
    if (mode === 'raw') this.rawText = toRawText(this.working, this.reveal);
    this.mode = mode;
  }

  toggleReveal(): void {
    this.reveal = !this.reveal;
    if (this.mode === 'raw' && !this.rawError) this.rawText = toRawText(this.working, this.reveal);
  }

  async revert(): Promise<void> {
    this.#cancelDraft();
    this.busy = 'revert';
    const r = await this.#bridge.discardConfigDraft({ scope: this.scope });
    this.busy = null;
    this.#take(r, true);
  }

  async save(): Promise<void> {
    if (!this.canSave) return;
    this.busy = 'save';
    this.#cancelDraft();
    const d = await this.#bridge.updateConfigDraft({ scope: this.scope, data: this.working });
    const r = d.ok ? await this.#bridge.saveConfig({ scope: this.scope }) : d;
    this.busy = null;
    this.#outcome(r);
  }

  async resolve(choice: ConflictChoice): Promise<void> {
    this.busy = 'resolve';
    const r = await this.#bridge.resolveConfigConflict({ scope: this.scope, choice });
    this.busy = null;
    this.#outcome(r);
  }

  cancelConflict(): void {
    this.conflict = null;
  }

  #outcome(r: Result<SaveOutcome> | Result<ConfigView>): void {
    if (!r.ok) {
      this.error = UNREACHABLE.has(r.code)
        ? i18n.t('config.save_offline', { message: r.message })
        : r.message;
      return;
    }
    const outcome = r.value as SaveOutcome;
    if (outcome.status === 'conflict') {
      this.conflict = outcome.conflict;
      this.error = null;
      return;
    }
    this.conflict = null;
    this.#take({ ok: true, value: outcome.config }, false);
    this.saved = true;
    this.#onSaved(outcome.config.scope, outcome.config.data);
  }

  /** Adopts a loaded view; with useDraft the unsaved draft (if any) becomes the working copy. */
  #take(r: Result<ConfigView>, useDraft: boolean): void {
    this.error = r.ok ? null : r.message;
    if (!r.ok) return;
    this.view = r.value;
    this.working = structuredClone(
      $state.snapshot(useDraft ? (r.value.draft ?? r.value.data) : r.value.data),
    );
    this.rawError = null;
    this.rawText = toRawText(this.working, this.reveal);
  }

  #cancelDraft(): void {
    clearTimeout(this.#draftTimer);
    this.#draftTimer = undefined;
  }

  #scheduleDraft(): void {
    this.#cancelDraft();
    if (this.readOnly) return;
    this.#draftTimer = setTimeout(() => void this.#flushDraft(), DRAFT_DELAY_MS);
  }

  async #flushDraft(): Promise<void> {
    if (this.#draftTimer === undefined) return;
    this.#cancelDraft();
    if (!this.view || this.readOnly || this.rawError) return;
    const scope = this.scope;
    const data = $state.snapshot(this.working);
    const r = this.dirty
      ? await this.#bridge.updateConfigDraft({ scope, data })
      : await this.#bridge.discardConfigDraft({ scope });
    if (!r.ok) this.error = r.message;
  }

  /** Sends a pending draft now (on leaving the tab or the window). */
  dispose(): void {
    void this.#flushDraft();
  }
}
