// Which view a window shows, from its URL hash: #popover, #sign-in, #preferences or
// #preferences/<tab>. The shell opens each window on its hash; the preview navigates.
import type { PreferencesTab } from '../../common/ipc-contract';

export type View = 'popover' | 'sign-in' | 'preferences';
export const PREFERENCES_TABS: readonly PreferencesTab[] = ['account', 'config', 'alerts', 'app'];

/** Parses the hash; anything unknown shows the popover (and the account tab). */
export function parseRoute(hash: string): { view: View; tab: PreferencesTab } {
  const [view = '', tab = ''] = hash.replace(/^#\/?/, '').split('/');
  const known = (PREFERENCES_TABS as readonly string[]).includes(tab);
  const t = known ? (tab as PreferencesTab) : 'account';
  if (view === 'sign-in' || view === 'preferences') return { view, tab: t };
  return { view: 'popover', tab: t };
}
