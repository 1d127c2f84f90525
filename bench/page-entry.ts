/**
 * Bundled into the benchmark page (IIFE): our marking pass, the TreeWalker floor, and
 * helpers, all run in the page so they are measured side by side on the same DOM.
 */
import matchData from '../generated/match-data.json';
import type { MatchData } from '../src/core/match/match-data';
import { Scanner } from '../src/page/scanner';

interface LoafEntry extends PerformanceEntry {
  duration: number;
}

const loafs: LoafEntry[] = [];
try {
  new PerformanceObserver((list) => loafs.push(...(list.getEntries() as LoafEntry[]))).observe({ type: 'long-animation-frame', buffered: true });
} catch {
  /* no LoAF support */
}

async function ours() {
  const scanner = new Scanner(matchData as MatchData, document);
  const t0 = performance.now();
  const marks = await scanner.scanAll(false);
  const t1 = performance.now();
  // Let pending long-animation-frame entries arrive before reading them.
  await new Promise((r) => setTimeout(r, 100));
  const long = loafs.filter((e) => e.startTime < t1 && e.startTime + e.duration > t0 && e.duration > 50).map((e) => e.duration);
  const count = marks.length;
  const parts = scanner.lastPass;
  scanner.stop();
  return { ms: t1 - t0, marks: count, longFrames: long, parts };
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
  const data = matchData as MatchData;
  const seen = new Set<string>();
  for (const f of data.forms) if (f.level !== 'never') seen.add(f.t.join(' '));
  return [...seen];
}

(window as unknown as { __bench: unknown }).__bench = { ours, floor, forms };
