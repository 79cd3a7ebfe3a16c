// A Notifier that records instead of showing, for tests and the browser preview.
import type { Notifier } from '../ports';

export type RecordedNotification = Parameters<Notifier['notify']>[0];

export class RecordingNotifier implements Notifier {
  readonly shown: RecordedNotification[] = [];

  notify(notification: RecordedNotification): void {
    this.shown.push(notification);
  }
}
