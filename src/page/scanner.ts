/**
 * The marking engine of one document (one frame): walks the page, matches terms, decides
 * which to mark, paints them, and keeps them up to date as the page changes.
 *
 * Only segments that contain candidates are remembered, so memory and re-decision cost
 * scale with the number of terms on the page, not with its size.
 */
import { type DecideOptions, type Decision, decide } from '../core/match/decide';
import { abbreviationIndex, type Definition, findDefinitions } from '../core/match/definitions';
import type { MatchData } from '../core/match/match-data';
import { type Candidate, Matcher } from '../core/match/matcher';
import { createBatcher, runSliced } from '../core/schedule/time-slice';
import { tokenize } from '../core/text/normalize';
import { createPainter, type Painter } from './painter';
import { locate, type Segment, walkSegments } from './segments';
import { blockOf, CARD_TAG, insideSkipped, isInline } from './skip';
import { yieldToHost } from './yield';

export const SCAN_MEASURE = 'perfusion-glossary:scan';

interface SegmentRecord {
  seg: Segment;
  candidates: Candidate[];
  definitions: Definition[];
  /** Ranges created lazily per candidate index. */
  ranges: Map<number, Range>;
}

export interface Mark {
  range: Range;
  entry: number;
  entryId: string;
  record: SegmentRecord;
}

export interface ScannerOptions extends DecideOptions {
  /** Called after each change of marks (first pass and updates). */
  onChange?: (marks: Mark[]) => void;
  sliceBudgetMs?: number;
  /** Quiet period and maximum wait for batching DOM changes. */
  batchDelayMs?: number;
  batchMaxWaitMs?: number;
}

export class Scanner {
  readonly matcher: Matcher;
  private abbrs: Map<string, number[]>;
  private records = new Set<SegmentRecord>();
  private painter: Painter;
  private marks: Mark[] = [];
  private byNode = new Map<Text, Mark[]>();
  private observer?: MutationObserver;
  private dirty = new Set<Node>();
  private batcher;
  private generation = 0;
  private shadowRoots = new Set<ShadowRoot>();
  perfusionPage = false;

  constructor(
    readonly data: MatchData,
    private doc: Document = document,
    private opts: ScannerOptions = {},
  ) {
    this.matcher = new Matcher(data);
    this.abbrs = abbreviationIndex(data);
    this.painter = createPainter(doc);
    this.batcher = createBatcher(() => void this.flushDirty(), opts.batchDelayMs ?? 60, opts.batchMaxWaitMs ?? 400, {
      set: (fn, ms) => setTimeout(fn, ms),
      clear: (id) => clearTimeout(id as number),
      now: () => performance.now(),
    });
  }

  get painterKind() {
    return this.painter.kind;
  }

  /**
   * The first full pass. Records `perfusion-glossary:scan` from its start until the last
   * mark of the pass is registered.
   */
  async scanAll(measure = true): Promise<Mark[]> {
    const gen = ++this.generation;
    const start = performance.now();
    this.records.clear();
    const root = this.doc.body ?? this.doc.documentElement;
    if (!root) return [];
    const result = await runSliced(walkSegments(root, (sr) => this.shadowRoots.add(sr)), (seg) => this.scanSegment(seg), {
      budgetMs: this.opts.sliceBudgetMs ?? 10,
      now: () => performance.now(),
      yieldToHost,
      cancelled: () => gen !== this.generation,
    });
    if (result.cancelled) return this.marks;
    this.repaint();
    if (measure) {
      try {
        performance.measure(SCAN_MEASURE, { start, end: performance.now() });
      } catch {
        /* performance.measure with options is unsupported in very old engines */
      }
    }
    return this.marks;
  }

  private scanSegment(seg: Segment) {
    const tokens = tokenize(seg.text);
    const candidates = this.matcher.match(seg.text, tokens);
    // Definitions only matter where an abbreviation in parentheses follows words.
    const definitions = seg.text.includes('(') ? findDefinitions(tokens, this.data, this.abbrs) : [];
    if (candidates.length === 0 && definitions.length === 0) return;
    this.records.add({ seg, candidates, definitions, ranges: new Map() });
  }

  /** Re-decides over all remembered candidates and updates the painted ranges. */
  private repaint() {
    const records = [...this.records].filter((r) => r.candidates.length > 0 && isVisible(r.seg.block));
    const definitions = [...this.records].flatMap((r) => r.definitions);
    const verdict = decide(records, definitions, this.opts);
    this.perfusionPage = verdict.perfusionPage;
    const next: Mark[] = verdict.decisions.map((d) => this.toMark(records[d.segment], d));
    const keep = new Set(next.map((m) => m.range));
    for (const m of this.marks) if (!keep.has(m.range)) this.painter.remove(m.range);
    const had = new Set(this.marks.map((m) => m.range));
    for (const m of next) if (!had.has(m.range)) this.painter.add(m.range, m.entryId);
    if (this.painter.kind === 'wrapper') this.observer?.takeRecords(); // our own wrappers
    this.marks = next;
    this.byNode.clear();
    for (const m of next) {
      for (const n of m.record.seg.nodes) {
        if (!m.range.intersectsNode(n)) continue;
        const list = this.byNode.get(n) ?? [];
        list.push(m);
        this.byNode.set(n, list);
      }
    }
    this.opts.onChange?.(this.marks);
  }

  private toMark(record: SegmentRecord, d: Decision): Mark {
    const idx = record.candidates.indexOf(d.candidate);
    let range = record.ranges.get(idx);
    if (!range) {
      const s = locate(record.seg, d.candidate.start);
      const e = locate(record.seg, d.candidate.end, true);
      range = this.doc.createRange();
      range.setStart(s.node, s.offset);
      range.setEnd(e.node, e.offset);
      record.ranges.set(idx, range);
    }
    return { range, entry: d.entry, entryId: this.data.entries[d.entry].id, record };
  }

  getMarks(): readonly Mark[] {
    return this.marks;
  }

  /** Marks whose range covers `offset` in text node `node`. */
  marksAt(node: Node, offset: number): Mark[] {
    const list = node.nodeType === 3 ? this.byNode.get(node as Text) : undefined;
    if (!list) return [];
    return list.filter((m) => m.range.isPointInRange(node, offset) && !(m.range.endContainer === node && m.range.endOffset === offset));
  }

  /** Counts of marked entries, most frequent first. */
  counts(): { entryId: string; count: number }[] {
    const c = new Map<string, number>();
    for (const m of this.marks) c.set(m.entryId, (c.get(m.entryId) ?? 0) + 1);
    return [...c].map(([entryId, count]) => ({ entryId, count })).sort((a, b) => b.count - a.count);
  }

  setOptions(opts: Partial<ScannerOptions>) {
    Object.assign(this.opts, opts);
    this.repaint();
  }

  setStyle(style: string) {
    this.painter.setStyle(style);
  }

  // ——— dynamic pages ———

  observe() {
    if (this.observer) return;
    const win = this.doc.defaultView;
    if (!win) return;
    this.observer = new win.MutationObserver((records) => this.onMutations(records));
    const root = this.doc.documentElement;
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
    for (const sr of this.shadowRoots) this.observer.observe(sr, { childList: true, subtree: true, characterData: true });
  }

  private onMutations(records: MutationRecord[]) {
    let relevant = false;
    for (const r of records) {
      if (isOwnUi(r.target)) continue;
      if (r.type === 'characterData') {
        this.dirty.add(r.target);
        relevant = true;
        continue;
      }
      for (const n of r.addedNodes) {
        if (isOwnUi(n)) continue;
        if (n.nodeType === 3 || n.nodeType === 1) {
          this.dirty.add(n);
          relevant = true;
        }
      }
      if (r.removedNodes.length) {
        // Text next to a removed inline node may now read differently.
        this.dirty.add(r.target);
        relevant = true;
      }
    }
    if (relevant) this.batcher.schedule();
  }

  /** Waits until pending DOM changes have been processed (for tests and the popup). */
  async settle(): Promise<void> {
    while (this.batcher.pending || this.flushing) await new Promise((r) => setTimeout(r, 20));
  }

  private flushing = false;

  private async flushDirty() {
    if (this.flushing) {
      this.batcher.schedule();
      return;
    }
    this.flushing = true;
    try {
      const roots = this.rescanRoots();
      this.dirty.clear();
      // Forget records whose text left the document or lies under a changed root.
      for (const rec of [...this.records]) {
        const gone = !rec.seg.block.isConnected || rec.seg.nodes.some((n) => !n.isConnected);
        if (gone || roots.some((root) => root.contains(rec.seg.block))) this.records.delete(rec);
      }
      const gen = this.generation;
      for (const root of roots) {
        if (!root.isConnected || insideSkipped(root, this.doc)) continue;
        await runSliced(walkSegments(root, (sr) => this.addShadowRoot(sr)), (seg) => this.scanSegment(seg), {
          budgetMs: this.opts.sliceBudgetMs ?? 10,
          now: () => performance.now(),
          yieldToHost,
          cancelled: () => gen !== this.generation,
        });
      }
      this.repaint();
    } finally {
      this.flushing = false;
    }
  }

  private addShadowRoot(sr: ShadowRoot) {
    if (this.shadowRoots.has(sr)) return;
    this.shadowRoots.add(sr);
    this.observer?.observe(sr, { childList: true, subtree: true, characterData: true });
  }

  /** The smallest set of elements to re-read for the pending changes. */
  private rescanRoots(): Element[] {
    const roots = new Set<Element>();
    for (const n of this.dirty) {
      if (!n.isConnected) continue;
      // Text or inline content changes the line it sits in; a block only its own subtree.
      const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
      if (!el) continue;
      roots.add(isInline(el) ? (blockOf(el) ?? el) : el);
    }
    // Drop roots inside other roots.
    return [...roots].filter((r) => ![...roots].some((o) => o !== r && o.contains(r)));
  }

  /** Rescans everything (single-page-app navigation, settings that change what matches). */
  async rescan() {
    for (const m of this.marks) this.painter.remove(m.range);
    this.marks = [];
    this.byNode.clear();
    return this.scanAll(false);
  }

  stop() {
    this.generation++;
    this.batcher.cancel();
    this.observer?.disconnect();
    this.observer = undefined;
    this.painter.clear();
    this.marks = [];
    this.byNode.clear();
    this.records.clear();
    this.opts.onChange?.([]);
  }
}

function isOwnUi(n: Node): boolean {
  const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
  return !!el && (el.tagName === CARD_TAG || !!el.closest?.(`${CARD_TAG},[data-perfusion-glossary-ui]`));
}

/** Hidden blocks (display:none, visibility:hidden, closed <details>) are not marked. */
function isVisible(el: Element): boolean {
  const fn = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof fn !== 'function') return true;
  return fn.call(el, { visibilityProperty: true });
}
