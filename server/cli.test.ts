// The operator command line, run in-process on a real data folder: main commands work and
// what they do is visible through the API; bad arguments give a clear error and exit 2.
import { rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { API_PATHS } from '../common/users-api';
import { runCli } from './cli-main';
import { tempDataDir } from './data-dir';
import { openOperator, startReferenceServer } from './index';
import { call } from './testing/harness';

const dataDir = tempDataDir();
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv, '--data', dataDir], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('operator command line', () => {
  it('user create, token issue/list/revoke, limits, usage set/add/reset', async () => {
    expect((await cli('user', 'create', 'acme', 'ops', '--role', 'admin')).code).toBe(0);
    const issued = await cli(
      'token',
      'issue',
      'acme',
      'ops',
      '--name',
      'ci',
      '--expires-in-minutes',
      '30',
    );
    expect(issued.code).toBe(0);
    const token = /token:\s+(\S+)/.exec(issued.out)?.[1] as string;
    const jti = /jti:\s+(\S+)/.exec(issued.out)?.[1] as string;
    expect(token.split('.')).toHaveLength(3);
    const list = await cli('token', 'list', 'acme', 'ops');
    expect(list.out).toContain(jti);
    expect(list.out).toContain('ci');
    expect(list.out).not.toContain(token);

    expect(
      (await cli('limits', 'set', 'acme', 'ops', '--llm', '100', '--embedding', '40')).out,
    ).toBe('acme/ops: llm 0/100, embedding 0/40');
    expect((await cli('usage', 'set', 'acme', 'ops', '--llm', '70')).code).toBe(0);
    expect((await cli('usage', 'add', 'acme', 'ops', '--llm', '15', '--embedding', '39')).out).toBe(
      'acme/ops: llm 85/100, embedding 39/40',
    );

    // A running server sees what the CLI wrote to the same data folder.
    const server = await startReferenceServer({ dataDir });
    try {
      const url = server.baseUrl('acme', 'ops') + API_PATHS.usageStatus;
      const r = await call(url, 'GET', { token });
      expect((r.json as { data: unknown }).data).toEqual({
        llm_usage: { current: 85, limit: 100, remaining: 15 },
        embedding_usage: { current: 39, limit: 40, remaining: 1 },
      });
      expect((await cli('usage', 'reset', 'acme', 'ops')).out).toBe(
        'acme/ops: llm 0/100, embedding 0/40',
      );
      const after = await call(url, 'GET', { token });
      expect(after.json).toMatchObject({ data: { llm_usage: { current: 0 } } });
      expect((await cli('token', 'revoke', jti)).code).toBe(0);
      expect((await call(url, 'GET', { token })).status).toBe(401);
    } finally {
      await server.close();
    }
    const op = openOperator(dataDir);
    expect(op.ops.listTokens('acme', 'ops')[0]?.revoked).toBe(true);
    op.close();
  });

  it.each([
    [['user', 'create', 'acme', 'x', '--role', 'root'], /--role must be "user" or "admin"/],
    [['user', 'create', 'acme'], /Expected ORG USER/],
    [['usage', 'add', 'acme', 'ops', '--llm=-3'], /--llm must be a whole number, got "-3"/],
    [['usage', 'set', 'acme', 'ops', '--llm', 'ten'], /--llm must be a whole number/],
    [['limits', 'set', 'acme', 'ops'], /--llm N and\/or --embedding N/],
    [['token', 'issue', 'acme', 'ops', '--expires-in-minutes', '999999'], /between 0 and 525600/],
    [['start', '--port', '70000'], /--port must be between 0 and 65535/],
    [['start', '--frobnicate'], /Unknown option '--frobnicate'/],
    [['fly', 'away'], /Unknown command "fly away"/],
  ])('%j → exit 2 with a clear error', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).toContain('--help');
  });

  it('an unknown user is an operational error (exit 1), and --help prints usage', async () => {
    const r = await cli('usage', 'set', 'nobody', 'here', '--llm', '1');
    expect(r.code).toBe(1);
    expect(r.err).toContain('No user here in organization nobody');
    const help = await cli('token', 'issue', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('token issue ORG USER');
  });

  it('start on a port in use says so and exits 1', async () => {
    const holder = createServer();
    await new Promise<void>((r) => holder.listen(0, '127.0.0.1', r));
    try {
      const port = String((holder.address() as AddressInfo).port);
      const r = await cli('start', '--port', port);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`Port ${port} is already in use`);
    } finally {
      holder.close();
    }
  });
});
