/**
 * Bundled for the benchmark (IIFE) and evaluated in an isolated world of the page, as a
 * content script is: our marking pass, the TreeWalker floor and mark.js run side by side on
 * the same DOM, in the same kind of JavaScript world.
 */
// Bundled as text (marking.ts builds with the text loader for .json), as the content script has them.
import matchDataText from '../generated/match-data.json';
import prescanText from '../generated/match-prescan.json';
import { deferredMatchData, loadMatchData, type SerializedMatchData } from '../src/core/match/match-data';
import { Scanner } from '../src/page/scanner';

/** Built once, as the content script does; its cost is start-up, reported apart. */
let scanner: Scanner | undefined;
let startupMs = 0;

/**
 * Builds the scanner (start-up) without running a pass, as the content script does: the
 * match data deferred, and parsed in start-up only when the page's title holds a term
 * (elsewhere the pass parses it at its first candidate, inside the measured pass).
 */
async function prepare(): Promise<Scanner> {
  if (!scanner) {
    const s0 = performance.now();
    scanner = new Scanner(deferredMatchData(prescanText as unknown as string, matchDataText as unknown as string), document);
    await scanner.prepareAhead();
    startupMs = performance.now() - s0;
    // As in the content script, the pass starts in a later task than the start-up.
    await new Promise((r) => setTimeout(r, 0));
  }
  return scanner;
}

async function ours() {
  const scanner = await prepare();
  const t0 = performance.now();
  const marks = await scanner.scanAll(false);
  const t1 = performance.now();
  const count = marks.length;
  const parts = scanner.lastPass;
  scanner.stop();
  return { ms: t1 - t0, marks: count, t0, t1, parts, startupMs };
}

/** The floor: read every text node of the page once. */
function floor() {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let nodes = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    chars += (n as Text).data.length;
    nodes++;
  }
  return { ms: performance.now() - t0, nodes, chars };
}

/** Surface forms for mark.js: the same forms our matcher uses (plurals left to mark.js). */
function forms(): string[] {
  const data = loadMatchData(JSON.parse(matchDataText as unknown as string) as SerializedMatchData, JSON.parse(prescanText as unknown as string));
  const seen = new Set<string>();
  for (const f of data.forms) if (f.level !== 'never') seen.add(f.t.join(' '));
  return [...seen];
}

type MarkJs = new (el: Element) => { mark(words: string[], opts: object): void };

/**
 * mark.js (loaded into the page separately) given the same forms, in batches of 100. It is
 * stopped after `limitMs` (on the 3.8 MB page it runs for many minutes): the result then says
 * how many batches it finished.
 */
async function markjs(limitMs = 120_000): Promise<{ ms: number; count: number; batches: number; done: number }> {
  const Mark = (window as unknown as { Mark: MarkJs }).Mark;
  const words = forms();
  const instance = new Mark(document.body);
  const t0 = performance.now();
  let count = 0;
  const batches = Math.ceil(words.length / 100);
  let done = 0;
  for (let i = 0; i < words.length && performance.now() - t0 < limitMs; i += 100) {
    await new Promise<void>((resolve) => {
      instance.mark(words.slice(i, i + 100), {
        separateWordSearch: false,
        accuracy: 'exactly',
        diacritics: false,
        exclude: ['script', 'style', 'noscript', 'textarea', 'input', 'select', 'code', 'pre'],
        done(n: number) {
          count += n;
          resolve();
        },
      });
    });
    done++;
  }
  return { ms: performance.now() - t0, count, batches, done };
}

(window as unknown as { __bench: unknown }).__bench = { prepare, ours, floor, forms, markjs };
