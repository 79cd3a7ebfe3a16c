// Unit tests of the CLI's pure parts: argument parsing, KEY=VALUE parsing, exit-code mapping,
// quota lines, and the login prompt's cancel path.
import { updatedAt } from './commands/status';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';
import type { CommandContext } from './command';
import { login } from './commands/auth';
import { parseAssignments } from './commands/config-values';
import { EXIT, exitFor } from './exit-codes';
import { quotaLine, type Output } from './output';

const plain: Output = { color: false, out: () => undefined, err: () => undefined };

describe('parseArgs', () => {
  it('takes positionals, --name value, --name=value and flags', () => {
    const r = parseArgs(['config', 'set', 'a=1', '--scope', 'organization', '--json', '-h']);
    expect(r.ok && r.value.positionals).toEqual(['config', 'set', 'a=1']);
    expect(r.ok && r.value.options).toEqual({ scope: 'organization' });
    expect(r.ok && [...r.value.flags].sort()).toEqual(['help', 'json']);
    const eq = parseArgs(['login', '--base-url=https://x.ai/api/v1']);
    expect(eq.ok && eq.value.options['base-url']).toBe('https://x.ai/api/v1');
  });

  it('refuses unknown options, missing values and any token on argv', () => {
    expect(parseArgs(['--wat']).ok).toBe(false);
    expect(parseArgs(['login', '--base-url']).ok).toBe(false);
    expect(parseArgs(['--json=1']).ok).toBe(false);
    const token = parseArgs(['login', '--token=secret-value']);
    expect(token.ok).toBe(false);
    expect(!token.ok && token.message).not.toContain('secret-value');
  });
});

describe('parseAssignments', () => {
  it('parses JSON when it parses, else keeps the text', () => {
    const r = parseAssignments([
      'theme=dark',
      'LLM_TEMPERATURE=0.7',
      'notifications=false',
      'x=[1]',
      'y=a=b',
    ]);
    expect(r).toEqual({
      ok: true,
      value: { theme: 'dark', LLM_TEMPERATURE: 0.7, notifications: false, x: [1], y: 'a=b' },
    });
  });

  it('checks known keys without echoing the value', () => {
    const r = parseAssignments(['LLM_TEMPERATURE=7']);
    expect(!r.ok && r.message).toContain('LLM_TEMPERATURE must be a number from 0 to 2');
    expect(parseAssignments(['=1']).ok).toBe(false);
    expect(parseAssignments([]).ok).toBe(false);
  });
});

describe('exit codes', () => {
  it('maps failures to the documented codes', () => {
    expect(exitFor('invalid_input')).toBe(EXIT.usage);
    expect(exitFor('unauthorized')).toBe(3);
    expect(exitFor('signed_out')).toBe(3);
    expect(exitFor('network')).toBe(4);
    expect(exitFor('timeout')).toBe(4);
    expect(exitFor('conflict')).toBe(5);
    expect(exitFor('keychain')).toBe(1);
  });
});

describe('quotaLine', () => {
  it('draws a proportional bar with the numbers, coloured only when asked', () => {
    const q = { kind: 'llm' as const, current: 500, limit: 1000, remaining: 500, percentUsed: 50 };
    const line = quotaLine(plain, 'LLM', q);
    expect(line).toContain('█'.repeat(12) + '░'.repeat(12));
    expect(line).toContain('500 / 1,000');
    expect(line).toContain('50 %');
    expect(line).not.toContain('\u001b[');
    const hot = quotaLine({ ...plain, color: true }, 'LLM', {
      ...q,
      current: 990,
      percentUsed: 99,
    });
    expect(hot).toContain('\u001b[31m');
    const over = quotaLine(plain, 'LLM', { ...q, current: 2000, remaining: 0, percentUsed: 200 });
    expect(over).toContain('█'.repeat(24));
  });
});

describe('login prompts', () => {
  it('Ctrl-C at the base URL prompt cancels quietly (exit 1), never opening the core', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true }) as unknown as NodeJS.ReadStream;
    const ctx: CommandContext = {
      args: { positionals: [], options: {}, flags: new Set() },
      out: plain,
      stdin,
      core: () => {
        throw new Error('the core must not be opened');
      },
    };
    const done = login(ctx);
    (stdin as unknown as PassThrough).write('\u0003');
    expect(await done).toBe(EXIT.error);
  });
});

describe('updatedAt', () => {
  const at = Date.parse('2026-12-03T10:00:00Z');
  it('says how long ago the numbers were fetched', () => {
    expect(updatedAt('2026-12-03T10:00:00Z', at + 20_000)).toBe('just now');
    expect(updatedAt('2026-12-03T10:00:00Z', at + 5 * 60_000)).toMatch(/^5 min ago \(.+\)$/);
    expect(updatedAt('2026-12-03T10:00:00Z', at + 3 * 3_600_000)).toMatch(/^3 h ago \(.+\)$/);
    expect(updatedAt('2026-12-03T10:00:00Z', at + 3 * 86_400_000)).not.toMatch(/ago/);
  });
});
