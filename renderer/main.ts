// The one entry of every window: picks the view from the URL hash. The popover (the window
// opened most, and the one that must show numbers fast) is in this entry and its snapshot is
// requested before anything else; sign-in and preferences stay lazy chunks.
import './styles/app.css';
// First: puts the popover's snapshot request on the wire before the rest is evaluated.
import { takeEarlySnapshot } from './lib/early-snapshot';
import { hydrate, mount, unmount } from 'svelte';
import { getBridge } from './lib/bridge';
import { parseRoute } from './lib/route';
import { uiPrefs } from './lib/ui-prefs.svelte';
import NoticeBar from './lib/NoticeBar.svelte';
import Popover from './popover/Popover.svelte';

type Mounted = Record<string, unknown>;

const bridge = getBridge();
uiPrefs.watch(bridge);
const noticeTarget = document.getElementById('notices');
if (noticeTarget) mount(NoticeBar, { target: noticeTarget, props: { bridge } });

const target = document.getElementById('app') as HTMLElement;
// The browser preview's host may have pre-rendered the popover (from the snapshot it embedded)
// into #app, inert until this script takes it over. The host cannot see the URL hash, so on
// another view that markup goes at once (before that view's chunk loads); the first popover
// hydrates it.
const PRERENDERED = 'data-prerendered';
let prerendered = target.hasAttribute(PRERENDERED);
if (prerendered && parseRoute(window.location.hash).view !== 'popover') {
  target.replaceChildren();
}
let current: Mounted | null = null;
let generation = 0;

/** How to create a view; `hydrates` when it takes over the pre-rendered markup in #app. */
interface ViewFactory {
  create: () => Mounted;
  hydrates: boolean;
}

async function load(hash: string): Promise<ViewFactory> {
  const route = parseRoute(hash);
  document.body.dataset.view = route.view;
  if (route.view === 'sign-in') {
    const { default: SignIn } = await import('./sign-in/SignIn.svelte');
    return { create: () => mount(SignIn, { target, props: { bridge } }), hydrates: false };
  }
  if (route.view === 'preferences') {
    const { default: Preferences } = await import('./preferences/Preferences.svelte');
    const props = { bridge, tab: route.tab };
    return { create: () => mount(Preferences, { target, props }), hydrates: false };
  }
  // Only the first popover of this page uses the early request; a later one asks afresh.
  const initial = takeEarlySnapshot() ?? undefined;
  const props = { bridge, initial };
  // The pre-render was made from the embedded snapshot, so only that one can hydrate it.
  if (prerendered && initial?.embedded) {
    return { create: () => hydrate(Popover, { target, props }), hydrates: true };
  }
  return { create: () => mount(Popover, { target, props }), hydrates: false };
}

async function show(): Promise<void> {
  const mine = ++generation;
  const view = await load(window.location.hash);
  if (mine !== generation) return;
  if (current) void unmount(current);
  if (prerendered && !view.hydrates) target.replaceChildren();
  current = view.create();
  if (prerendered) {
    target.removeAttribute(PRERENDERED);
    target.removeAttribute('inert');
  }
  prerendered = false;
}

window.addEventListener('hashchange', () => void show());
// Pre-rendered numbers paint first; hydrating them (most of this script's work) follows that frame.
const afterNextFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
void (prerendered ? afterNextFrame() : Promise.resolve()).then(show);
