import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultDataDir, openNodeAccounts } from './node-accounts';

const dir = mkdtempSync(join(tmpdir(), 'ptray-accounts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

describe('openNodeAccounts', () => {
  it('shares profiles between two openings of the same data folder', () => {
    const app = openNodeAccounts({ dataDir: dir, keychainService: 'prometheux-tray-test' });
    const added = app.profiles.add({ label: 'Work', baseUrl: 'https://x.ai/api/v1' });
    expect(added.ok).toBe(true);
    const cli = openNodeAccounts({ dataDir: dir, keychainService: 'prometheux-tray-test' });
    expect(cli.profiles.active()?.label).toBe('Work');
  });
});
