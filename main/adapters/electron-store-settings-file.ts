// The app's SettingsFile: electron-store (a conf subclass) in the Electron main process,
// sharing every rule with ConfSettingsFile. It cannot run without Electron, so it is kept
// this thin and only typechecked here. `cwd` is app.getPath('userData'), passed in by
// main/electron so this file needs no electron import. The per-profile state files are
// ConfSettingsFile's own (node:fs under `<userData>/state/`), so both engines share them.
import ElectronStore from 'electron-store';
import { ConfSettingsFile, confOptions, type SettingsDocument } from './conf-settings-file';

export function createElectronSettingsFile(cwd: string, name = 'settings'): ConfSettingsFile {
  return new ConfSettingsFile(
    { cwd, name },
    (options) =>
      new ElectronStore<SettingsDocument>({
        ...confOptions(),
        cwd: options.cwd,
        name: options.name,
      }),
  );
}
