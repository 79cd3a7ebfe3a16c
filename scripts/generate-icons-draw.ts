// Draws the tray gauge: an upright meter whose fill shows the fuller quota's level, on a
// pixel grid chosen per size so every edge is whole pixels (crisp at 16, 22, 32, 44 px).
import type { TrayIconKey } from '../main/core/tray/tray-icon-level';
import { raster, setPixel, type Raster, type Rgba } from './generate-icons-png';

export type IconStyle = 'color' | 'template';

const OUTLINE: Rgba = [138, 143, 152, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const FILL: readonly Rgba[] = [
  [52, 168, 83, 255],
  [52, 168, 83, 255],
  [52, 168, 83, 255],
  [251, 188, 4, 255],
  [245, 124, 0, 255],
  [217, 48, 37, 255],
];
const STALE_ALPHA = 140;

interface Geometry {
  x0: number;
  y0: number;
  bw: number;
  oh: number;
  w: number;
  g: number;
  ih: number;
}

function geometry(size: number): Geometry {
  const m = Math.max(1, Math.round(size / 16));
  const w = m;
  const g = m;
  const ih = 5 * Math.floor((size - 2 * m - 2 * w - 2 * g) / 5);
  const oh = ih + 2 * w + 2 * g;
  const bw = Math.round(size * 0.625);
  return { x0: Math.floor((size - bw) / 2), y0: Math.floor((size - oh) / 2), bw, oh, w, g, ih };
}

function tint(c: Rgba, style: IconStyle, alpha: number): Rgba {
  return style === 'template' ? [0, 0, 0, alpha] : [c[0], c[1], c[2], alpha];
}

function outline(r: Raster, q: Geometry, c: Rgba): void {
  for (let y = q.y0; y < q.y0 + q.oh; y++) {
    for (let x = q.x0; x < q.x0 + q.bw; x++) {
      const dx = Math.min(x - q.x0, q.x0 + q.bw - 1 - x);
      const dy = Math.min(y - q.y0, q.y0 + q.oh - 1 - y);
      const corner = dx < q.w && dy < q.w && dx + dy < q.w; // rounded by one stroke
      if ((dx < q.w || dy < q.w) && !corner) setPixel(r, x, y, c);
    }
  }
}

function fill(r: Raster, q: Geometry, level: number, c: Rgba): void {
  const h = (q.ih * level) / 5;
  const bottom = q.y0 + q.oh - q.w - q.g;
  for (let y = bottom - h; y < bottom; y++) {
    for (let x = q.x0 + q.w + q.g; x < q.x0 + q.bw - q.w - q.g; x++) setPixel(r, x, y, c);
  }
}

function slash(r: Raster, q: Geometry, c: Rgba): void {
  const [ax, ay, bx, by] = [q.x0, q.y0 + q.oh, q.x0 + q.bw, q.y0];
  const len = Math.hypot(bx - ax, by - ay);
  for (let y = q.y0; y < q.y0 + q.oh; y++) {
    for (let x = q.x0; x < q.x0 + q.bw; x++) {
      const d = Math.abs((by - ay) * (x + 0.5 - ax) - (bx - ax) * (y + 0.5 - ay)) / len;
      if (d <= q.w * 0.75) setPixel(r, x, y, c);
    }
  }
}

/** One tray icon at one pixel size. */
export function drawTrayIcon(key: TrayIconKey, size: number, style: IconStyle): Raster {
  const r = raster(size, size);
  const q = geometry(size);
  const stale = key.endsWith('-stale');
  const alpha = stale ? STALE_ALPHA : 255;
  outline(r, q, tint(OUTLINE, style, alpha));
  const level = /^level-(\d)/.exec(key);
  if (level) {
    const n = Number(level[1]);
    fill(r, q, n, tint(stale ? OUTLINE : (FILL[n] ?? OUTLINE), style, alpha));
  } else if (key === 'signed-out') {
    slash(r, q, tint(OUTLINE, style, 255));
  } else {
    const dot = Math.max(2, 2 * q.w);
    const cx = q.x0 + Math.floor((q.bw - dot) / 2);
    const cy = q.y0 + Math.floor((q.oh - dot) / 2);
    for (let y = cy; y < cy + dot; y++) {
      for (let x = cx; x < cx + dot; x++) setPixel(r, x, y, tint(OUTLINE, style, 255));
    }
  }
  return r;
}

/** The application icon: the gauge at level 3 on a dark rounded square. */
export function drawAppIcon(size: number): Raster {
  const r = raster(size, size);
  const radius = Math.round(size * 0.1875);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = Math.max(radius - x, x - (size - 1 - radius), 0);
      const dy = Math.max(radius - y, y - (size - 1 - radius), 0);
      if (dx * dx + dy * dy <= radius * radius) setPixel(r, x, y, [24, 32, 56, 255]);
    }
  }
  const q = geometry(Math.round(size * 0.75));
  const shifted = {
    ...q,
    x0: q.x0 + Math.round(size * 0.125),
    y0: q.y0 + Math.round(size * 0.125),
  };
  outline(r, shifted, WHITE);
  fill(r, shifted, 3, FILL[3] ?? WHITE);
  return r;
}
