// The popover's first view as HTML, for the browser preview host: it renders the snapshot it
// embeds in the page, so the numbers paint with the page itself and the client hydrates them.
// Built with `vite build --ssr` (renderer/vite.ssr.config.ts); never part of the packaged app.
import { render } from 'svelte/server';
import type { Bridge } from '../../common/ipc-contract';
import type { UsageSnapshot } from '../../common/snapshot';
import { i18n, uiLanguageOf } from '../lib/i18n/i18n.svelte';
import Popover from '../popover/Popover.svelte';

// The server render only reads props: no call reaches the bridge (effects do not run here).
const inertBridge = new Proxy({} as Bridge, {
  get: () => () => {
    throw new Error('the server render of the popover called the bridge');
  },
});

/**
 * The popover's markup (with Svelte's hydration markers) for `snapshot`, in `language` (the
 * user's config or the browser's, as the page would pick it; English otherwise).
 */
export function renderPopover(snapshot: UsageSnapshot, language?: string | null): string {
  i18n.lang = uiLanguageOf(language);
  const never = new Promise<never>(() => {});
  return render(Popover, {
    props: { bridge: inertBridge, initial: { embedded: snapshot, request: never } },
  }).body;
}
