// Where the popover opens: next to the tray icon, on the side facing the screen, and
// always inside the display's work area (taskbars and menu bars excluded). Pure geometry,
// so the shell only supplies screen.getDisplayNearestPoint(...).workArea.
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Gap in px between the tray icon (or the screen edge) and the popover. */
export const POPOVER_MARGIN = 4;

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

/**
 * Linux AppIndicators report empty tray bounds; then the popover sits in the work area's
 * top-right corner, where GNOME and KDE panels keep their indicators by default.
 */
export function hasTrayBounds(tray: Rect): boolean {
  return tray.width > 0 && tray.height > 0;
}

export function popoverPosition(tray: Rect, popover: Size, workArea: Rect): Rect {
  const m = POPOVER_MARGIN;
  const width = Math.min(popover.width, workArea.width);
  const height = Math.min(popover.height, workArea.height);
  let x: number;
  let y: number;
  if (!hasTrayBounds(tray)) {
    x = workArea.x + workArea.width - width - m;
    y = workArea.y + m;
  } else {
    const trayCenterY = tray.y + tray.height / 2;
    const workCenterY = workArea.y + workArea.height / 2;
    x = Math.round(tray.x + tray.width / 2 - width / 2);
    y = trayCenterY < workCenterY ? tray.y + tray.height + m : tray.y - height - m;
  }
  return {
    x: clamp(x, workArea.x, workArea.x + workArea.width - width),
    y: clamp(y, workArea.y, workArea.y + workArea.height - height),
    width,
    height,
  };
}
