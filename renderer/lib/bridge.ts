// The renderer's one way to the app: window.prometheux when the Electron preload exposed
// it, otherwise the preview's WebSocket bridge (URL from the page's query string), and
// failing both, a bridge whose every call fails with a message the page can show.
import type { Bridge } from '../../common/ipc-contract';
import { BRIDGE_GLOBAL, CHANNEL_METHODS } from '../../common/ipc-contract';
import { BRIDGE_PATH, BRIDGE_SESSION_PARAM, BRIDGE_URL_PARAM } from '../../common/preview-protocol';
import { fail } from '../../common/result';
import { createWsBridge } from './ws-bridge';

let cached: Bridge | undefined;

export function getBridge(): Bridge {
  cached ??= pickBridge();
  return cached;
}

function pickBridge(): Bridge {
  const exposed = (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
  if (exposed) return exposed as Bridge;
  const url = previewBridgeUrl(new URL(window.location.href));
  if (!url) return unavailableBridge();
  return createWsBridge(url, {
    connect: (u) => new WebSocket(u),
    local: {
      navigate: (hash) => {
        window.location.hash = hash;
      },
      openExternal: (href) => {
        window.open(href, '_blank', 'noopener,noreferrer');
      },
    },
  });
}

/**
 * `?bridge=ws://127.0.0.1:PORT/bridge?session=…` (loopback only), or `?session=…` when the
 * page is served by the preview host itself (same host and port as the bridge).
 */
export function previewBridgeUrl(page: URL): string | null {
  const explicit = page.searchParams.get(BRIDGE_URL_PARAM);
  if (explicit) {
    try {
      const u = new URL(explicit);
      const loopback = u.hostname === '127.0.0.1' || u.hostname === 'localhost';
      return u.protocol === 'ws:' && loopback ? u.href : null;
    } catch {
      return null;
    }
  }
  const session = page.searchParams.get(BRIDGE_SESSION_PARAM);
  if (!session || page.protocol !== 'http:') return null;
  const q = new URLSearchParams({ [BRIDGE_SESSION_PARAM]: session });
  return `ws://${page.host}${BRIDGE_PATH}?${q.toString()}`;
}

function unavailableBridge(): Bridge {
  const api: Record<string, unknown> = { on: () => () => {} };
  for (const method of Object.values(CHANNEL_METHODS) as string[]) {
    api[method] = async () =>
      fail('network', 'This page is not connected to Prometheux Tray (no bridge available).');
  }
  return api as Bridge;
}
