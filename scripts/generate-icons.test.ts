import { describe, expect, it } from 'vitest';
import { TRAY_ICON_KEYS } from '../main/core/tray/tray-icon-level';
import { iconFiles, staleIcons } from './generate-icons';
import { decodePng } from './generate-icons-png';

const files = iconFiles();

function opaque(path: string): number {
  const r = decodePng(files.get(path) ?? Buffer.alloc(0));
  let n = 0;
  for (let i = 3; i < r.pixels.length; i += 4) if ((r.pixels[i] ?? 0) > 0) n++;
  return n;
}

describe('generated icons', () => {
  it('are committed exactly as the generator draws them (run `npm run icons`)', () => {
    expect(staleIcons()).toEqual([]);
  });

  it('exist for every tray key at 1x and 2x, as colour, Linux and macOS template images', () => {
    const sizes: [string, number][] = [];
    for (const key of TRAY_ICON_KEYS) {
      for (const [path, px] of [
        [`tray/${key}.png`, 16],
        [`tray/${key}@2x.png`, 32],
        [`tray/linux/${key}.png`, 22],
        [`tray/linux/${key}@2x.png`, 44],
        [`tray/mac/${key}Template.png`, 16],
        [`tray/mac/${key}Template@2x.png`, 32],
      ] as const) {
        const r = decodePng(files.get(path) ?? Buffer.alloc(0));
        sizes.push([path, r.width === px && r.height === px ? px : -1]);
      }
    }
    expect(sizes.filter(([, px]) => px < 0)).toEqual([]);
    expect(decodePng(files.get('icon.png') ?? Buffer.alloc(0)).width).toBe(512);
  });

  it('fill more pixels at each higher level, at every size', () => {
    for (const prefix of ['tray/', 'tray/linux/']) {
      for (const suffix of ['.png', '@2x.png']) {
        const counts = [0, 1, 2, 3, 4, 5].map((l) => opaque(`${prefix}level-${l}${suffix}`));
        for (let l = 1; l < counts.length; l++) {
          expect(counts[l]).toBeGreaterThan(counts[l - 1] ?? Infinity);
        }
      }
    }
  });

  it('draws macOS template images in black and alpha only', () => {
    const r = decodePng(files.get('tray/mac/level-3Template@2x.png') ?? Buffer.alloc(0));
    let coloured = 0;
    for (let i = 0; i < r.pixels.length; i += 4) {
      if ((r.pixels[i] ?? 0) + (r.pixels[i + 1] ?? 0) + (r.pixels[i + 2] ?? 0) > 0) coloured++;
    }
    expect(coloured).toBe(0);
    expect(opaque('tray/mac/level-3Template@2x.png')).toBeGreaterThan(50);
  });

  it('marks stale icons with less opacity than fresh ones', () => {
    const alphaSum = (path: string): number => {
      const r = decodePng(files.get(path) ?? Buffer.alloc(0));
      let sum = 0;
      for (let i = 3; i < r.pixels.length; i += 4) sum += r.pixels[i] ?? 0;
      return sum;
    };
    expect(alphaSum('tray/level-3-stale.png')).toBeLessThan(alphaSum('tray/level-3.png'));
  });
});
