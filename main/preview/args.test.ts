import { describe, expect, it } from 'vitest';
import { parsePreviewArgs } from './args';

describe('preview arguments', () => {
  it('has safe defaults: no test hooks, demo server, build first', () => {
    const r = parsePreviewArgs([]);
    expect(r).toMatchObject({
      ok: true,
      value: { testHooks: false, baseUrl: null, simulate: false, build: true, port: 0 },
    });
  });

  it('reads every option', () => {
    const r = parsePreviewArgs([
      '--data',
      '/d',
      '--server-data',
      '/s',
      '--simulate',
      '--port',
      '5173',
      '--no-build',
      '--test-hooks',
    ]);
    expect(r).toEqual({
      ok: true,
      value: {
        dataDir: '/d',
        serverDataDir: '/s',
        baseUrl: null,
        simulate: true,
        port: 5173,
        testHooks: true,
        build: false,
        rendererDir: null,
        buildOnly: false,
        help: false,
      },
    });
  });

  it.each([
    [['--bogus'], /Unknown option/],
    [['--port', 'x'], /--port/],
    [['--port', '70000'], /--port/],
    [['--base-url', 'ftp://x'], /--base-url/],
    [['--base-url', 'http://h/api/v1', '--simulate'], /--simulate/],
    [['stray'], /positional/i],
  ])('refuses %j', (argv, message) => {
    const r = parsePreviewArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});
