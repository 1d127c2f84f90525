import { describe, expect, it } from 'vitest';
import { HoverIntent, type PointerPlace } from '../../src/core/card/hover-intent';
import { fakeClock } from '../support/fake-clock';

function setup(opts = { showDelay: 150, hideDelay: 300, sensitivity: 6 }) {
  const clock = fakeClock();
  const log: string[] = [];
  const intent = new HoverIntent<string>({ show: (t, why) => log.push(`show ${t} ${why}`), hide: (why) => log.push(`hide ${why}`) }, clock.timers, opts);
  const term = (target: string, x = 10, y = 10): PointerPlace<string> => ({ kind: 'term', target, x, y });
  return { clock, log, intent, term };
}

describe('HoverIntent: hovering', () => {
  it('shows a term only after the pointer rests on it for the dwell time', () => {
    const { clock, log, intent, term } = setup();
    intent.pointer(term('cpb'));
    clock.advance(149);
    expect(log).toEqual([]);
    clock.advance(1);
    expect(log).toEqual(['show cpb hover']);
    expect(intent.current).toBe('cpb');
    expect(intent.isPinned).toBe(false);
  });

  it('uses the dwell passed in the options', () => {
    const { clock, log, intent, term } = setup({ showDelay: 400, hideDelay: 300, sensitivity: 6 });
    intent.pointer(term('cpb'));
    clock.advance(300);
    expect(log).toEqual([]);
    clock.advance(100);
    expect(log).toEqual(['show cpb hover']);
  });

  it('does not open cards while the pointer sweeps across text', () => {
    const { clock, log, intent, term } = setup();
    // Moving 20 px every 50 ms over one long term, then over two others, then off the text.
    for (let i = 0; i < 6; i++) {
      intent.pointer(term('extracorporeal-membrane-oxygenation', 10 + i * 20));
      clock.advance(50);
    }
    intent.pointer(term('heparin', 200));
    clock.advance(60);
    intent.pointer(term('act', 260));
    clock.advance(60);
    intent.pointer({ kind: 'none' });
    clock.advance(1000);
    expect(log).toEqual([]);
  });

  it('tolerates small jitter during the dwell', () => {
    const { clock, log, intent, term } = setup();
    intent.pointer(term('cpb', 100, 100));
    clock.advance(80);
    intent.pointer(term('cpb', 103, 102));
    clock.advance(70);
    expect(log).toEqual(['show cpb hover']);
  });

  it('restarts the dwell when the pointer lands on another term', () => {
    const { clock, log, intent, term } = setup();
    intent.pointer(term('cpb'));
    clock.advance(100);
    intent.pointer(term('act'));
    clock.advance(100);
    expect(log).toEqual([]);
    clock.advance(50);
    expect(log).toEqual(['show act hover']);
  });

  it('keeps the card while the pointer moves from the term into the card', () => {
    const { clock, log, intent, term } = setup();
    intent.pointer(term('cpb'));
    clock.advance(150);
    intent.pointer({ kind: 'none' }); // the gap between the line and the card
    clock.advance(100);
    intent.pointer({ kind: 'card' });
    clock.advance(2000);
    expect(log).toEqual(['show cpb hover']);
    expect(intent.current).toBe('cpb');
  });

  it('hides a moment after the pointer leaves both the term and the card', () => {
    const { clock, log, intent, term } = setup();
    intent.pointer(term('cpb'));
    clock.advance(150);
    intent.pointer({ kind: 'card' });
    intent.pointer({ kind: 'none' });
    clock.advance(299);
    expect(log).toEqual(['show cpb hover']);
    clock.advance(1);
    expect(log).toEqual(['show cpb hover', 'hide leave']);
    expect(intent.current).toBeNull();
  });

  it('keeps the card when the pointer comes back to the term in time', () => {
    const { clock, log, intent, term } = setup();
    intent.pointer(term('cpb'));
    clock.advance(150);
    intent.pointer({ kind: 'none' });
    clock.advance(200);
    intent.pointer(term('cpb', 40));
    clock.advance(1000);
    expect(log).toEqual(['show cpb hover']);
  });

  it('replaces the card when the pointer rests on another term (one card at a time)', () => {
    const { clock, log, intent, term } = setup();
    intent.pointer(term('cpb'));
    clock.advance(150);
    intent.pointer(term('act', 300));
    clock.advance(150);
    expect(log).toEqual(['show cpb hover', 'show act hover']);
    expect(intent.current).toBe('act');
    clock.advance(1000); // the grace timer of the first card must not close the second
    expect(log).toEqual(['show cpb hover', 'show act hover']);
  });

  it('crossing another term on the way to the card does not swap it', () => {
    const { clock, log, intent, term } = setup();
    intent.pointer(term('cpb', 10, 10));
    clock.advance(150);
    intent.pointer(term('act', 12, 30)); // next line, passing through
    clock.advance(40);
    intent.pointer(term('act', 14, 45));
    clock.advance(40);
    intent.pointer({ kind: 'card' });
    clock.advance(1000);
    expect(log).toEqual(['show cpb hover']);
  });
});

describe('HoverIntent: pinning, Escape, clicks', () => {
  it('a click pins the card: the pointer leaving does not close it', () => {
    const { clock, log, intent, term } = setup();
    intent.click('cpb');
    expect(log).toEqual(['show cpb pin']);
    expect(intent.isPinned).toBe(true);
    intent.pointer({ kind: 'none' });
    intent.pointer(term('act'));
    clock.advance(5000);
    expect(log).toEqual(['show cpb pin']);
  });

  it('clicking a hovered term pins it', () => {
    const { clock, log, intent, term } = setup();
    intent.pointer(term('cpb'));
    clock.advance(150);
    intent.click('cpb');
    intent.pointer({ kind: 'none' });
    clock.advance(1000);
    expect(log).toEqual(['show cpb hover', 'show cpb pin']);
    expect(intent.current).toBe('cpb');
  });

  it('pointer down inside a hover card pins it', () => {
    const { clock, log, intent, term } = setup();
    intent.pointer(term('cpb'));
    clock.advance(150);
    intent.pointer({ kind: 'card' });
    intent.interactInCard();
    intent.pointer({ kind: 'none' });
    clock.advance(1000);
    expect(log).toEqual(['show cpb hover', 'show cpb pin']);
  });

  it('Escape closes a hovered or pinned card, and reports whether it did', () => {
    const { clock, log, intent, term } = setup();
    expect(intent.escape()).toBe(false);
    intent.pointer(term('cpb'));
    clock.advance(150);
    expect(intent.escape()).toBe(true);
    intent.open('act');
    expect(intent.escape()).toBe(true);
    expect(log).toEqual(['show cpb hover', 'hide escape', 'show act pin', 'hide escape']);
    expect(intent.current).toBeNull();
  });

  it('Escape during the dwell cancels the pending card', () => {
    const { clock, log, intent, term } = setup();
    intent.pointer(term('cpb'));
    clock.advance(100);
    intent.escape();
    clock.advance(1000);
    expect(log).toEqual([]);
  });

  it('a click outside closes the card; a click on another term pins that one', () => {
    const { log, intent } = setup();
    intent.click('cpb');
    intent.click('act');
    intent.click(null);
    intent.click(null);
    expect(log).toEqual(['show cpb pin', 'show act pin', 'hide outside']);
  });

  it('close() and dispose() clear every timer', () => {
    const { clock, log, intent, term } = setup();
    intent.pointer(term('cpb'));
    clock.advance(150);
    intent.pointer(term('act'));
    expect(clock.pending).toBe(2); // dwell on act + grace for cpb
    intent.close();
    expect(clock.pending).toBe(0);
    intent.pointer(term('ecmo'));
    intent.dispose();
    expect(clock.pending).toBe(0);
    expect(log).toEqual(['show cpb hover', 'hide closed']);
  });
});
