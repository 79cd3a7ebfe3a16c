// The UI language: English and Italian catalogs, chosen from the user's server config
// (`language`), falling back to the browser's language and then English. Reactive, so a
// change of language re-renders every string at once.
import type { MessageKey } from './en';
import { en } from './en';
import { it } from './it';
import { format } from './format-message';
import { formatNumber } from './number-format';

export type UiLanguage = 'en' | 'it';
const CATALOGS = { en, it } as const;

/** Maps any language code (config or navigator) to a language we have a catalog for. */
export function uiLanguageOf(code: string | null | undefined): UiLanguage {
  return code?.toLowerCase().startsWith('it') ? 'it' : 'en';
}

class I18n {
  lang = $state<UiLanguage>('en');

  /** The message for `key` in the current language, with {placeholders} filled in. */
  t = (key: MessageKey, params?: Record<string, string | number>): string =>
    format(CATALOGS[this.lang][key], params);

  /** Numbers in the current language's style (1,000 vs 1.000), without Intl's first cost. */
  n = (value: number, maximumFractionDigits = 0): string =>
    formatNumber(this.lang, value, maximumFractionDigits);
}

export const i18n = new I18n();
