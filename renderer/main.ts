// The one entry of every window: picks the view from the URL hash. The popover (the window
// opened most, and the one that must show numbers fast) is in this entry and its snapshot is
// requested before anything else; sign-in and preferences stay lazy chunks.
import './styles/app.css';
// First: puts the popover's snapshot request on the wire before the rest is evaluated.
import { takeEarlySnapshot } from './lib/early-snapshot';
import { mount, unmount } from 'svelte';
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
let current: Mounted | null = null;
let generation = 0;

async function load(hash: string): Promise<() => Mounted> {
  const route = parseRoute(hash);
  document.body.dataset.view = route.view;
  if (route.view === 'sign-in') {
    const { default: SignIn } = await import('./sign-in/SignIn.svelte');
    return () => mount(SignIn, { target, props: { bridge } });
  }
  if (route.view === 'preferences') {
    const { default: Preferences } = await import('./preferences/Preferences.svelte');
    return () => mount(Preferences, { target, props: { bridge, tab: route.tab } });
  }
  // Only the first popover of this page uses the early request; a later one asks afresh.
  const initial = takeEarlySnapshot() ?? undefined;
  return () => mount(Popover, { target, props: { bridge, initial } });
}

async function show(): Promise<void> {
  const mine = ++generation;
  const create = await load(window.location.hash);
  if (mine !== generation) return;
  if (current) void unmount(current);
  current = create();
}

window.addEventListener('hashchange', () => void show());
void show();
