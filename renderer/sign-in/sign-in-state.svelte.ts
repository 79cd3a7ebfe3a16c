// The sign-in form's state: test the connection (nothing stored), sign in, or start the
// demo. The token lives only in this form until it is sent, and is cleared after sign-in.
import type { Bridge, ConnectionPreview } from '../../common/ipc-contract';
import type { AuthState } from '../../common/snapshot';

export class SignInState {
  baseUrl = $state('');
  token = $state('');
  label = $state('');
  busy = $state<'test' | 'sign-in' | 'demo' | null>(null);
  preview = $state<ConnectionPreview | null>(null);
  error = $state<string | null>(null);
  /** Set after a sign-in whose token is kept for this session only. */
  signedIn = $state<AuthState | null>(null);
  readonly #bridge: Bridge;
  readonly #done: () => void;

  constructor(bridge: Bridge, done: () => void) {
    this.#bridge = bridge;
    this.#done = done;
  }

  get complete(): boolean {
    return this.baseUrl.trim() !== '' && this.token.trim() !== '';
  }

  async test(): Promise<void> {
    if (!this.#ready()) return;
    this.busy = 'test';
    this.preview = null;
    const r = await this.#bridge.testConnection({
      baseUrl: this.baseUrl.trim(),
      token: this.token.trim(),
    });
    this.busy = null;
    if (r.ok) this.preview = r.value;
    this.error = r.ok ? null : r.message;
  }

  async signIn(): Promise<void> {
    if (!this.#ready()) return;
    this.busy = 'sign-in';
    const label = this.label.trim();
    const r = await this.#bridge.signIn({
      baseUrl: this.baseUrl.trim(),
      token: this.token.trim(),
      ...(label ? { label } : {}),
    });
    this.busy = null;
    this.#finish(r);
  }

  async demo(): Promise<void> {
    this.busy = 'demo';
    const r = await this.#bridge.startDemo();
    this.busy = null;
    this.#finish(r);
  }

  #ready(): boolean {
    this.error = this.complete ? null : 'required';
    return this.complete;
  }

  #finish(r: Awaited<ReturnType<Bridge['signIn']>>): void {
    this.error = r.ok ? null : r.message;
    if (!r.ok) return;
    this.token = '';
    this.signedIn = r.value;
    if (r.value.persistent) this.#done();
  }

  continue(): void {
    this.#done();
  }
}
