// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Scanner } from '../../src/page/scanner';
import { deferredFixtureData, FIXTURE_DATA } from '../support/fixture-glossary';

/** happy-dom has no CSS Custom Highlight API, so the scanner uses fallback wrappers here. */
const wrapped = () => [...document.querySelectorAll('[data-perfusion-glossary]')].map((e) => [e.textContent, e.getAttribute('data-perfusion-glossary')]);

async function start(html: string) {
  document.body.innerHTML = html;
  const scanner = new Scanner(FIXTURE_DATA, document, { batchDelayMs: 5, batchMaxWaitMs: 20 });
  await scanner.scanAll();
  scanner.observe();
  return scanner;
}

let current: Scanner | undefined;
afterEach(() => {
  current?.stop();
  current = undefined;
});

describe('Scanner (fallback painter)', () => {
  it('wraps marks in data-perfusion-glossary elements and records the scan measure', async () => {
    current = await start('<p>We started <em>cardiopulmonary</em> bypass (CPB) and VA-ECMO.</p>');
    expect(current.painterKind).toBe('wrapper');
    // One wrapper per text-node part: the term split by <em> gets two.
    expect(wrapped()).toEqual([
      ['cardiopulmonary', 'cardiopulmonary-bypass'],
      [' bypass', 'cardiopulmonary-bypass'],
      ['CPB', 'cardiopulmonary-bypass'],
      ['VA-ECMO', 'va-ecmo'],
    ]);
    expect(current.getMarks().map((m) => m.range.toString())).toEqual(['cardiopulmonary bypass', 'CPB', 'VA-ECMO']);
    expect(performance.getEntriesByName('perfusion-glossary:scan').length).toBeGreaterThan(0);
  });

  it('marks text appended later, in bursts', async () => {
    current = await start('<div id="feed"><p>Nothing yet.</p></div>');
    const feed = document.getElementById('feed')!;
    for (let i = 0; i < 20; i++) feed.insertAdjacentHTML('beforeend', `<p>Item ${i}: ECMO</p>`);
    await new Promise((r) => setTimeout(r, 10));
    await current.settle();
    expect(wrapped().filter(([t]) => t === 'ECMO')).toHaveLength(20);
  });

  it('follows text changed in place and drops marks of removed text', async () => {
    current = await start('<p id="a">Plain words.</p><p id="b">On CPB today.</p>');
    document.getElementById('a')!.firstChild!.textContent = 'Now on ECMO.';
    await current.settle();
    expect(wrapped().map(([t]) => t)).toEqual(['ECMO', 'CPB']);
    document.getElementById('b')!.remove();
    await current.settle();
    expect(current.getMarks().map((m) => m.entryId)).toEqual(['ecmo']);
  });

  it('stop() removes every mark', async () => {
    current = await start('<p>CPB and ECMO.</p>');
    current.stop();
    expect(wrapped()).toEqual([]);
    expect(document.body.textContent).toBe('CPB and ECMO.');
  });

  it('counts marked entries for the popup', async () => {
    current = await start('<p>CPB, CPB and ECMO.</p>');
    expect(current.counts()).toEqual([
      { entryId: 'cardiopulmonary-bypass', count: 2 },
      { entryId: 'ecmo', count: 1 },
    ]);
  });
});

describe('Scanner: each block is read once per pass', () => {
  it('does not mark a heading twice when its last word ends at the text node edge', async () => {
    // The heading ends in "bypass"; the whitespace after it belongs to <body>. Reading <body>
    // for that whitespace must not read the heading a second time.
    current = await start('\n  <h1>A day on cardiopulmonary bypass</h1>\n  <p>Then CPB.</p>\n');
    expect(current.getMarks().map((m) => m.range.toString())).toEqual(['cardiopulmonary bypass', 'CPB']);
  });
});

describe('Scanner: first occurrence only', () => {
  it('keeps the first occurrence in document order, whichever stage of the pass read it', async () => {
    // "MAP" is ambiguous, so its paragraph is read in the pass's second stage, after the
    // paragraph below it: the first occurrence is still the one the reader meets first.
    document.body.innerHTML = '<p>MAP was 65 mmHg.</p><p>The mean arterial pressure on CPB was fine.</p><p>MAP again, 70 mmHg.</p>';
    current = new Scanner(FIXTURE_DATA, document, { firstOnly: true, ambiguous: 'always' });
    await current.scanAll();
    expect(current.getMarks().map((m) => m.range.toString())).toEqual(['MAP', 'CPB']);
  });
});

describe('Scanner: skipped content around a block read alone', () => {
  it('marks a term that is its block\'s only text, unless a wrapper or an ancestor is skipped', async () => {
    current = await start(`
      <ul><li><a href="#a"><span>cardioplegia</span></a></li><li>
        ECMO <!-- a comment -->
      </li></ul>
      <p><span hidden>ischemia</span></p>
      <p>See <span hidden>LVAD</span> and CPB.</p>
      <div contenteditable="true"><p>roller pump</p></div>
      <p><code>ACT</code></p>
      <p><b class="x"><i>aortic cross-clamp</i></b></p>
      <div hidden><section><p>ischemia</p></section></div>
      <div role="textbox"><p>LVAD</p></div>
      <div class="cm-editor x"><div><p>roller pump</p></div></div>
      <button><div>cardiopulmonary bypass</div></button>
      <div contenteditable="false"><p>ischemia</p></div>`);
    expect(current.getMarks().map((m) => m.range.toString())).toEqual(['cardioplegia', 'ECMO', 'CPB', 'aortic cross-clamp', 'ischemia']);
  });
});

describe('Scanner: shadow roots', () => {
  const shadowMarks = (s: Scanner) => s.getMarks().filter((m) => m.range.startContainer.getRootNode() !== document).map((m) => m.range.toString());

  it('reads open shadow roots of custom elements and of empty built-in hosts, on every pass', async () => {
    document.body.innerHTML = '<x-panel><span slot="title">Panel</span></x-panel><div id="empty-host"></div><p>Light text.</p>';
    document.querySelector('x-panel')!.attachShadow({ mode: 'open' }).innerHTML = '<h2><slot name="title"></slot></h2><p>An aortic cross-clamp was applied.</p>';
    document.getElementById('empty-host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Shadow text about ECMO.</p>';
    current = new Scanner(FIXTURE_DATA, document);
    await current.scanAll();
    expect(shadowMarks(current).sort()).toEqual(['ECMO', 'aortic cross-clamp']);
    // A second full pass (single-page-app navigation) reads them again.
    await current.rescan();
    expect(shadowMarks(current).sort()).toEqual(['ECMO', 'aortic cross-clamp']);
  });
});

describe('Scanner with deferred match data', () => {
  it('never parses the forms on a page without a term', async () => {
    document.body.innerHTML = '<h1>Weekend weather</h1><p>Sunny spells, a light breeze, and rain by Sunday evening.</p><ul><li>Act now</li><li>Map</li></ul>';
    const data = deferredFixtureData();
    current = new Scanner(data, document);
    expect(await current.scanAll()).toEqual([]);
    expect(data.loaded).toBe(false);
  });

  it('parses them at the first candidate and marks as with eager data', async () => {
    document.body.innerHTML = '<p>Weather first.</p><p>Then we went on <em>cardiopulmonary</em> bypass and VA-ECMO.</p>';
    const data = deferredFixtureData();
    current = new Scanner(data, document);
    expect(data.loaded).toBe(false);
    const marks = await current.scanAll();
    expect(data.loaded).toBe(true);
    expect(marks.map((m) => [m.range.toString(), m.entryId])).toEqual([
      ['cardiopulmonary bypass', 'cardiopulmonary-bypass'],
      ['VA-ECMO', 'va-ecmo'],
    ]);
  });

  it('tells from the pre-scan sets alone whether a title may hold a term', () => {
    const data = deferredFixtureData();
    current = new Scanner(data, document);
    expect(current.mayHoldTerms('Starting cardiopulmonary bypass in adults')).toBe(true);
    expect(current.mayHoldTerms('ECMO')).toBe(true);
    expect(current.mayHoldTerms('Weekend weather and the best pumpkin soup')).toBe(false);
    expect(data.loaded).toBe(false);
  });

  it('prepares the matcher in start-up only when the page title names a term', async () => {
    document.title = 'Weekend weather and the best pumpkin soup';
    const plain = deferredFixtureData();
    current = new Scanner(plain, document);
    await current.prepareAhead();
    expect(plain.loaded).toBe(false);
    current.stop();
    document.title = 'Starting cardiopulmonary bypass in adults';
    const about = deferredFixtureData();
    current = new Scanner(about, document);
    await current.prepareAhead();
    expect(about.loaded).toBe(true);
  });
});

