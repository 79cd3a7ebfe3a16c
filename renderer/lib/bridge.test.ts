import { describe, expect, it } from 'vitest';
import { previewBridgeUrl } from './bridge';

describe('previewBridgeUrl', () => {
  it('builds the bridge URL from ?session= on the preview host itself', () => {
    const url = previewBridgeUrl(new URL('http://127.0.0.1:5173/?session=abc%2Fd#popover'));
    expect(url).toBe('ws://127.0.0.1:5173/bridge?session=abc%2Fd');
  });

  it('accepts an explicit loopback ws:// URL and refuses anything else', () => {
    const ok = 'ws://127.0.0.1:9000/bridge?session=x';
    const page = (b: string): URL => new URL(`http://127.0.0.1:1/?bridge=${encodeURIComponent(b)}`);
    expect(previewBridgeUrl(page(ok))).toBe(ok);
    expect(previewBridgeUrl(page('ws://evil.example/bridge'))).toBeNull();
    expect(previewBridgeUrl(page('wss://127.0.0.1/bridge'))).toBeNull();
    expect(previewBridgeUrl(new URL('http://127.0.0.1:1/#popover'))).toBeNull();
  });
});
