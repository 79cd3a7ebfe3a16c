// How the two windows look. The popover is a frameless panel that never shows in the
// taskbar or dock and stays above other windows while open; preferences is an ordinary
// window. webPreferences are added by WindowManager (always the hardened set).
import type { BrowserWindowConstructorOptions } from 'electron';

export const POPOVER_SIZE = { width: 360, height: 480 } as const;

export const POPOVER_OPTIONS: BrowserWindowConstructorOptions = {
  ...POPOVER_SIZE,
  frame: false,
  resizable: false,
  movable: false,
  minimizable: false,
  maximizable: false,
  fullscreenable: false,
  skipTaskbar: true,
  alwaysOnTop: true,
  show: false,
};

export const PREFERENCES_OPTIONS: BrowserWindowConstructorOptions = {
  width: 760,
  height: 580,
  minWidth: 560,
  minHeight: 440,
  title: 'Prometheux Tray',
  show: false,
  autoHideMenuBar: true,
};
