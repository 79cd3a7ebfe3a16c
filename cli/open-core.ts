// The app core as the CLI runs it: settings in the app's data folder (conf), tokens in the
// same OS keychain entry as the desktop app (keytar; memory for this run when unusable),
// one refresh and no polling, readings not recorded (the desktop app owns alerts/history).
import { ConfSettingsFile } from '../main/adapters/conf-settings-file';
import { loadKeytarSecretStore } from '../main/adapters/keytar-secret-store';
import { defaultDataDir } from '../main/adapters/node-accounts';
import { createAppCore, type AppCore } from '../main/core/app/app-core';
import { headlessShell } from '../main/core/app/headless-shell';
import { openSettingsStore } from '../main/core/settings/settings-store';
import { systemClock } from './system-clock';

export function openCliCore(): AppCore {
  return createAppCore({
    settings: openSettingsStore(new ConfSettingsFile({ cwd: defaultDataDir() })),
    secrets: () => loadKeytarSecretStore(),
    clock: systemClock,
    notifier: { notify: () => undefined },
    shell: headlessShell(),
    poll: false,
    recordUsage: false,
    loadServerConfig: false,
  });
}
