// Numbers in English or Italian style without Intl: the first Intl.NumberFormat of a page
// costs 15-35 ms (locale data) on a busy machine, right on the popover's first paint. The
// output is Intl's (unit test compares them): rounding half away from zero, grouping by three with
// "," (en) or "." (it, and only from five digits on), "." or "," before the decimals.
import type { UiLanguage } from './i18n.svelte';

const STYLE = {
  en: { group: ',', decimal: '.', minGroupDigits: 4 },
  it: { group: '.', decimal: ',', minGroupDigits: 5 },
} as const;

/** `value` with at most `maxFractionDigits` decimals (trailing zeros dropped). */
export function formatNumber(lang: UiLanguage, value: number, maxFractionDigits = 0): string {
  const abs = Math.abs(value);
  // Exponent notation (tiny or huge) and NaN/Infinity: Intl, whatever it costs.
  const shortest = String(abs);
  if (!Number.isFinite(value) || (shortest.includes('e') && abs >= 1)) {
    return new Intl.NumberFormat(lang, { maximumFractionDigits: maxFractionDigits }).format(value);
  }
  const [int, frac] = shortest.includes('e') ? ['0', ''] : roundHalfUp(shortest, maxFractionDigits);
  const style = STYLE[lang];
  const grouped =
    int.length < style.minGroupDigits ? int : int.replace(/\B(?=(\d{3})+$)/g, style.group);
  const negative = value < 0 || Object.is(value, -0);
  return `${negative ? '-' : ''}${grouped}${frac ? style.decimal + frac : ''}`;
}

/**
 * Rounds a plain decimal string to `digits` decimals half up, as ICU does: on the shortest
 * representation ("869.05"), not on the exact binary value (869.04999…). Trailing zeros go.
 */
function roundHalfUp(decimal: string, digits: number): [string, string] {
  const [int = '0', frac = ''] = decimal.split('.');
  if (frac.length <= digits) return [int, frac.replace(/0+$/, '')];
  let kept = int + frac.slice(0, digits);
  if ((frac[digits] ?? '0') >= '5')
    kept = (BigInt(kept) + 1n).toString().padStart(kept.length, '0');
  const cut = kept.length - digits;
  return [kept.slice(0, cut) || '0', kept.slice(cut).replace(/0+$/, '')];
}
