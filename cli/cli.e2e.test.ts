// End-to-end: the real `bin/prometheux-tray.js` (its esbuild bundle, built here first) in a
// child process with a temp HOME and XDG_CONFIG_HOME, against the reference server seeded
// with the demo accounts, and the real keychain (scripts/with-keyring.sh).
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo, startReferenceServer, type RunningServer } from '../server/index';
import { loadKeytar } from '../main/adapters/keytar-secret-store';

const keytar = await loadKeytar();
const keychainUsable = keytar.ok && process.env.DBUS_SESSION_BUS_ADDRESS !== undefined;
const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin', 'prometheux-tray.js');

let server: RunningServer;
let serverDir: string;
let home: string;
let baseUrl: string;
let token: string;

interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** Runs the bin asynchronously (the server lives in this process and must keep answering). */
function cli(args: string[], input = ''): Promise<Run> {
  const child = spawn(process.execPath, [bin, ...args], {
    env: {
      PATH: process.env.PATH,
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      DBUS_SESSION_BUS_ADDRESS: process.env.DBUS_SESSION_BUS_ADDRESS,
    },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
  child.stdin.end(input);
  const timer = setTimeout(() => child.kill(), 20_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    }),
  );
}

async function saveOnServer(data: object): Promise<void> {
  const res = await fetch(`${baseUrl}/users/save-config`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ config_data: data }),
  });
  expect(res.status).toBe(200);
}

beforeAll(async () => {
  execFileSync('npm', ['run', '-s', 'build:cli'], { cwd: root });
  home = mkdtempSync(join(tmpdir(), 'ptray-cli-home-'));
  serverDir = mkdtempSync(join(tmpdir(), 'ptray-cli-srv-'));
  server = await startReferenceServer({ dataDir: serverDir, rateLimit: false });
  const demo = await seedDemo(server.ops, serverDir, server.baseUrl);
  baseUrl = demo.user.baseUrl as string;
  token = demo.user.token;
});
afterAll(async () => {
  await server.close();
  rmSync(serverDir, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
});

describe('prometheux-tray with a damaged settings file', () => {
  it('says so on stderr, once, and goes on with defaults', async () => {
    const saved = home;
    home = mkdtempSync(join(tmpdir(), 'ptray-cli-damaged-'));
    try {
      const folder = join(home, '.config', 'prometheux-tray');
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'settings.json'), '{ not json');
      const r = await cli(['profiles', 'list']);
      expect(r.code).toBe(0);
      expect(r.err.match(/warning: Your settings file was damaged/g)).toHaveLength(1);
      expect(r.out).toContain('No profiles yet');
    } finally {
      rmSync(home, { recursive: true, force: true });
      home = saved;
    }
  });
});

describe('prometheux-tray without a server', async () => {
  it('bad usage exits 2 with a hint; --help exits 0 and documents the exit codes', async () => {
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['config', 'set', 'theme'])).code).toBe(2);
    const leaked = await cli([
      'login',
      '--token',
      'abc',
      '--base-url',
      'http://127.0.0.1:1/api/v1',
    ]);
    expect(leaked.code).toBe(2);
    expect(leaked.err).toContain('never taken from the command line');
    const help = await cli(['status', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('5  conflict');
    expect((await cli(['--help'])).out).toContain('profiles list|add|use|remove');
    expect((await cli(['status'])).code).toBe(3);
  });
});

describe.skipIf(!keychainUsable && process.env.CI !== 'true')(
  'prometheux-tray on the demo server',
  () => {
    it('logs in with the token on stdin, keeping it out of every file', async () => {
      const r = await cli(['login', '--base-url', baseUrl], `${token}\n`);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toContain('Signed in to demo-org/demo-user as user.');
      const dataDir = join(home, '.config', 'prometheux-tray');
      const files = readdirSync(dataDir, { recursive: true, withFileTypes: true }).filter((e) =>
        e.isFile(),
      );
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) {
        expect(readFileSync(join(f.parentPath, f.name), 'utf8')).not.toContain(token);
      }
    });

    it('status: text with bars and the server numbers, and --json', async () => {
      const usage = server.ops.getUsage('demo-org', 'demo-user');
      const text = await cli(['status']);
      expect(text.code).toBe(0);
      expect(text.out).toContain('role: user');
      expect(text.out).toContain(`${usage?.llm_usage.current} / 1,000`);
      expect(text.out).toContain('█');
      expect(text.out).not.toContain('\u001b[');
      const json = await cli(['status', '--json']);
      expect(json.code).toBe(0);
      const parsed = JSON.parse(json.out) as Record<string, unknown>;
      expect(parsed).toMatchObject({
        signedIn: true,
        role: 'user',
        stale: false,
        llm: { current: usage?.llm_usage.current, limit: usage?.llm_usage.limit },
        embedding: { current: usage?.embedding_usage.current, limit: usage?.embedding_usage.limit },
      });
    });

    it('config set then get; a bad value of a known key exits 2', async () => {
      expect(
        (await cli(['config', 'set', 'theme=dark', 'LLM_TEMPERATURE=0.7', 'x=[1]'])).code,
      ).toBe(0);
      expect(server.ops.getConfig('demo-org', 'demo-user', 'user')).toEqual({
        theme: 'dark',
        LLM_TEMPERATURE: 0.7,
        x: [1],
      });
      const got = await cli(['config', 'get']);
      expect(got.code).toBe(0);
      expect(got.out).toContain('theme="dark"');
      expect(JSON.parse((await cli(['config', 'get', '--json'])).out)).toMatchObject({
        theme: 'dark',
      });
      const bad = await cli(['config', 'set', 'theme=purple']);
      expect(bad.code).toBe(2);
      expect(bad.err).toContain('theme must be one of');
      expect((await cli(['config', 'set', 'theme=light', '--scope', 'organization'])).code).toBe(3);
    });

    it('a save that meets a newer server version exits 5 with the diff', async () => {
      expect((await cli(['config', 'get'])).code).toBe(0);
      await saveOnServer({ theme: 'light' });
      const r = await cli(['config', 'set', 'language=it']);
      expect(r.code).toBe(5);
      expect(r.err).toContain('theme: yours "dark", server "light"');
      expect(server.ops.getConfig('demo-org', 'demo-user', 'user')).toEqual({ theme: 'light' });
      expect((await cli(['config', 'set', 'language=it'])).code).toBe(0);
      expect(server.ops.getConfig('demo-org', 'demo-user', 'user')).toEqual({
        theme: 'light',
        language: 'it',
      });
    });

    it('profiles list shows the active profile', async () => {
      const r = await cli(['profiles', 'list', '--json']);
      expect(r.code).toBe(0);
      const view = JSON.parse(r.out) as { profiles: { id: string }[]; activeProfileId: string };
      expect(view.profiles.map((p) => p.id)).toContain(view.activeProfileId);
      expect((await cli(['profiles', 'use', 'nobody'])).code).toBe(2);
    });

    it('a revoked token exits 3 with the server message', async () => {
      const spare = await server.ops.issueToken('demo-org', 'demo-user');
      expect((await cli(['login', '--base-url', baseUrl], spare.token)).code).toBe(0);
      server.ops.revokeToken(spare.jti);
      const r = await cli(['status']);
      expect(r.code).toBe(3);
      expect(r.err).toContain('invalid, expired or revoked');
    });

    it('server down exits 4 with the cached numbers marked stale', async () => {
      expect((await cli(['login', '--base-url', baseUrl], token)).code).toBe(0);
      expect((await cli(['status'])).code).toBe(0);
      await server.close();
      const r = await cli(['status']);
      expect(r.code).toBe(4);
      expect(r.out).toContain('(stale)');
      expect(r.err).toContain('Could not reach');
      expect((await cli(['logout'])).code).toBe(0);
      expect((await cli(['status'])).code).toBe(3);
    });
  },
);
