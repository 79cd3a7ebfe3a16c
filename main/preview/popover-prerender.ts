// The popover's first view rendered on the preview host (Svelte's server render of the real
// component, built by `npm run build:renderer` into dist/renderer-ssr), so the numbers paint
// with the page and the client hydrates them instead of building the DOM after its script.
// Optional: without the build (or if it fails) the page is served as before.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { UsageSnapshot } from '../../common/snapshot';

/** Markup for the popover showing `snapshot` (with Svelte's hydration markers). */
export type PopoverRenderer = (snapshot: UsageSnapshot) => string;

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
  log: (line: string) => void,
): string | null {
  try {
    return render(snapshot);
  } catch {
    if (!reported.has(render)) log('(preview) the popover server render failed');
    reported.add(render);
    return null;
  }
}

const reported = new WeakSet<PopoverRenderer>();
