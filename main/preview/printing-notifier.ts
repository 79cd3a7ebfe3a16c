// The preview's Notifier: one line on the terminal per desktop notification the app would
// show, and a record of each so the e2e suite can count alerts (via the test hooks).
import type { Notifier } from '../core/ports';

export type ShownNotification = Parameters<Notifier['notify']>[0] & { at: string };

export class PrintingNotifier implements Notifier {
  readonly shown: ShownNotification[] = [];

  constructor(private readonly print: (line: string) => void) {}

  notify(notification: Parameters<Notifier['notify']>[0]): void {
    const at = new Date().toISOString();
    this.shown.push({ ...notification, at });
    this.print(`notification: ${notification.title} — ${notification.body}`);
  }
}
