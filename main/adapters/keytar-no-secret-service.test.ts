// Integration: keytar loads but no Secret Service answers (no D-Bus session). The vault
// must keep the token in memory for the run and say why, quickly, in a real process.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKeytar } from './keytar-secret-store';

const keytar = await loadKeytar();
const here = import.meta.dirname;
const dir = mkdtempSync(join(tmpdir(), 'ptray-nokeyring-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!keytar.ok && process.env.CI !== 'true')('vault without a Secret Service', () => {
  it('falls back to memory with a reason', async () => {
    const script = join(dir, 'probe.mts');
    writeFileSync(
      script,
      [
        `import { TokenVault } from ${JSON.stringify(resolve(here, '../core/secrets/token-vault.ts'))};`,
        `import { loadKeytarSecretStore } from ${JSON.stringify(resolve(here, 'keytar-secret-store.ts'))};`,
        `const vault = new TokenVault(() => loadKeytarSecretStore('prometheux-tray-probe'));`,
        `const status = await vault.store('p', 'probe-token');`,
        `console.log(JSON.stringify({ status, read: await vault.read('p') }));`,
      ].join('\n'),
    );
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: dir };
    delete env.DBUS_SESSION_BUS_ADDRESS;
    delete env.DISPLAY;
    const tsx = resolve(here, '../../node_modules/.bin/tsx');
    const { stdout } = await promisify(execFile)(tsx, [script], { env, timeout: 15_000 });
    const out = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as {
      status: { persistent: boolean; reason: string };
      read: string | null;
    };
    expect(out.status.persistent).toBe(false);
    expect(out.status.reason).toContain('no Secret Service is running');
    expect(out.read).toBe('probe-token');
  });
});
