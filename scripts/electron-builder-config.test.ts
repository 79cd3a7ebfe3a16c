// electron-builder.yml, checked as far as a machine without Electron allows: loaded and
// schema-validated by electron-builder's own code, then the fields that matter asserted.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_ICON_SIZES, iconFiles } from './generate-icons';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// electron-builder's config loader and validator (app-builder-lib ships with it, pinned).
const require = createRequire(join(root, 'package.json'));
const loader = require('app-builder-lib/out/util/config/config') as {
  getConfig(dir: string, file: string, extra: null): Promise<Configuration>;
  validateConfiguration(config: Configuration, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (on: boolean) => unknown };

let config: Configuration;
beforeAll(async () => {
  config = await loader.getConfig(root, join(root, 'electron-builder.yml'), null);
});

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(
      loader.validateConfiguration(config, new DebugLogger(false)),
    ).resolves.toBeUndefined();
  });

  it('rejects a misspelled key (so the validation above means something)', async () => {
    const wrong = { ...config, electronFusess: {} } as Configuration;
    await expect(loader.validateConfiguration(wrong, new DebugLogger(false))).rejects.toThrow();
  });

  it('names the app', () => {
    expect(config.appId).toBe('ai.prometheux.tray');
    expect(config.productName).toBe('Prometheux Tray');
  });

  it('packs only build output and package.json, and unpacks the native modules', () => {
    const files = config.files as { filter: string[] }[];
    expect(files.flatMap((f) => f.filter)).toEqual([
      'dist/**/*',
      '!dist/**/*.map',
      '!dist/renderer-ssr/**',
      '!dist/cli/**',
      'package.json',
    ]);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining(['node_modules/keytar/**/*', 'node_modules/better-sqlite3/**/*']),
    );
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds AppImage + deb with a desktop entry, a dmg without a Dock icon, and nsis', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Utility');
    expect(config.linux?.desktop?.entry).toMatchObject({
      Name: 'Prometheux Tray',
      Categories: 'Utility;Network;',
    });
    expect(config.mac?.target).toBe('dmg');
    expect(config.mac?.extendInfo).toMatchObject({ LSUIElement: true });
    expect(config.win?.target).toBe('nsis');
  });

  it('points at icons the generator draws', () => {
    const generated = iconFiles();
    expect(config.mac?.icon).toBe('build/icons/icon.png');
    expect(config.win?.icon).toBe('build/icons/icon.png');
    expect(generated.has('icon.png')).toBe(true);
    expect(config.linux?.icon).toBe('build/icons/linux');
    for (const size of APP_ICON_SIZES)
      expect(generated.has(`linux/${size}x${size}.png`)).toBe(true);
  });

  it('matches package.json: the main entry is inside dist/', () => {
    const pkg = require(join(root, 'package.json')) as { main: string };
    expect(pkg.main).toBe('dist/main/index.js');
  });
});
