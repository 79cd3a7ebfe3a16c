// Where the Node entries (CLI, preview host) keep their data: the same folder as the
// Electron app's userData, so the terminal companion sees the app's profiles.
import { homedir } from 'node:os';
import { join } from 'node:path';

const APP_FOLDER = 'prometheux-tray';

/**
 * The data folder shared with the app (Electron's userData for the app name
 * `prometheux-tray`); `PROMETHEUX_TRAY_DATA_DIR` overrides it (tests, portable use).
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const override = env.PROMETHEUX_TRAY_DATA_DIR;
  if (override !== undefined && override !== '') return override;
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER);
  if (platform === 'win32')
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_FOLDER);
}
