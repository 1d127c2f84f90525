import { describe, expect, it } from 'vitest';
import { shortcutDirection, stepIndex } from '../../src/core/card/navigation';

const key = (k: string, mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => ({
  key: k,
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('stepIndex', () => {
  // Tops of terms in document order: two above the viewport, three in it, one below.
  const tops = [-900, -20, 40, 300, 700, 1500];
  const vh = 800;

  it('steps from the current term and wraps around', () => {
    expect(stepIndex(tops, 2, 1, vh)).toBe(3);
    expect(stepIndex(tops, 2, -1, vh)).toBe(1);
    expect(stepIndex(tops, 5, 1, vh)).toBe(0);
    expect(stepIndex(tops, 0, -1, vh)).toBe(5);
  });

  it('without a current term, next starts at the first term in view', () => {
    expect(stepIndex(tops, -1, 1, vh)).toBe(2);
  });

  it('without a current term, previous starts at the last term above the viewport bottom', () => {
    expect(stepIndex(tops, -1, -1, vh)).toBe(4);
  });

  it('handles terms all above or all below the viewport, and no terms', () => {
    expect(stepIndex([-300, -100], -1, 1, vh)).toBe(0);
    expect(stepIndex([900, 1200], -1, -1, vh)).toBe(1);
    expect(stepIndex([], -1, 1, vh)).toBe(-1);
  });
});

describe('shortcutDirection', () => {
  it('is Alt+Shift+ArrowRight / ArrowLeft only', () => {
    expect(shortcutDirection(key('ArrowRight', { altKey: true, shiftKey: true }))).toBe(1);
    expect(shortcutDirection(key('ArrowLeft', { altKey: true, shiftKey: true }))).toBe(-1);
    expect(shortcutDirection(key('ArrowRight', { altKey: true }))).toBe(0); // browser history
    expect(shortcutDirection(key('ArrowRight', { shiftKey: true }))).toBe(0); // selection
    expect(shortcutDirection(key('ArrowRight', { altKey: true, shiftKey: true, ctrlKey: true }))).toBe(0);
    expect(shortcutDirection(key('ArrowRight', { altKey: true, shiftKey: true, metaKey: true }))).toBe(0);
    expect(shortcutDirection(key('ArrowDown', { altKey: true, shiftKey: true }))).toBe(0);
  });
});
