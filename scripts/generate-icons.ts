// The source of truth for every icon in build/icons/: `npm run icons` writes them,
// `npm run icons -- --check` (and scripts/generate-icons.test.ts) fails when a committed
// file differs from what this code draws.
//   build/icons/tray/<key>.png, <key>@2x.png         16/32 px, Windows (and fallback)
//   build/icons/tray/linux/<key>.png, <key>@2x.png   22/44 px, Linux panels
//   build/icons/tray/mac/<key>Template(@2x).png      16/32 px macOS template images
//   build/icons/icon.png (512 px) and build/icons/linux/<N>x<N>.png for the packages
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRAY_ICON_KEYS } from '../main/core/tray/tray-icon-level';
import { drawAppIcon, drawTrayIcon } from './generate-icons-draw';
import { encodePng } from './generate-icons-png';

export const ICONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'build', 'icons');
export const APP_ICON_SIZES = [16, 32, 48, 64, 128, 256, 512] as const;

/** Every icon file, by path relative to build/icons/. */
export function iconFiles(): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const key of TRAY_ICON_KEYS) {
    files.set(`tray/${key}.png`, encodePng(drawTrayIcon(key, 16, 'color')));
    files.set(`tray/${key}@2x.png`, encodePng(drawTrayIcon(key, 32, 'color')));
    files.set(`tray/linux/${key}.png`, encodePng(drawTrayIcon(key, 22, 'color')));
    files.set(`tray/linux/${key}@2x.png`, encodePng(drawTrayIcon(key, 44, 'color')));
    files.set(`tray/mac/${key}Template.png`, encodePng(drawTrayIcon(key, 16, 'template')));
    files.set(`tray/mac/${key}Template@2x.png`, encodePng(drawTrayIcon(key, 32, 'template')));
  }
  for (const size of APP_ICON_SIZES) {
    files.set(`linux/${size}x${size}.png`, encodePng(drawAppIcon(size)));
  }
  files.set('icon.png', encodePng(drawAppIcon(512)));
  return files;
}

/** Paths whose committed bytes differ from the generator's output (missing counts). */
export function staleIcons(dir = ICONS_DIR): string[] {
  const stale: string[] = [];
  for (const [path, bytes] of iconFiles()) {
    let onDisk: Buffer | null = null;
    try {
      onDisk = readFileSync(join(dir, path));
    } catch {
      onDisk = null;
    }
    if (!onDisk?.equals(bytes)) stale.push(path);
  }
  return stale;
}

export function writeIcons(dir = ICONS_DIR): number {
  const files = iconFiles();
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  return files.size;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--check')) {
    const stale = staleIcons();
    if (stale.length > 0) {
      console.error(`${stale.length} icons differ from the generator; run npm run icons.`);
      process.exit(1);
    }
    console.log('icons are up to date');
  } else {
    console.log(`wrote ${writeIcons()} icons to build/icons/`);
  }
}
