// Launch at login. macOS and Windows: app.setLoginItemSettings. Linux has no such API in
// Electron, so we write (or remove) an XDG autostart entry in ~/.config/autostart
// (https://specifications.freedesktop.org/autostart-spec/latest/).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fail, ok, type Result } from '../../common/result';
import type { AppLike } from './electron-deps';

export const AUTOSTART_FILE = 'prometheux-tray.desktop';

export interface LoginItemDeps {
  app: Pick<AppLike, 'setLoginItemSettings'>;
  platform: NodeJS.Platform;
  /** The program to start: the AppImage when run from one, else the executable. */
  execPath: string;
  /** $XDG_CONFIG_HOME or ~/.config. */
  configHome: string;
}

/** Quotes a path for a desktop entry's Exec key (the spec's reserved characters). */
export function quoteExec(path: string): string {
  return `"${path.replace(/(["`$\\])/g, '\\$1')}"`;
}

export function autostartEntry(execPath: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Prometheux Tray',
    'Comment=Prometheux quota in the system tray',
    `Exec=${quoteExec(execPath)} --hidden`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export async function setLaunchAtLogin(
  deps: LoginItemDeps,
  enabled: boolean,
): Promise<Result<null>> {
  if (deps.platform !== 'linux') {
    deps.app.setLoginItemSettings({ openAtLogin: enabled, openAsHidden: true });
    return ok(null);
  }
  const dir = join(deps.configHome, 'autostart');
  const file = join(dir, AUTOSTART_FILE);
  try {
    if (enabled) {
      await mkdir(dir, { recursive: true });
      await writeFile(file, autostartEntry(deps.execPath), { mode: 0o644 });
    } else {
      await rm(file, { force: true });
    }
    return ok(null);
  } catch {
    return fail(
      'internal',
      'Launch at login could not be changed: ~/.config/autostart is not writable.',
    );
  }
}
