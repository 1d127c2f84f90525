// @vitest-environment happy-dom
/**
 * Where the first pass does its unsplittable work: building the matcher (which parses deferred
 * match data, about 10 ms on a real page) happens in a task of its own, between yields, not
 * inside one of the pass's time slices.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const events: string[] = [];
vi.mock('../../src/page/yield', () => ({
  yieldToHost: () => {
    events.push('yield');
    return new Promise<void>((resolve) => setTimeout(resolve, 0));
  },
}));

const { Scanner } = await import('../../src/page/scanner');
const { deferredFixtureData } = await import('../support/fixture-glossary');

let scanner: InstanceType<typeof Scanner> | undefined;
afterEach(() => {
  scanner?.stop();
  events.length = 0;
});

function deferredScanner() {
  const data = deferredFixtureData();
  scanner = new Scanner(data, document);
  const prepare = scanner.prepareMatching.bind(scanner);
  vi.spyOn(scanner, 'prepareMatching').mockImplementation(() => {
    events.push('prepare');
    prepare();
  });
  return { data, scanner };
}

describe('first pass scheduling', () => {
  it('builds the matcher between two yields once the pre-scan finds a candidate', async () => {
    document.body.innerHTML = '<p>We started cardiopulmonary bypass.</p>';
    const { data, scanner } = deferredScanner();
    const marks = await scanner.scanAll();
    expect(marks.map((m) => m.entryId)).toEqual(['cardiopulmonary-bypass']);
    expect(data.loaded).toBe(true);
    const at = events.indexOf('prepare');
    expect(at).toBeGreaterThan(0);
    expect(events[at - 1]).toBe('yield');
    expect(events[at + 1]).toBe('yield');
  });

  it('neither builds it nor yields for it when the page holds no candidate', async () => {
    document.body.innerHTML = '<p>Weekend weather: sunny spells and a light breeze.</p>';
    const { data, scanner } = deferredScanner();
    expect(await scanner.scanAll()).toEqual([]);
    expect(events).not.toContain('prepare');
    expect(data.loaded).toBe(false);
  });
});
