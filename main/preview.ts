// `npm run preview`: the browser preview of Prometheux Tray. Builds the renderer if needed,
// starts the demo reference server (unless --base-url), the app core and the bridge, and
// prints the URLs to open. A development and test harness: never part of the packaged app.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDataDir } from './adapters/node-accounts';
import { parsePreviewArgs, PREVIEW_USAGE } from './preview/args';
import { startPreviewHost } from './preview/host';
import { ensureRendererBuilt, POPOVER_SSR_MODULE } from './preview/renderer-build';

const root = fileURLToPath(new URL('..', import.meta.url));
const log = (line: string): void => console.log(line);

const parsed = parsePreviewArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`${parsed.message}\n\n${PREVIEW_USAGE}`);
  process.exit(2);
}
const args = parsed.value;
if (args.help) {
  console.log(PREVIEW_USAGE);
  process.exit(0);
}
if ((args.build && args.rendererDir === null) || args.buildOnly) {
  const built = ensureRendererBuilt(root, log);
  if (!built.ok) {
    console.error(built.message);
    process.exit(1);
  }
  if (args.buildOnly) process.exit(0);
}

// Its own folder beside the app's, so trying the preview never touches the app's profiles.
const dataDir =
  args.dataDir ?? `${defaultDataDir(process.env, process.platform, homedir())}-preview`;
const host = await startPreviewHost({
  dataDir,
  serverDataDir: args.baseUrl ? null : (args.serverDataDir ?? join(dataDir, 'demo-server')),
  simulate: args.simulate,
  rendererDir: args.rendererDir ?? join(root, 'dist/renderer'),
  popoverSsrModule: join(root, POPOVER_SSR_MODULE),
  port: args.port,
  testHooks: args.testHooks,
  log,
  // The e2e suite watches an outage end: retry after 2 s, not 15 s.
  ...(args.testHooks ? { monitor: { backoffBaseMs: 2_000, backoffMaxMs: 8_000 } } : {}),
}).catch((error: NodeJS.ErrnoException) => {
  const why = error.code === 'EADDRINUSE' ? `port ${args.port} is in use` : error.message;
  console.error(`The preview could not start: ${why}.`);
  process.exit(1);
});

log(`Prometheux Tray preview (data: ${dataDir})`);
if (host.demoBaseUrl) {
  log(`Demo server: ${host.demoBaseUrl}${args.simulate ? ' (simulating usage)' : ''}`);
} else {
  log(`Users API: ${args.baseUrl ?? ''} (sign in with its base URL and a token)`);
}
log(`Open the popover:     ${host.pageUrl('popover')}`);
log(`Sign in:              ${host.pageUrl('sign-in')}`);
log(`Preferences:          ${host.pageUrl('preferences')}`);
if (args.testHooks) log(`Test hooks:           ${host.origin}/__test/ (session required)`);
log('Press Ctrl+C to stop.');

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(1), 5_000).unref();
  try {
    await host.close();
  } finally {
    process.exit(0);
  }
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
