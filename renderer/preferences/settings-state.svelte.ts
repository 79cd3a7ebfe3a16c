// The app settings as the Alerts and App tabs edit them: loaded once, kept in step with
// settings:changed pushes, each change sent at once as a partial patch.
import type { Bridge, SettingsPatch, SettingsView } from '../../common/ipc-contract';

export class SettingsState {
  value = $state<SettingsView | null>(null);
  error = $state<string | null>(null);
  /** Briefly true after a change was stored, for a "Saved." hint. */
  saved = $state(false);
  readonly #bridge: Bridge;

  constructor(bridge: Bridge) {
    this.#bridge = bridge;
  }

  start(): () => void {
    void this.#bridge.getSettings().then((r) => {
      if (r.ok) this.value = r.value;
      this.error = r.ok ? null : r.message;
    });
    return this.#bridge.on('settings:changed', (s) => (this.value = s));
  }

  async set(patch: SettingsPatch): Promise<boolean> {
    const r = await this.#bridge.setSettings(patch);
    if (r.ok) this.value = r.value;
    this.error = r.ok ? null : r.message;
    this.saved = r.ok;
    return r.ok;
  }
}
