// The preview host's command line: where its data lives, which server it talks to, and the
// test-only switches. Parsed strictly (node:util parseArgs), so a typo is an error, not a
// silently ignored option.
import { parseArgs } from 'node:util';
import { fail, ok, type Result } from '../../common/result';

export interface PreviewArgs {
  /** The app's data folder (settings file); the demo server's folder is under it by default. */
  dataDir: string | null;
  /** The demo server's data folder (default `<dataDir>/demo-server`). */
  serverDataDir: string | null;
  /** Talk to this Users API instead of starting the demo server. */
  baseUrl: string | null;
  /** Add usage to the demo accounts every few seconds (quotas move). */
  simulate: boolean;
  /** 0 = a free port. */
  port: number;
  /** Expose /__test/* (recorded notifications, counters, stop/start the demo server). */
  testHooks: boolean;
  /** Do not build the renderer first (e2e builds it once for every test). */
  build: boolean;
  /** Serve this folder instead of dist/renderer (bench adds a blank page to a copy). */
  rendererDir: string | null;
  /** Only build the renderer if needed, then exit (e2e global setup, bench). */
  buildOnly: boolean;
  help: boolean;
}

export const PREVIEW_USAGE = `Prometheux Tray browser preview

Usage: npm run preview -- [options]

  --data DIR         the app's data folder (default: a per-user "prometheux-tray-preview" folder)
  --server-data DIR  the demo server's data folder (default: DIR/demo-server)
  --base-url URL     use this Users API instead of starting the demo server
  --simulate         the demo server adds usage every few seconds, so quotas move
  --port N           listen on this port (default: a free one)
  --no-build         do not rebuild the renderer when its sources are newer
  --renderer-dir DIR serve this built renderer instead of dist/renderer (bench)
  --build-only       build the renderer if needed, then exit
  --test-hooks       expose /__test/* endpoints for the e2e suite (never for normal use)
  --help`;

/** Parses argv (without node and script); failures are sentences for the terminal. */
export function parsePreviewArgs(argv: readonly string[]): Result<PreviewArgs> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        data: { type: 'string' },
        'server-data': { type: 'string' },
        'base-url': { type: 'string' },
        simulate: { type: 'boolean' },
        port: { type: 'string' },
        'no-build': { type: 'boolean' },
        'test-hooks': { type: 'boolean' },
        'build-only': { type: 'boolean' },
        'renderer-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return fail('invalid_input', (error as Error).message);
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    return fail('invalid_input', '--port must be a whole number from 0 to 65535.');
  }
  const baseUrl = (values['base-url'] as string | undefined) ?? null;
  if (baseUrl !== null && !/^https?:\/\//i.test(baseUrl)) {
    return fail('invalid_input', '--base-url must be an http(s) URL.');
  }
  if (baseUrl !== null && values.simulate) {
    return fail('invalid_input', '--simulate needs the demo server; it cannot go with --base-url.');
  }
  return ok({
    dataDir: (values.data as string | undefined) ?? null,
    serverDataDir: (values['server-data'] as string | undefined) ?? null,
    baseUrl,
    simulate: values.simulate === true,
    port,
    testHooks: values['test-hooks'] === true,
    build: values['no-build'] !== true,
    rendererDir: (values['renderer-dir'] as string | undefined) ?? null,
    buildOnly: values['build-only'] === true,
    help: values.help === true,
  });
}
