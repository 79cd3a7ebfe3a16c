import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from './node-accounts';

describe('defaultDataDir', () => {
  it('follows each platform and the override', () => {
    expect(defaultDataDir({}, 'linux', '/h')).toBe('/h/.config/prometheux-tray');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux', '/h')).toBe('/x/prometheux-tray');
    expect(defaultDataDir({}, 'darwin', '/h')).toBe(
      '/h/Library/Application Support/prometheux-tray',
    );
    expect(defaultDataDir({ APPDATA: '/a' }, 'win32', '/h')).toBe(join('/a', 'prometheux-tray'));
    expect(defaultDataDir({ PROMETHEUX_TRAY_DATA_DIR: '/d' }, 'linux', '/h')).toBe('/d');
  });
});
