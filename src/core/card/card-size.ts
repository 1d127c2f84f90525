/**
 * How tall the definition card may be next to its term. Pure: position.ts feeds it the room
 * floating-ui measured and the frame's viewport height.
 */

/** Past this the card scrolls; a taller card would hide too much of the page. */
export const CARD_MAX_HEIGHT = 480;
/** Below this the heading, the definition's first lines and the actions no longer fit one above the other. */
export const CARD_MIN_HEIGHT = 140;
/** Kept clear between the card and the viewport's edges. */
export const CARD_MARGIN = 8;

/**
 * The card's height limit: the room beside the term, between the minimum and the maximum.
 * A frame too short even for the minimum gets a card as tall as the frame (it then covers
 * its term and scrolls as a whole; `compact`), so that none of it is cut off by the frame's edge.
 */
export function cardHeight(availableHeight: number, viewportHeight: number): { height: number; compact: boolean } {
  const minimum = Math.max(0, Math.min(CARD_MIN_HEIGHT, viewportHeight - 2 * CARD_MARGIN));
  const height = Math.round(Math.max(minimum, Math.min(CARD_MAX_HEIGHT, availableHeight)));
  return { height, compact: height < CARD_MIN_HEIGHT };
}
