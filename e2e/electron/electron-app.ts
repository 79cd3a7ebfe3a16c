// Launches the built app (dist/) in Electron with a throwaway userData folder and a private
// HOME, so a run touches nothing of the user's and starts signed out.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
// @ts-expect-error -- a plain .mjs helper without type declarations
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

type Binary = { ok: true; path: string } | { ok: false; reason: string };
export const BINARY = (findElectronBinary as () => Binary)();

/** The skip reason where no Electron binary exists, or null where the suite can run. */
export const SKIP_REASON = BINARY.ok
  ? null
  : `Electron binary not available on this machine (${BINARY.reason})`;

export interface Launched {
  app: ElectronApplication;
  popover: Page;
  userData: string;
  close(): Promise<void>;
}

/** Starts the app with `--open` (popover shown) and, by default, `--demo`. */
export async function launchApp(
  options: { demo?: boolean; userData?: string } = {},
): Promise<Launched> {
  if (!BINARY.ok) throw new Error(SKIP_REASON ?? 'no Electron');
  const userData = options.userData ?? mkdtempSync(join(tmpdir(), 'prometheux-e2e-'));
  const args = [ROOT, '--open', ...(options.demo === false ? [] : ['--demo'])];
  const app = await _electron.launch({
    executablePath: BINARY.path,
    args,
    env: { ...process.env, PROMETHEUX_TRAY_USER_DATA: userData },
  });
  const popover = await app.firstWindow();
  return {
    app,
    popover,
    userData,
    close: async () => {
      await app.close();
      if (!options.userData) rmSync(userData, { recursive: true, force: true });
    },
  };
}
