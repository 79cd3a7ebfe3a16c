import { describe, expect, it } from 'vitest';
import { parseRoute } from './route';

describe('parseRoute', () => {
  it('maps hashes to views and tabs, defaulting to the popover', () => {
    expect(parseRoute('')).toEqual({ view: 'popover', tab: 'account' });
    expect(parseRoute('#popover')).toEqual({ view: 'popover', tab: 'account' });
    expect(parseRoute('#sign-in')).toEqual({ view: 'sign-in', tab: 'account' });
    expect(parseRoute('#preferences/alerts')).toEqual({ view: 'preferences', tab: 'alerts' });
    expect(parseRoute('#preferences/nope')).toEqual({ view: 'preferences', tab: 'account' });
    expect(parseRoute('#/preferences/app')).toEqual({ view: 'preferences', tab: 'app' });
    expect(parseRoute('#/../../etc')).toEqual({ view: 'popover', tab: 'account' });
  });
});
