import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { POPOVER_MARGIN, popoverPosition, type Rect } from './popover-position';

const work: Rect = { x: 0, y: 24, width: 1920, height: 1056 };
const size = { width: 360, height: 480 };

describe('popover position', () => {
  it('opens below a tray icon in a top bar, centred on it', () => {
    const tray = { x: 1700, y: 0, width: 22, height: 24 };
    expect(popoverPosition(tray, size, work)).toEqual({
      x: 1531,
      y: 24 + POPOVER_MARGIN,
      width: 360,
      height: 480,
    });
  });

  it('opens above a tray icon in a bottom taskbar, clamped at the right edge', () => {
    const taskbarWork = { x: 0, y: 0, width: 1920, height: 1040 };
    const tray = { x: 1900, y: 1044, width: 16, height: 32 };
    const at = popoverPosition(tray, size, taskbarWork);
    expect(at.x).toBe(1920 - 360);
    expect(at.y).toBe(1040 - 480);
  });

  it('uses the top-right corner when the tray reports no bounds (Linux AppIndicator)', () => {
    const at = popoverPosition({ x: 0, y: 0, width: 0, height: 0 }, size, work);
    expect(at).toEqual({
      x: 1920 - 360 - POPOVER_MARGIN,
      y: 24 + POPOVER_MARGIN,
      width: 360,
      height: 480,
    });
  });

  it('always stays inside the work area, whatever the tray bounds and display', () => {
    const int = (min: number, max: number) => fc.integer({ min, max });
    fc.assert(
      fc.property(
        fc.record({
          x: int(-5000, 5000),
          y: int(-5000, 5000),
          width: int(0, 64),
          height: int(0, 64),
        }),
        fc.record({
          x: int(-3000, 3000),
          y: int(-3000, 3000),
          width: int(200, 4000),
          height: int(200, 3000),
        }),
        (tray, area) => {
          const at = popoverPosition(tray, size, area);
          expect(at.x).toBeGreaterThanOrEqual(area.x);
          expect(at.y).toBeGreaterThanOrEqual(area.y);
          expect(at.x + at.width).toBeLessThanOrEqual(area.x + area.width);
          expect(at.y + at.height).toBeLessThanOrEqual(area.y + area.height);
        },
      ),
    );
  });
});
