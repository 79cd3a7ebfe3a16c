// A fixed-window request counter per API key: small, dependency-free, and configurable
// so tests can provoke a 429 quickly and the benchmark can switch it off.

export interface RateLimitOptions {
  max: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { max: 600, windowMs: 60_000 };

interface Window {
  start: number;
  count: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly opts: RateLimitOptions) {}

  /** 0 when the request may proceed, else the seconds to wait (for Retry-After). */
  hit(key: string, now = Date.now()): number {
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.opts.windowMs) {
      if (this.windows.size > 10_000) this.windows.clear();
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    if (w.count <= this.opts.max) return 0;
    return Math.max(1, Math.ceil((w.start + this.opts.windowMs - now) / 1000));
  }
}
