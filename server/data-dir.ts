// Where the reference server keeps its SQLite file and secret when no --data is given:
// the platform's per-user data folder, so an operator never has to pick one.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

export const DATA_DIR_NAME = 'prometheux-tray-server';

/** The per-user data folder of this platform + `prometheux-tray-server`. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (process.platform === 'win32') {
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), DATA_DIR_NAME);
  }
  if (process.platform === 'darwin') {
    return join(homedir(), 'Library', 'Application Support', DATA_DIR_NAME);
  }
  const xdg = env.XDG_DATA_HOME;
  return join(xdg && xdg.length > 0 ? xdg : join(homedir(), '.local', 'share'), DATA_DIR_NAME);
}

/** Creates the folder (owner-only) if needed and returns it. */
export function ensureDataDir(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** A fresh temporary data folder, for embedded and test servers. */
export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'ptray-server-'));
}
