// The one entry of every window: picks the view from the URL hash and loads only that
// view's chunk, so the popover's bundle stays small.
import './styles/app.css';
import { mount, unmount } from 'svelte';
import { getBridge } from './lib/bridge';
import { parseRoute } from './lib/route';
import { uiPrefs } from './lib/ui-prefs.svelte';
import NoticeBar from './lib/NoticeBar.svelte';

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
  const { default: Popover } = await import('./popover/Popover.svelte');
  return () => mount(Popover, { target, props: { bridge } });
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
