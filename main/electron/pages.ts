// The URLs of the renderer's views. One entry page (dist/renderer/index.html) picks its
// view from the URL hash (renderer/vite.config.ts), served from our app:// origin.
import type { PreferencesTab } from '../../common/ipc-contract';
import { APP_ORIGIN } from './hardening';

export type View = 'popover' | 'preferences' | 'sign-in';

export function pageUrl(view: View, tab?: PreferencesTab): string {
  const hash = view === 'preferences' && tab ? `#preferences/${tab}` : `#${view}`;
  return `${APP_ORIGIN}/index.html${hash}`;
}
