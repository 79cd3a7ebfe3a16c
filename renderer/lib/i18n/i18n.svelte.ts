// The UI language: English and Italian catalogs, chosen from the user's server config
// (`language`), falling back to the browser's language and then English. Reactive, so a
// change of language re-renders every string at once.
import type { MessageKey } from './en';
import { en } from './en';
import { it } from './it';
import { format } from './format-message';

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

  /** Numbers in the current language's style (1,000 vs 1.000). */
  n = (value: number, maximumFractionDigits = 0): string =>
    numberFormat(this.lang, maximumFractionDigits).format(value);
}

// Building an Intl.NumberFormat is slow (tens of ms for the first on a busy machine) and the
// popover formats ten numbers on its first paint: build each one once.
// A plain cache, not state: nothing renders from it.
const formats: Record<string, Intl.NumberFormat> = {};
function numberFormat(lang: UiLanguage, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${lang}:${maximumFractionDigits}`;
  return (formats[key] ??= new Intl.NumberFormat(lang, { maximumFractionDigits }));
}

export const i18n = new I18n();
