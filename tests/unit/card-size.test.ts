import { describe, expect, it } from 'vitest';
import { CARD_MARGIN, CARD_MAX_HEIGHT, CARD_MIN_HEIGHT, cardHeight } from '../../src/core/card/card-size';

describe('cardHeight', () => {
  it('takes the room beside the term, up to the maximum', () => {
    expect(cardHeight(300, 800)).toEqual({ height: 300, compact: false });
    expect(cardHeight(900, 1200)).toEqual({ height: CARD_MAX_HEIGHT, compact: false });
    expect(cardHeight(255.6, 800).height).toBe(256);
  });

  it('keeps the minimum when a tall viewport leaves little room beside the term (the card then shifts)', () => {
    expect(cardHeight(60, 800)).toEqual({ height: CARD_MIN_HEIGHT, compact: false });
    expect(cardHeight(-20, 800)).toEqual({ height: CARD_MIN_HEIGHT, compact: false });
  });

  it('in a frame shorter than the minimum, fills the frame less its margins and is compact', () => {
    expect(cardHeight(30, 110)).toEqual({ height: 110 - 2 * CARD_MARGIN, compact: true });
    expect(cardHeight(30, CARD_MIN_HEIGHT + 2 * CARD_MARGIN)).toEqual({ height: CARD_MIN_HEIGHT, compact: false });
    expect(cardHeight(0, 10)).toEqual({ height: 0, compact: true });
  });
});
