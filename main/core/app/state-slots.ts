// A StatePort per (profile, slot) on the settings store, so the monitor, alerts, history and
// config sync each persist their own blob without knowing where or how it is stored.
import type { StatePort } from '../../../common/json';
import type { ProfileStateKey } from '../settings/settings-schema';
import type { SettingsStore } from '../settings/settings-store';

export function profileStatePort(
  settings: SettingsStore,
  profileId: string,
  key: ProfileStateKey,
): StatePort {
  return {
    load: () => settings.readProfileState(profileId, key),
    save: (value) => {
      // A failed write keeps the in-memory state; the next write tries again.
      settings.writeProfileState(profileId, key, value);
    },
  };
}
