// The browser preview host: the same app core as the Electron app (conf settings, keytar
// with memory fallback, a printing notifier), the demo reference server unless a base URL
// is given, the built renderer over http and the WebSocket bridge, on one loopback port.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ok } from '../../common/result';
import { ConfSettingsFile } from '../adapters/conf-settings-file';
import { loadKeytarSecretStore } from '../adapters/keytar-secret-store';
import { createAppCore, type AppCore, type ShellActions } from '../core/app/app-core';
import type { MonitorOptions } from '../core/monitor/schedule';
import { openSettingsStore } from '../core/settings/settings-store';
import { DemoServerHost } from '../electron/demo-server';
import { systemClock } from '../electron/system-clock';
import { createBridge } from './bridge-server';
import { Counters } from './counters';
import { PrintingNotifier } from './printing-notifier';
import { contentSecurityPolicy, serveStatic, type PageInjection } from './static-files';
import { embeddedSnapshotTag } from './embedded-snapshot';
import { loadPopoverRenderer, pageLook, safePrerender } from './popover-prerender';
import { handleTestHook, TEST_HOOKS_PREFIX } from './test-hooks';

/** Tokens of the preview live under their own keychain service, apart from the app's. */
export const PREVIEW_KEYCHAIN_SERVICE = 'prometheux-tray-preview';

export interface PreviewHostOptions {
  /** The app's data folder (settings file). */
  dataDir: string;
  /** The demo server's data folder; null = no demo server (an external base URL is used). */
  serverDataDir: string | null;
  simulate: boolean;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** The popover's server build (dist/renderer-ssr/popover-ssr.js); absent = no pre-render. */
  popoverSsrModule?: string;
  port: number;
  testHooks: boolean;
  log: (line: string) => void;
  /** Monitor tuning (tests shorten the backoff so recovery is seen in seconds). */
  monitor?: Partial<MonitorOptions>;
}

export interface PreviewHost {
  origin: string;
  session: string;
  /** The page URL for a view hash (`popover`, `sign-in`, `preferences/config`…). */
  pageUrl(hash: string): string;
  core: AppCore;
  notifier: PrintingNotifier;
  counters: Counters;
  /** The demo user's base URL (null when an external server is used). */
  demoBaseUrl: string | null;
  close(): Promise<void>;
}

export async function startPreviewHost(opts: PreviewHostOptions): Promise<PreviewHost> {
  const session = randomBytes(24).toString('base64url');
  const counters = new Counters();
  const notifier = new PrintingNotifier(opts.log);
  const demo = opts.serverDataDir
    ? new DemoServerHost(opts.serverDataDir, { simulate: opts.simulate })
    : null;
  let port = opts.port;
  const pageUrl = (hash: string): string => `http://127.0.0.1:${port}/?session=${session}#${hash}`;
  const note = (line: string): void => opts.log(`(preview) ${line}`);

  const shell: ShellActions = {
    openPreferences: (tab) =>
      note(`preferences open in the page: ${pageUrl(`preferences/${tab ?? 'account'}`)}`),
    openSignIn: () => note(`sign-in opens in the page: ${pageUrl('sign-in')}`),
    openExternal: async (url) => (note(`open this link yourself: ${url}`), ok(null)),
    quit: () => note('quit is ignored here: stop the preview with Ctrl+C'),
    setLaunchAtLogin: async (on) => (
      note(`launch at login ${on ? 'on' : 'off'} (not applied)`),
      ok(null)
    ),
    startDemo: () =>
      demo ? demo.start() : Promise.reject(new Error('started with --base-url: no demo server')),
  };
  const core = createAppCore({
    settings: openSettingsStore(new ConfSettingsFile({ cwd: opts.dataDir })),
    secrets: () => loadKeytarSecretStore(PREVIEW_KEYCHAIN_SERVICE),
    clock: systemClock,
    notifier,
    shell,
    fetch: counters.countingFetch(),
    ...(opts.monitor ? { monitor: opts.monitor } : {}),
  });

  const bridge = createBridge({
    core,
    session,
    origins: () => [`http://127.0.0.1:${port}`, `http://localhost:${port}`],
    log: opts.log,
    // A connected page is an open window: the core refreshes faster while one is open.
    onConnections: (open) => core.setWindowVisible(open > 0),
    onHandled: (channel) => Counters.bump(counters.bridge, channel),
    onEvent: (event) => Counters.bump(counters.events, event),
  });

  const hooks = {
    session,
    notifications: () => notifier.shown,
    counters,
    stopServer: async () => demo?.stop(),
    startServer: async () => void (await demo?.start()),
  };
  const csp = (): string => contentSecurityPolicy(port);
  const prerender = opts.popoverSsrModule
    ? await loadPopoverRenderer(opts.popoverSsrModule, opts.log)
    : null;
  // One snapshot per page: the embedded data and the pre-rendered popover must agree, since
  // the page hydrates that markup with that data.
  const inject = (req: IncomingMessage): PageInjection | null => {
    const snapshot = core.snapshot();
    const head = embeddedSnapshotTag(req, session, () => snapshot);
    if (head === null || !prerender) return head === null ? null : { head };
    const look = pageLook(core.configView('user')?.remote ?? null, req.headers['accept-language']);
    const app = safePrerender(prerender, snapshot, look.language, opts.log);
    return { head, app, theme: look.theme, lang: look.lang };
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // DNS rebinding: only this host's own names are served.
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      res.writeHead(421, { 'Content-Type': 'text/plain' }).end('Misdirected request');
      return;
    }
    if (opts.testHooks && req.url?.startsWith(TEST_HOOKS_PREFIX)) {
      void handleTestHook(req, res, hooks);
      return;
    }
    try {
      serveStatic(req, res, {
        root: opts.rendererDir,
        csp: csp(),
        inject,
      });
    } catch {
      // A file that vanished mid-request: this request fails, the host stays up.
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  server.on('upgrade', (req, socket, head) => bridge.upgrade(req, socket, head));
  server.on('clientError', (_err, socket) => socket.destroy());

  const demoSession = demo ? await demo.start() : null;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    bridge.close();
    await core.dispose();
    await demo?.stop();
    throw error;
  }
  port = (server.address() as AddressInfo).port;
  await core.start();

  return {
    origin: `http://127.0.0.1:${port}`,
    session,
    pageUrl,
    core,
    notifier,
    counters,
    demoBaseUrl: demoSession?.baseUrl ?? null,
    async close() {
      bridge.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await core.dispose();
      await demo?.stop();
    },
  };
}
