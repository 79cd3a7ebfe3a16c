// The page served with the session secret carries the snapshot as a JSON data block; without
// the secret it is the plain file. A real folder and a real loopback server.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDED_SNAPSHOT_ID } from '../../common/preview-protocol';
import type { UsageSnapshot } from '../../common/snapshot';
import { embeddedSnapshotTag } from './embedded-snapshot';
import { contentSecurityPolicy, serveStatic } from './static-files';

const SESSION = 'a'.repeat(32);
// Only the fields this test looks at; the host passes its real snapshot through untouched.
const snapshot = {
  auth: { signedIn: true },
  role: 'user',
  error: { message: 'x</script><script>alert(1)</script>' },
} as unknown as UsageSnapshot;
let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ptray-embed-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><head><title>t</title></head><p>hi</p>');
  writeFileSync(join(dir, 'assets', 'a-1.js'), 'export {};');
  server = createServer((req, res) =>
    serveStatic(req, res, {
      root: dir,
      csp: contentSecurityPolicy(0),
      inject: (r) => embeddedSnapshotTag(r, SESSION, () => snapshot),
    }),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

const block = new RegExp(
  `<script type="application/json" id="${EMBEDDED_SNAPSHOT_ID}">([^<]*)</script></head>`,
);

describe('embedded snapshot', () => {
  it('is in the page served with the session, never stored, the CSP kept', async () => {
    const r = await fetch(`${base}/?session=${SESSION}`);
    const body = await r.text();
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(Number(r.headers.get('content-length'))).toBe(Buffer.byteLength(body));
    const json = block.exec(body)?.[1];
    // The "</script>" inside a value cannot close the block, and parses back unchanged.
    expect(body.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(json ?? 'null')).toEqual(snapshot);
  });

  it('is absent without the right session, and never in other files', async () => {
    for (const q of ['', '?session=wrong', `?session=${SESSION}x`]) {
      const r = await fetch(`${base}/${q}`);
      expect(await r.text()).not.toContain(EMBEDDED_SNAPSHOT_ID);
      expect(r.headers.get('cache-control')).toBe('no-cache');
    }
    const js = await fetch(`${base}/assets/a-1.js?session=${SESSION}`);
    expect(await js.text()).toBe('export {};');
  });
});
