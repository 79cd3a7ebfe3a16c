// Core's Notifier port on Electron's Notification: one grouped alert from the alert policy
// is one desktop notification; a newer one with the same tag replaces the older; a click
// opens the popover. Each notification stays referenced until closed, so its click handler
// is not garbage-collected while it is still on screen.
import type { Notifier } from '../core/ports';
import type { ElectronDeps, NotificationLike } from './electron-deps';

/** Windows shows notifications only for an app with an AppUserModelID (set in shell.ts). */
export const APP_USER_MODEL_ID = 'ai.prometheux.tray';

export function createDesktopNotifier(
  deps: Pick<ElectronDeps, 'createNotification' | 'notificationsSupported'>,
  onClick: () => void,
): Notifier {
  const byTag = new Map<string, NotificationLike>();
  return {
    notify({ title, body, tag }) {
      if (!deps.notificationsSupported()) return;
      byTag.get(tag)?.close();
      const note = deps.createNotification({ title, body, silent: false });
      note.on('click', () => onClick());
      note.on('close', () => {
        if (byTag.get(tag) === note) byTag.delete(tag);
      });
      byTag.set(tag, note);
      note.show();
    },
  };
}
