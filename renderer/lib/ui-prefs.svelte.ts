// Applies `theme` and `language` from the user's server config live: a saved change, a
// config:changed push or a sign-in re-reads them; `system` follows prefers-color-scheme.
// The last values are cached locally so the next window paints in the right theme at once.
import type { Bridge } from '../../common/ipc-contract';
import type { ThemeSetting } from '../../common/config-keys';
import { THEMES } from '../../common/config-keys';
import type { ConfigData } from '../../common/users-api';
import { i18n, uiLanguageOf } from './i18n/i18n.svelte';

const CACHE_KEY = 'prometheux.ui';

class UiPrefs {
  theme = $state<ThemeSetting>('system');
  language = $state<string>(navigator.language);
  #dark = window.matchMedia('(prefers-color-scheme: dark)');

  constructor() {
    try {
      const cached: unknown = JSON.parse(localStorage.getItem(CACHE_KEY) ?? 'null');
      if (cached && typeof cached === 'object') this.applyConfig(cached as ConfigData, false);
    } catch {
      // A damaged cache only costs one paint in the default theme.
    }
    this.#dark.addEventListener('change', () => this.#apply());
    this.#apply();
  }

  /** Takes theme and language from a config object; unknown values leave the current ones. */
  applyConfig(data: ConfigData, remember = true): void {
    if (typeof data.theme === 'string' && (THEMES as readonly string[]).includes(data.theme)) {
      this.theme = data.theme as ThemeSetting;
    }
    if (typeof data.language === 'string') this.language = data.language;
    this.#apply();
    if (remember) {
      try {
        localStorage.setItem(
          CACHE_KEY,
          JSON.stringify({ theme: this.theme, language: this.language }),
        );
      } catch {
        // Storage may be unavailable; the next window just loads the config again.
      }
    }
  }

  /** Loads the user config and applies it; keeps watching for saves and sign-ins. */
  watch(bridge: Bridge): void {
    const load = async (): Promise<void> => {
      const r = await bridge.loadConfig({ scope: 'user' });
      if (r.ok) this.applyConfig(r.value.data);
    };
    void load();
    bridge.on('config:changed', (e) => {
      if (e.scope === 'user') void load();
    });
    // A sign-in (in this window or another) brings that account's theme and language.
    let signedIn = false;
    bridge.on('snapshot:changed', (s) => {
      if (s.auth.signedIn && !signedIn) void load();
      signedIn = s.auth.signedIn;
    });
  }

  #apply(): void {
    const resolved = this.theme === 'system' ? (this.#dark.matches ? 'dark' : 'light') : this.theme;
    document.documentElement.dataset.theme = resolved;
    const lang = uiLanguageOf(this.language);
    document.documentElement.lang = lang;
    i18n.lang = lang;
  }
}

export const uiPrefs = new UiPrefs();
