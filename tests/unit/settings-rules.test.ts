import { describe, expect, it } from 'vitest';
import { badgeText, tabBadgeText } from '../../src/core/settings/badge';
import { contrastRatio, contrastReport, formatRatio, highlightCss } from '../../src/core/settings/contrast';
import { markingState, normalizeSite, toggleSite } from '../../src/core/settings/sites';
import { lookupHash } from '../../src/platform/background/context-menu';

const on = { enabled: true, siteMode: 'all' as const };
const allow = { enabled: true, siteMode: 'allow-list' as const };
const lists = (disabledSites: string[] = [], allowedSites: string[] = []) => ({ disabledSites, allowedSites });

describe('sites', () => {
  it('normalizes what users type into hostnames', () => {
    expect(normalizeSite('Example.ORG')).toBe('example.org');
    expect(normalizeSite(' https://www.example.org/path?q=1 ')).toBe('www.example.org');
    expect(normalizeSite('*.example.org')).toBe('example.org');
    expect(normalizeSite('localhost:8080')).toBe('localhost');
    expect(normalizeSite('127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeSite('')).toBeNull();
    expect(normalizeSite('not a site')).toBeNull();
    expect(normalizeSite('ftp://example.org')).toBeNull();
    expect(normalizeSite('-bad-.org')).toBeNull();
  });

  it('decides where marking runs: global switch, off-list (with subdomains), allow-list', () => {
    expect(markingState(on, lists(), 'a.org')).toEqual({ on: true });
    expect(markingState({ ...on, enabled: false }, lists(), 'a.org')).toEqual({ on: false, reason: 'global-off' });
    expect(markingState(on, lists(['a.org']), 'www.a.org')).toEqual({ on: false, reason: 'site-off' });
    expect(markingState(on, lists(['a.org']), 'ba.org')).toEqual({ on: true });
    expect(markingState(allow, lists([], ['a.org']), 'a.org')).toEqual({ on: true });
    expect(markingState(allow, lists([], ['a.org']), 'b.org')).toEqual({ on: false, reason: 'not-allowed' });
    expect(markingState(allow, lists([], ['a.org']), '')).toEqual({ on: false, reason: 'not-allowed' });
    expect(markingState(on, lists(['a.org']), '')).toEqual({ on: true });
  });

  it('toggles a site in either mode, and turns the global switch on when needed', () => {
    expect(toggleSite(on, lists(['z.org']), 'a.org')).toEqual({ disabledSites: ['a.org', 'z.org'] });
    expect(toggleSite(on, lists(['a.org', 'z.org']), 'www.a.org')).toEqual({ disabledSites: ['z.org'] });
    expect(toggleSite(allow, lists([], ['a.org']), 'a.org')).toEqual({ allowedSites: [] });
    expect(toggleSite(allow, lists([], []), 'a.org')).toEqual({ allowedSites: ['a.org'] });
    expect(toggleSite({ ...on, enabled: false }, lists(), 'a.org')).toEqual({ enabled: true });
    expect(toggleSite({ ...on, enabled: false }, lists(['a.org']), 'a.org')).toEqual({ enabled: true, disabledSites: [] });
  });
});

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5);
  });
  it('checks the mark colour on light and dark pages against 3:1', () => {
    const blue = contrastReport('#1f8ad2');
    expect(blue.lightOk && blue.darkOk).toBe(true);
    const yellow = contrastReport('#ffff00');
    expect(yellow.lightOk).toBe(false);
    expect(yellow.darkOk).toBe(true);
    const navy = contrastReport('#000080');
    expect(navy.lightOk).toBe(true);
    expect(navy.darkOk).toBe(false);
    expect(formatRatio(2.999)).toBe('2.9:1');
  });
  it('writes highlight rules for the colour', () => {
    const css = highlightCss('#aa3300');
    expect(css).toContain('::highlight(perfusion-glossary)');
    expect(css).toContain('text-decoration-color: #aa3300 !important');
    expect(css).toContain('rgba(170, 51, 0, 0.22)');
    expect(highlightCss('nope')).toBe('');
  });
});

describe('badge', () => {
  it('shows the count, "off", or nothing', () => {
    expect(badgeText(3, false, true)).toBe('3');
    expect(badgeText(0, false, true)).toBe('');
    expect(badgeText(3, false, false)).toBe('');
    expect(badgeText(3, true, false)).toBe('off');
    expect(badgeText(250, false, true)).toBe('99+');
  });
  it('counts distinct terms across frames', () => {
    const frames = new Map([
      [0, { entryIds: ['a', 'b'], off: false, showCount: true }],
      [3, { entryIds: ['b', 'c'], off: false, showCount: true }],
    ]);
    expect(tabBadgeText(frames)).toBe('3');
    frames.set(0, { entryIds: [], off: true, showCount: true });
    expect(tabBadgeText(frames)).toBe('off');
  });
});

describe('context menu', () => {
  it('builds the popup hash from a selection', () => {
    expect(lookupHash('  VA-ECMO\n flow ')).toBe('#q=VA-ECMO%20flow');
    expect(lookupHash('x'.repeat(300)).length).toBe('#q='.length + 100);
  });
});
