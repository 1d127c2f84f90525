/** Pure rules behind the popup's stored state and its URL. */
import { describe, expect, it } from 'vitest';
import { isSiteEnabled, pushRecent, RECENT_MAX, setSiteEnabled, siteOf } from '../../src/core/prefs/lists';
import { parseRoute } from '../../src/ui/popup/route';

describe('recently viewed entries', () => {
  it('puts the newest first without duplicates and keeps at most ten', () => {
    expect(pushRecent(['a', 'b', 'c'], 'b')).toEqual(['b', 'a', 'c']);
    expect(pushRecent([], 'a')).toEqual(['a']);
    const full = Array.from({ length: RECENT_MAX }, (_, i) => `e${i}`);
    const next = pushRecent(full, 'new');
    expect(next).toHaveLength(RECENT_MAX);
    expect(next[0]).toBe('new');
    expect(next).not.toContain(`e${RECENT_MAX - 1}`);
  });
});

describe('per-site switch', () => {
  it('keys sites by lower-case hostname, http(s) only', () => {
    expect(siteOf('https://Example.org/a?b#c')).toBe('example.org');
    expect(siteOf('http://127.0.0.1:8080/x')).toBe('127.0.0.1');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('moz-extension://abc/popup.html')).toBeNull();
    expect(siteOf('file:///tmp/a.html')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });
  it('turns a site off and on again', () => {
    const off = setSiteEnabled(['b.org'], 'A.org', false);
    expect(off).toEqual(['a.org', 'b.org']);
    expect(isSiteEnabled(off, 'a.org')).toBe(false);
    expect(setSiteEnabled(off, 'a.org', false)).toEqual(['a.org', 'b.org']);
    const on = setSiteEnabled(off, 'a.org', true);
    expect(on).toEqual(['b.org']);
    expect(isSiteEnabled(on, 'a.org')).toBe(true);
  });
});

describe('popup URL', () => {
  it('reads #entry=, #q= and ?tab=', () => {
    expect(parseRoute('', '#entry=cardiopulmonary-bypass')).toEqual({ entry: 'cardiopulmonary-bypass' });
    expect(parseRoute('', '#q=va%20ecmo')).toEqual({ query: 'va ecmo' });
    expect(parseRoute('?tab=42', '')).toEqual({ tab: 42 });
    expect(parseRoute('?tab=x', '#entry=Bad%20Id')).toEqual({});
    expect(parseRoute('', '')).toEqual({});
  });
});
