/**
 * When the definition card opens and closes: a small state machine with no DOM and
 * injectable timers, fed with where the pointer is and what the user clicked or pressed.
 *
 * - Hover: the card opens once the pointer rests on a term for `showDelay` ms. Resting means
 *   it moved at most `sensitivity` px since the dwell started, so a pointer sweeping across
 *   text does not open cards on the way.
 * - Leaving: when the pointer leaves the term, the card stays for `hideDelay` ms; reaching
 *   the card (or coming back to the term) in that time keeps it open.
 * - Pinning: a click or tap on a term, interaction inside the card, and keyboard navigation
 *   pin the card; a pinned card ignores the pointer and closes on Escape, a click outside,
 *   or a click on another term (which pins that one instead).
 * - Only one card exists: showing a target replaces whatever was shown.
 */

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(id: unknown): void;
}

export interface HoverIntentOptions {
  /** Dwell before a hovered term opens its card. */
  showDelay?: number;
  /** Grace period after the pointer leaves the term and the card. */
  hideDelay?: number;
  /** Pointer movement (px) tolerated during the dwell. */
  sensitivity?: number;
}

export type HideReason = 'leave' | 'escape' | 'outside' | 'closed';
export type ShowReason = 'hover' | 'pin';

export interface HoverIntentEffects<T> {
  /** Show the card for `target` (replacing any other). Called again with 'pin' to pin a shown card. */
  show(target: T, reason: ShowReason): void;
  hide(reason: HideReason): void;
}

/** Where the pointer is now. */
export type PointerPlace<T> = { kind: 'term'; target: T; x: number; y: number } | { kind: 'card' } | { kind: 'none' };

export const DEFAULT_SHOW_DELAY = 150;
export const DEFAULT_HIDE_DELAY = 300;
export const DEFAULT_SENSITIVITY = 6;

export class HoverIntent<T> {
  private shown: T | null = null;
  private pinned = false;
  private pending: { target: T; x: number; y: number } | null = null;
  private showTimer: unknown = null;
  private hideTimer: unknown = null;
  private readonly showDelay: number;
  private readonly hideDelay: number;
  private readonly sensitivity: number;

  constructor(
    private readonly effects: HoverIntentEffects<T>,
    private readonly timers: Timers,
    opts: HoverIntentOptions = {},
    /** Whether two targets are the same term (default: identity). */
    private readonly same: (a: T, b: T) => boolean = Object.is,
  ) {
    this.showDelay = opts.showDelay ?? DEFAULT_SHOW_DELAY;
    this.hideDelay = opts.hideDelay ?? DEFAULT_HIDE_DELAY;
    this.sensitivity = opts.sensitivity ?? DEFAULT_SENSITIVITY;
  }

  /** The target whose card is shown, if any. */
  get current(): T | null {
    return this.shown;
  }

  get isPinned(): boolean {
    return this.shown !== null && this.pinned;
  }

  /** The pointer moved (mouse or pen; touch has no hover). */
  pointer(place: PointerPlace<T>): void {
    if (place.kind === 'term' && this.shown !== null && this.same(place.target, this.shown)) {
      this.cancelPending();
      this.cancelHide();
      return;
    }
    if (place.kind === 'card') {
      this.cancelPending();
      this.cancelHide();
      return;
    }
    if (this.pinned && this.shown !== null) return;
    if (place.kind === 'term') this.dwell(place.target, place.x, place.y);
    else this.cancelPending();
    if (this.shown !== null) this.startHide();
  }

  /** A click or tap on a term (pins it) or, with `null`, outside any term and outside the card. */
  click(target: T | null): void {
    if (target === null) {
      if (this.shown !== null) this.close('outside');
      else this.cancelPending();
      return;
    }
    this.open(target);
  }

  /** Pointer down inside the card: the user is working with it, so it stays. */
  interactInCard(): void {
    if (this.shown === null || this.pinned) return;
    this.pinned = true;
    this.cancelHide();
    this.cancelPending();
    this.effects.show(this.shown, 'pin');
  }

  /** Opens a pinned card (click, tap, keyboard navigation, the popup's "reveal"). */
  open(target: T): void {
    this.cancelPending();
    this.cancelHide();
    this.shown = target;
    this.pinned = true;
    this.effects.show(target, 'pin');
  }

  /** Escape: closes the card. Returns whether there was one to close. */
  escape(): boolean {
    if (this.shown === null) {
      this.cancelPending();
      return false;
    }
    this.close('escape');
    return true;
  }

  /** Closes the card (close button, focus leaving, the term disappearing). */
  close(reason: HideReason = 'closed'): void {
    this.cancelPending();
    this.cancelHide();
    if (this.shown === null) return;
    this.shown = null;
    this.pinned = false;
    this.effects.hide(reason);
  }

  dispose(): void {
    this.cancelPending();
    this.cancelHide();
    this.shown = null;
    this.pinned = false;
  }

  private dwell(target: T, x: number, y: number) {
    const p = this.pending;
    if (p && this.same(p.target, target) && Math.hypot(x - p.x, y - p.y) <= this.sensitivity) return;
    this.cancelPending();
    this.pending = { target, x, y };
    this.showTimer = this.timers.set(() => {
      this.showTimer = null;
      const next = this.pending;
      this.pending = null;
      if (!next) return;
      this.cancelHide();
      this.shown = next.target;
      this.pinned = false;
      this.effects.show(next.target, 'hover');
    }, this.showDelay);
  }

  private startHide() {
    if (this.hideTimer !== null) return;
    this.hideTimer = this.timers.set(() => {
      this.hideTimer = null;
      if (this.shown === null || this.pinned) return;
      this.shown = null;
      this.effects.hide('leave');
    }, this.hideDelay);
  }

  private cancelPending() {
    if (this.showTimer !== null) this.timers.clear(this.showTimer);
    this.showTimer = null;
    this.pending = null;
  }

  private cancelHide() {
    if (this.hideTimer !== null) this.timers.clear(this.hideTimer);
    this.hideTimer = null;
  }
}
