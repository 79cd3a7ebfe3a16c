// The popover's first view rendered on the preview host (Svelte's server render of the real
// component, built by `npm run build:renderer` into dist/renderer-ssr), so the numbers paint
// with the page and the client hydrates them instead of building the DOM after its script.
// Optional: without the build (or if it fails) the page is served as before.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { UsageSnapshot } from '../../common/snapshot';
import type { ConfigData } from '../../common/users-api';

/** Markup for the popover showing `snapshot` in `language` (with Svelte's hydration markers). */
export type PopoverRenderer = (snapshot: UsageSnapshot, language?: string | null) => string;

/** Loads the server build's `renderPopover`; null (and a log line) when it is not usable. */
export async function loadPopoverRenderer(
  modulePath: string,
  log: (line: string) => void,
): Promise<PopoverRenderer | null> {
  if (!existsSync(modulePath)) {
    log('(preview) no server build of the popover: it is drawn by the page script only');
    return null;
  }
  try {
    const mod = (await import(pathToFileURL(modulePath).href)) as { renderPopover?: unknown };
    if (typeof mod.renderPopover === 'function') return mod.renderPopover as PopoverRenderer;
  } catch {
    // Reported below, the same as a module without the function.
  }
  log('(preview) the server build of the popover could not be loaded: it is drawn by the page');
  return null;
}

/**
 * The markup, or null when the render throws (a bug: the page then draws the popover itself,
 * and the host says so once rather than failing the page).
 */
export function safePrerender(
  render: PopoverRenderer,
  snapshot: UsageSnapshot,
  language: string | null,
  log: (line: string) => void,
): string | null {
  try {
    return render(snapshot, language);
  } catch {
    if (!reported.has(render)) log('(preview) the popover server render failed');
    reported.add(render);
    return null;
  }
}

const reported = new WeakSet<PopoverRenderer>();

/** The user's theme and language as the page script will apply them, for its first paint. */
export interface PageLook {
  /** `light` or `dark` when the user chose one; null follows the OS (CSS does that). */
  theme: 'light' | 'dark' | null;
  /** The config's language, else the browser's first Accept-Language tag. */
  language: string | null;
  /** The catalog the page will use for it (the renderer's rule: Italian or English). */
  lang: 'en' | 'it';
}

/** From the user config as last loaded (no request) and the page request's Accept-Language. */
export function pageLook(config: ConfigData | null, acceptLanguage: string | undefined): PageLook {
  const theme = config?.theme === 'light' || config?.theme === 'dark' ? config.theme : null;
  const configured = typeof config?.language === 'string' ? config.language : null;
  const browser = acceptLanguage?.split(',')[0]?.split(';')[0]?.trim() || null;
  const language = configured ?? browser;
  return { theme, language, lang: language?.toLowerCase().startsWith('it') ? 'it' : 'en' };
}
