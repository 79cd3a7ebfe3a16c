// A SettingsFile held in memory, for unit tests of logic on top of settings (profiles,
// monitor, alerts). Real files are tested in main/adapters/conf-settings-file.test.ts and
// main/adapters/state-files.test.ts.
import { ok, type Result } from '../../../common/result';
import type { ProfileStateKey, Settings } from '../settings/settings-schema';
import type { SettingsFile } from '../settings/settings-store';

export class FakeSettingsFile implements SettingsFile {
  readonly location = 'memory:settings.json';
  /** The stored JSON text; undefined = no file. */
  text: string | undefined;
  kept: string[] = [];
  /** State files as JSON text, keyed `<profileId>/<key>`. */
  readonly stateText = new Map<string, string>();

  constructor(initial?: unknown) {
    this.text = initial === undefined ? undefined : JSON.stringify(initial);
  }

  read(): Result<unknown> {
    return ok(this.text === undefined ? undefined : (JSON.parse(this.text) as unknown));
  }

  write(settings: Settings): void {
    this.text = JSON.stringify(settings);
  }

  quarantine(stamp: string): string {
    const name = `${this.location}.corrupt-${stamp}`;
    this.kept.push(name);
    this.text = undefined;
    return name;
  }

  readState(profileId: string, key: ProfileStateKey): unknown {
    const text = this.stateText.get(`${profileId}/${key}`);
    try {
      return text === undefined ? undefined : (JSON.parse(text) as unknown);
    } catch {
      return undefined;
    }
  }

  writeState(profileId: string, key: ProfileStateKey, value: unknown): void {
    const text = JSON.stringify(value);
    if (text === undefined) this.stateText.delete(`${profileId}/${key}`);
    else this.stateText.set(`${profileId}/${key}`, text);
  }

  removeState(profileId: string): void {
    for (const name of [...this.stateText.keys()]) {
      if (name.startsWith(`${profileId}/`)) this.stateText.delete(name);
    }
  }
}
