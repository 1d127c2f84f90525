import { describe, expect, it } from 'vitest';
import { type Box, boxAt, lineBoxes } from '../../src/core/geometry/rects';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

describe('lineBoxes', () => {
  it('gives one box per line for a term wrapped over two lines', () => {
    // "cardiopulmonary" ends line 1 at x=300, "bypass" starts line 2 at x=20.
    const lines = lineBoxes([box(180, 100, 300, 120), box(20, 124, 70, 144)]);
    expect(lines).toEqual([box(180, 100, 300, 120), box(20, 124, 70, 144)]);
  });

  it('merges the rects of several text nodes and inline elements on one line', () => {
    // "DO" + <sub>2</sub> + "i": the subscript box sits lower and is smaller.
    const lines = lineBoxes([box(10, 100, 30, 120), box(30, 106, 36, 124), box(36, 100, 40, 120)]);
    expect(lines).toEqual([box(10, 100, 40, 124)]);
  });

  it('drops empty rects at line edges', () => {
    expect(lineBoxes([box(300, 100, 300, 120), box(20, 124, 70, 144), box(5, 5, 9, 5)])).toEqual([box(20, 124, 70, 144)]);
  });

  it('does not mutate its input', () => {
    const input = [box(0, 0, 10, 10), box(10, 0, 20, 10)];
    lineBoxes(input);
    expect(input).toEqual([box(0, 0, 10, 10), box(10, 0, 20, 10)]);
  });
});

describe('boxAt', () => {
  const lines = [box(180, 100, 300, 120), box(20, 124, 70, 144)];

  it('finds the line under the point on both lines of a wrapped term', () => {
    expect(boxAt(lines, 240, 110)).toBe(0);
    expect(boxAt(lines, 45, 134)).toBe(1);
  });

  it('misses the blank space after the end of a line and before the start of the next', () => {
    expect(boxAt(lines, 330, 110)).toBe(-1); // after "cardiopulmonary", same line
    expect(boxAt(lines, 120, 134)).toBe(-1); // after "bypass" on line 2
    expect(boxAt(lines, 100, 110)).toBe(-1); // before the term on line 1
  });

  it('counts the edges and a little vertical slop for the underline, not more', () => {
    expect(boxAt(lines, 300, 110)).toBe(0);
    expect(boxAt(lines, 200, 121)).toBe(0);
    expect(boxAt(lines, 200, 121, 0)).toBe(-1);
    expect(boxAt(lines, 200, 90)).toBe(-1);
  });
});
