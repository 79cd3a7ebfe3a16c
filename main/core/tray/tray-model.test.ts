import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptySnapshot, type QuotaView, type UsageSnapshot } from '../../../common/snapshot';
import { levelOf, TRAY_ICON_KEYS, trayIconKey } from './tray-icon-level';
import { statusLine, tooltipText } from './tray-text';
import { SNOOZE_MS, trayMenu, type TrayMenuItem } from './tray-menu';

function quota(kind: QuotaView['kind'], current: number, limit: number): QuotaView {
  return {
    kind,
    current,
    limit,
    remaining: Math.max(0, limit - current),
    percentUsed: (current / limit) * 100,
  };
}

function signedIn(llm: [number, number] | null, emb: [number, number] | null): UsageSnapshot {
  return {
    ...emptySnapshot(),
    auth: { signedIn: true, persistent: true, reason: null },
    llm: llm ? quota('llm', ...llm) : null,
    embedding: emb ? quota('embedding', ...emb) : null,
    fetchedAt: '2026-01-01T00:00:00.000Z',
  };
}

describe('tray icon level', () => {
  it('steps by 20 points and reaches 5 only when a quota is used up', () => {
    expect([0, 19.9, 20, 59, 60, 99.9, 100, 250].map(levelOf)).toEqual([0, 0, 1, 2, 3, 4, 5, 5]);
    expect(levelOf(Number.NaN)).toBe(0);
  });

  it('follows the fuller of the two quotas', () => {
    expect(trayIconKey(signedIn([150, 1000], [450, 500]))).toBe('level-4');
    expect(trayIconKey(signedIn([1000, 1000], [0, 500]))).toBe('level-5');
    expect(trayIconKey(signedIn(null, [100, 500]))).toBe('level-1');
  });

  it('has variants for stale, no data and signed out', () => {
    expect(trayIconKey({ ...signedIn([500, 1000], [0, 500]), stale: true })).toBe('level-2-stale');
    expect(trayIconKey(signedIn(null, null))).toBe('no-data');
    expect(trayIconKey({ ...signedIn([1, 2], [1, 2]), auth: emptySnapshot().auth })).toBe(
      'signed-out',
    );
  });

  it('only ever names an icon the generator draws', () => {
    const pct = fc.option(fc.double({ min: 0, max: 400, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(pct, pct, fc.boolean(), fc.boolean(), (a, b, stale, inn) => {
        const s = signedIn(a === null ? null : [a, 100], b === null ? null : [b, 100]);
        const key = trayIconKey({ ...s, stale, auth: { ...s.auth, signedIn: inn } });
        expect(TRAY_ICON_KEYS).toContain(key);
      }),
    );
  });
});

describe('tray tooltip and status line', () => {
  it('shows both percentages with what is left', () => {
    const text = tooltipText(signedIn([150, 1000], [50, 500]));
    expect(text).toBe(
      'Prometheux Tray\nLLM: 15 % used (850 of 1000 left)\nEmbeddings: 10 % used (450 of 500 left)',
    );
    expect(statusLine(signedIn([150, 1000], [50, 500]))).toBe('LLM 15 % · Embeddings 10 %');
  });

  it('never rounds 99.6 % up to a full quota, and shows overuse', () => {
    expect(statusLine(signedIn([996, 1000], [600, 500]))).toBe('LLM 99 % · Embeddings 120 %');
  });

  it('says when the numbers are out of date or the user is signed out', () => {
    const stale = { ...signedIn([1, 10], [1, 10]), stale: true };
    expect(tooltipText(stale)).toContain('Out of date');
    expect(statusLine(stale)).toContain('(out of date)');
    const out = {
      ...emptySnapshot(),
      auth: { signedIn: false, persistent: false, reason: 'Token revoked.' },
    };
    expect(tooltipText(out)).toBe('Prometheux Tray\nSigned out\nToken revoked.');
    expect(statusLine(out)).toBe('Signed out');
  });
});

describe('tray menu', () => {
  const actions = (items: TrayMenuItem[]): string[] =>
    items.flatMap((i) => (i.kind === 'action' ? [`${i.label}${i.enabled ? '' : ' (off)'}`] : []));

  it('lists Open, Refresh now, Snooze alerts 1 h, Preferences…, Quit under the status', () => {
    const items = trayMenu({
      snapshot: signedIn([150, 1000], [50, 500]),
      snoozedUntil: null,
      now: 0,
    });
    expect(items[0]).toEqual({ kind: 'status', label: 'LLM 15 % · Embeddings 10 %' });
    expect(actions(items)).toEqual([
      'Open',
      'Refresh now',
      'Snooze alerts 1 h',
      'Preferences…',
      'Quit',
    ]);
  });

  it('disables refresh and snooze when signed out, and while refreshing', () => {
    const out = trayMenu({ snapshot: emptySnapshot(), snoozedUntil: null, now: 0 });
    expect(actions(out)).toEqual([
      'Open',
      'Refresh now (off)',
      'Snooze alerts 1 h (off)',
      'Preferences…',
      'Quit',
    ]);
    const busy = trayMenu({
      snapshot: { ...signedIn([1, 2], [1, 2]), refreshing: true },
      snoozedUntil: null,
      now: 0,
    });
    expect(actions(busy)[1]).toBe('Refreshing… (off)');
  });

  it('shows until when alerts are snoozed, and offers snooze again once it ran out', () => {
    const input = {
      snapshot: signedIn([1, 2], [1, 2]),
      snoozedUntil: SNOOZE_MS,
      formatTime: (t: number) => `t=${t}`,
    };
    expect(actions(trayMenu({ ...input, now: 0 }))[2]).toBe(
      `Alerts snoozed until t=${SNOOZE_MS} (off)`,
    );
    expect(actions(trayMenu({ ...input, now: SNOOZE_MS }))[2]).toBe('Snooze alerts 1 h');
  });
});
