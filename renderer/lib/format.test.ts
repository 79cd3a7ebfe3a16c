import { describe, expect, it } from 'vitest';
import { agoParts, parseThresholds, quotaLevel } from './format';

describe('agoParts', () => {
  const now = Date.parse('2026-01-01T12:00:00Z');
  it('counts seconds, minutes and hours', () => {
    expect(agoParts('2026-01-01T12:00:00Z', now).key).toBe('time.just_now');
    expect(agoParts('2026-01-01T11:59:30Z', now)).toEqual({ key: 'time.seconds', n: 30 });
    expect(agoParts('2026-01-01T11:55:00Z', now)).toEqual({ key: 'time.minutes', n: 5 });
    expect(agoParts('2026-01-01T09:00:00Z', now)).toEqual({ key: 'time.hours', n: 3 });
  });
});

describe('quotaLevel', () => {
  it('follows the thresholds and marks an exhausted quota', () => {
    expect(quotaLevel(15, 850, 1000)).toBe('ok');
    expect(quotaLevel(80, 200, 1000)).toBe('warn');
    expect(quotaLevel(96, 40, 1000)).toBe('critical');
    expect(quotaLevel(100, 0, 1000)).toBe('exhausted');
    expect(quotaLevel(60, 400, 1000, [50])).toBe('warn');
    expect(quotaLevel(0, 0, 0)).toBe('ok');
  });
});

describe('parseThresholds', () => {
  it('parses lists of percentages and rejects anything else', () => {
    expect(parseThresholds('95, 80')).toEqual([80, 95]);
    expect(parseThresholds('70')).toEqual([70]);
    expect(parseThresholds('')).toBeNull();
    expect(parseThresholds('80, abc')).toBeNull();
    expect(parseThresholds('0')).toBeNull();
    expect(parseThresholds('1,2,3,4,5,6,7,8,9,10,11')).toBeNull();
  });
});
