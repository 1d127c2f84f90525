/**
 * The marking engine of one document (one frame): walks the page, matches terms, decides
 * which to mark, paints them, and keeps them up to date as the page changes.
 *
 * Only segments that contain candidates are remembered, so memory and re-decision cost
 * scale with the number of terms on the page, not with its size.
 */
import { type DecideOptions, type Decision, decide, isPerfusionPage } from '../core/match/decide';
import { AbbreviationOwners, type Definition, findDefinitions } from '../core/match/definitions';
import type { MatchData } from '../core/match/match-data';
import { type Candidate, Matcher } from '../core/match/matcher';
import { HIT_RESTRICTED, HIT_UNRESTRICTED, type Prescanner, prescannerFor } from '../core/match/prescan';
import { CHECKPOINT, createBatcher, runSliced } from '../core/schedule/time-slice';
import { normalizeForMatch } from '../core/text/normalize';
import { TokenBuffer } from '../core/text/tokens';
import { createPainter, type Painter } from './painter';
import { locate, type Segment, walkSegments } from './segments';
import { customElementShadowRoots, emptyHostShadowRoots } from './shadow-roots';
import { blockOf, CARD_TAG, insideSkipped, isInline, shouldSkip, shouldSkipFast } from './skip';
import { yieldToHost } from './yield';

export const SCAN_MEASURE = 'perfusion-glossary:scan';
/** Marked when the content script starts, before its data is loaded (read by the benchmark). */
export const START_MARK = 'perfusion-glossary:start';
/**
 * Work per slice of a pass, in ms. Small, because a slice shares its frame with the page's
 * own work: a very large page still laying itself out spends 25–30 ms of each frame on
 * rendering (bench/long-frames.ts), and 10 ms slices made some of those frames long.
 */
const SLICE_MS = 5;

interface SegmentRecord {
  seg: Segment;
  candidates: Candidate[];
  definitions: Definition[];
  /** Ranges created lazily per candidate index. */
  ranges: Map<number, Range>;
  /** Whether its block was shown at the last repaint. */
  visible?: boolean;
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
  /** Built on first use: on a page with no candidate, the match data's forms are never read. */
  private matcherCache?: Matcher;
  private abbrsCache?: AbbreviationOwners;
  private records = new Set<SegmentRecord>();
  private painter: Painter;
  private marks: Mark[] = [];
  /** Marks by text node, for hit-testing: built on the first lookup after the marks change. */
  private byNode?: Map<Text, Mark[]>;
  private observer?: MutationObserver;
  private dirty = new Set<Node>();
  private batcher;
  private generation = 0;
  /** Every open shadow root found so far: each is observed once the observer runs. */
  private shadowRoots = new Set<ShadowRoot>();
  perfusionPage = false;
  /** Where the last full pass spent its time (read by the benchmark). */
  lastPass?: { prescanMs: number; walkMs: number; paintMs: number; slices: number; hot: number };
  private prescanner: Prescanner;

  constructor(
    public data: MatchData,
    private doc: Document = document,
    private opts: ScannerOptions = {},
  ) {
    this.prescanner = prescannerFor(data.prescan);
    this.painter = createPainter(doc);
    this.batcher = createBatcher(() => void this.flushDirty(), opts.batchDelayMs ?? 60, opts.batchMaxWaitMs ?? 400, TIMERS);
  }

  get painterKind() {
    return this.painter.kind;
  }

  get matcher(): Matcher {
    this.matcherCache ??= new Matcher(this.data);
    return this.matcherCache;
  }

  private get abbrs(): AbbreviationOwners {
    this.abbrsCache ??= new AbbreviationOwners(this.data);
    return this.abbrsCache;
  }

  /**
   * Builds the matcher now (reading the match data's forms, so parsing them if deferred), in
   * start-up, ahead of a pass that will surely need it.
   */
  prepareMatching(): void {
    void this.matcher; // the getter builds it
  }

  /**
   * Start-up work ahead of the first pass: a page whose title names a term will need the
   * matcher (and the deferred match data it parses), so it is built now, in a task of its own,
   * rather than in the middle of the pass. Elsewhere the pass builds it at its first
   * candidate, and most pages have none.
   */
  async prepareAhead(): Promise<void> {
    if (!this.mayHoldTerms(this.doc.title)) return;
    await yieldToHost();
    this.prepareMatching();
  }

  /**
   * Whether `text` (a page title, say) holds a word that may start a term markable anywhere:
   * the pre-scanner's verdict, from its hash sets alone.
   */
  mayHoldTerms(text: string): boolean {
    const pre = this.prescanner;
    pre.reset();
    const hit = pre.feed(text);
    pre.reset();
    return (hit & HIT_UNRESTRICTED) !== 0;
  }

  /**
   * The first full pass. Records `perfusion-glossary:scan` from its start until the last
   * mark of the pass is registered.
   */
  async scanAll(measure = true): Promise<Mark[]> {
    const gen = ++this.generation;
    const start = performance.now();
    this.records.clear();
    this.revealable.clear();
    this.readNodes.clear();
    this.readShadowRoots.clear();
    const root = this.doc.body ?? this.doc.documentElement;
    if (!root) return [];
    const slice = {
      budgetMs: this.opts.sliceBudgetMs ?? SLICE_MS,
      now: () => performance.now(),
      yieldToHost,
      cancelled: () => gen !== this.generation,
    };
    // 1. Pre-scan every text node once, cheaply: nodes that may hold a form markable
    //    anywhere, and nodes that may hold a restricted one (an ambiguous acronym, a word
    //    with other lives). Read the blocks around the first kind precisely (those reads
    //    match every form, restricted or not).
    const processed = new Set<Element>();
    const hot = await this.prescan(root, slice);
    if (!hot) return this.marks;
    // The first candidate needs the matcher, and deferred match data is parsed to build it:
    // about 10 ms of work that no slice can split, so it gets a task of its own.
    if (hot.unrestricted.length > 0 && !this.matcherCache) {
      await yieldToHost();
      if (slice.cancelled()) return this.marks;
      this.prepareMatching();
      await yieldToHost();
      if (slice.cancelled()) return this.marks;
    }
    const prescanned = performance.now();
    // Only runs of text that hold a hot node can hold a term (the pre-scanner never misses one).
    const hotNodes = new Set<Text>();
    for (let i = 0; i < hot.unrestricted.length; i++) hotNodes.add(hot.unrestricted[i]);
    for (let i = 0; i < hot.restricted.length; i++) hotNodes.add(hot.restricted[i]);
    // A run is wanted once: blocks nest, and an outer block's walk meets runs read already.
    const wanted = (nodes: Text[]) => {
      for (let i = 0; i < nodes.length; i++) if (hotNodes.has(nodes[i]) && !this.readNodes.has(nodes[i])) return true;
      return false;
    };
    let result = await runSliced(this.hotSegments(hot.unrestricted, root, processed, wanted, true), (seg) => this.scanSegment(seg), slice);
    if (result.cancelled) return this.marks;
    // 2. Restricted forms can only be marked elsewhere on a page about perfusion or one that
    //    defines them: only then read the blocks around them.
    const verdict = this.verdict();
    if (verdict.perfusionPage || verdict.defines || this.opts.ambiguous === 'always') {
      result = await runSliced(this.hotSegments(hot.restricted, root, processed, wanted, false), (seg) => this.scanSegment(seg), slice);
      if (result.cancelled) return this.marks;
    }
    const walked = performance.now();
    this.repaint();
    this.lastPass = { prescanMs: prescanned - start, walkMs: walked - prescanned, paintMs: performance.now() - walked, slices: result.slices, hot: hot.unrestricted.length };
    if (measure) {
      try {
        performance.measure(SCAN_MEASURE, { start, end: performance.now() });
      } catch {
        /* performance.measure with options is unsupported in very old engines */
      }
    }
    return this.marks;
  }

  /**
   * Streams every text node under `root` through the pre-scanner, in time slices (a plain
   * loop: this is the hottest code of a page scan). Returns the nodes that may hold a term,
   * or undefined when cancelled.
   */
  private async prescan(root: Element, slice: { budgetMs: number; cancelled: () => boolean }): Promise<{ unrestricted: Text[]; restricted: Text[] } | undefined> {
    const unrestricted: Text[] = [];
    const restricted: Text[] = [];
    const walker = this.doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const pre = this.prescanner;
    pre.reset();
    let node = walker.nextNode() as Text | null;
    while (node) {
      const sliceStart = performance.now();
      let k = 0;
      while (node) {
        // A hit is reported by the node where it ends: the run of text around it is read whole.
        const hit = pre.feed(node.data);
        if (hit) {
          if (hit & HIT_UNRESTRICTED) unrestricted.push(node);
          if (hit & HIT_RESTRICTED) restricted.push(node);
        }
        node = walker.nextNode() as Text | null;
        if (++k === 64) {
          k = 0;
          if (performance.now() - sliceStart >= slice.budgetMs) break;
        }
      }
      if (slice.cancelled()) return undefined;
      if (node) await yieldToHost();
    }
    return { unrestricted, restricted };
  }

  /** Whether the candidates so far make this a perfusion page, or include page definitions. */
  private verdict(): { perfusionPage: boolean; defines: boolean } {
    const records = [...this.records];
    const definitions = records.flatMap((r) => r.definitions);
    return { perfusionPage: isPerfusionPage(records, definitions, this.opts), defines: definitions.some((d) => d.entry >= 0) };
  }

  /**
   * Segments of the blocks that contain hot text nodes, each block once (`processed` is
   * shared between the stages), then, on the first stage, open shadow roots.
   */
  private *hotSegments(hot: Text[], root: Element, processed: Set<Element>, wanted: (nodes: Text[]) => boolean, withShadows: boolean): Generator<Segment | typeof CHECKPOINT> {
    const skipped = new Map<Element, boolean>();
    const isSkipped = (el: Element | null): boolean => {
      if (!el || el === root) return el ? shouldSkip(el) : false;
      let v = skipped.get(el);
      if (v === undefined) {
        v = shouldSkipFast(el, el.tagName) || isSkipped(el.parentElement);
        skipped.set(el, v);
      }
      return v;
    };
    let last: Element | null = null;
    for (let i = 0; i < hot.length; i++) {
      const node = hot[i];
      // Read already: in the block just read, or (second stage) in a block of the first.
      if (this.readNodes.has(node) || last?.contains(node)) continue;
      if (!node.isConnected) continue;
      const block = blockOf(node) ?? root;
      last = block;
      if (processed.has(block)) continue;
      processed.add(block);
      // Skipped elements inside the block are the walk's (or isSoleText's) to find.
      if (isSkipped(block)) continue;
      // Common case (menu items, table cells, short paragraphs): the hot node is the block's
      // only content, so it is the whole segment and no walk is needed.
      if (isSoleText(block, node)) {
        const text = normalizeForMatch(node.data);
        yield { block, nodes: [node], starts: [0], text };
        continue;
      }
      yield* walkSegments(block, this.noteShadowRoot, wanted);
    }
    if (!withShadows) return;
    // Each search is one long native call on a very large page: a slice may end before each.
    for (const search of [customElementShadowRoots, emptyHostShadowRoots]) {
      yield CHECKPOINT;
      for (const sr of search(root)) {
        if (this.readShadowRoots.has(sr)) continue;
        this.noteShadowRoot(sr);
        yield* walkSegments(sr, this.noteShadowRoot);
      }
    }
  }

  private tokens = new TokenBuffer();

  /** Text nodes read in the current pass: a run of text is read once. */
  private readNodes = new Set<Text>();
  /** Shadow roots read in the current pass. */
  private readShadowRoots = new Set<ShadowRoot>();

  /** A shadow root found by a walk of this pass: read once, and observed from now on. */
  private noteShadowRoot = (sr: ShadowRoot) => {
    this.readShadowRoots.add(sr);
    this.addShadowRoot(sr);
  };

  private scanSegment(seg: Segment) {
    // Indexed loops: this runs per segment, mostly before V8 has optimised it, where for…of
    // costs an iterator call per element.
    const nodes = seg.nodes;
    for (let i = 0; i < nodes.length; i++) if (this.readNodes.has(nodes[i]) && /\S/.test(nodes[i].data)) return;
    for (let i = 0; i < nodes.length; i++) this.readNodes.add(nodes[i]);
    const buf = this.tokens.fill(seg.text);
    const candidates = this.matcher.match(seg.text, buf);
    // Definitions only matter where an abbreviation in parentheses follows words, and only in
    // text where some word starts a form (the abbreviation's own, at least).
    const defines = seg.text.includes('(') && (candidates.length > 0 || this.matcher.mayMatch(seg.text, buf));
    const definitions = defines ? findDefinitions(buf, this.data, this.abbrs) : [];
    if (candidates.length === 0 && definitions.length === 0) return;
    this.records.add({ seg, candidates, definitions, ranges: new Map() });
  }

  /** Re-decides over all remembered candidates and updates the painted ranges. */
  private repaint() {
    const records: SegmentRecord[] = [];
    for (const r of this.records) {
      if (r.candidates.length === 0) continue;
      r.visible = isVisible(r.seg.block);
      if (r.visible) records.push(r);
      else this.revealable.add(r);
    }
    // Records come in reading order (ambiguous terms' blocks last, changed blocks later
    // still); "first occurrence" means first in the document.
    if (this.opts.firstOnly) records.sort(inDocumentOrder);
    const definitions = [...this.records].flatMap((r) => r.definitions);
    const verdict = decide(records, definitions, this.opts);
    this.perfusionPage = verdict.perfusionPage;
    const next: Mark[] = verdict.decisions.map((d) => this.toMark(records[d.segment], d));
    if (this.painter.kind === 'wrapper') {
      // Wrappers split text nodes: paint from the last mark backwards so earlier ranges stay
      // valid, then point each range at its wrappers. Our own mutations are discarded.
      this.painter.clear();
      for (const m of [...next].reverse()) this.painter.add(m.range, m.entryId);
      this.observer?.takeRecords();
    } else {
      // Indexed loops and no work for an empty side: the first pass runs this cold.
      const had = this.marks;
      const old = new Set<Range>();
      if (had.length > 0) {
        const keep = new Set<Range>();
        for (let i = 0; i < next.length; i++) keep.add(next[i].range);
        for (let i = 0; i < had.length; i++) {
          old.add(had[i].range);
          if (!keep.has(had[i].range)) this.painter.remove(had[i].range);
        }
      }
      for (let i = 0; i < next.length; i++) if (!old.has(next[i].range)) this.painter.add(next[i].range, next[i].entryId);
    }
    this.marks = next;
    this.byNode = undefined;
    this.notify();
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

  private listeners = new Set<(marks: readonly Mark[]) => void>();

  /** Calls `fn` whenever the marks change (first pass, updates, stop). Returns an unsubscribe. */
  onMarksChange(fn: (marks: readonly Mark[]) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private notify() {
    this.opts.onChange?.(this.marks);
    for (const fn of this.listeners) fn(this.marks);
  }

  getMarks(): readonly Mark[] {
    return this.marks;
  }

  /** Marks whose range covers `offset` in text node `node`. */
  marksAt(node: Node, offset: number): Mark[] {
    const list = node.nodeType === 3 ? this.marksByNode().get(node as Text) : undefined;
    if (!list) return [];
    return list.filter((m) => m.range.isPointInRange(node, offset) && !(m.range.endContainer === node && m.range.endOffset === offset));
  }

  private marksByNode(): Map<Text, Mark[]> {
    if (this.byNode) return this.byNode;
    const byNode = new Map<Text, Mark[]>();
    for (const m of this.marks) {
      for (const n of textNodesOf(m.range)) {
        const list = byNode.get(n);
        if (list) list.push(m);
        else byNode.set(n, [m]);
      }
    }
    this.byNode = byNode;
    return byNode;
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

  /**
   * Replaces the match data (the user's custom entries changed). Forgets every mark and
   * remembered segment at once; call rescan() (or scanAll) to read the page with the new data.
   */
  setData(data: MatchData) {
    this.generation++;
    for (const m of this.marks) this.painter.remove(m.range);
    this.marks = [];
    this.byNode = undefined;
    this.records.clear();
    this.revealable.clear();
    this.data = data;
    this.matcherCache = undefined;
    this.abbrsCache = undefined;
    this.prescanner = prescannerFor(data.prescan);
  }

  // ——— dynamic pages ———

  observe() {
    if (this.observer) return;
    const win = this.doc.defaultView;
    if (!win) return;
    this.observer = new win.MutationObserver((records) => this.onMutations(records));
    const root = this.doc.documentElement;
    this.observer.observe(root, this.observeOptions());
    for (const sr of this.shadowRoots) this.observer.observe(sr, this.observeOptions());
    // Media queries show and hide content with no change to the DOM at all (a sidebar that
    // appears on wider windows): a resize re-checks the remembered blocks, as attribute
    // changes do, and on the same terms (Highlight API only).
    if (this.painter.kind === 'highlight') {
      this.resizeWindow = win;
      win.addEventListener('resize', this.onResize, { passive: true });
      this.revealTargets = [this.doc, win];
      for (const type of REVEAL_EVENTS) this.doc.addEventListener(type, this.onReveal, { capture: true, passive: true });
      win.addEventListener('hashchange', this.onReveal, { passive: true });
    }
  }

  private resizeWindow?: Window;
  private onResize = () => this.batcher.schedule();

  /**
   * Records whose block was hidden at a repaint. CSS can show such a block with no change to
   * the DOM at all (:hover menus, :focus-within panels, :target sections, popovers), so
   * pointer, focus, transition and navigation events re-check these few blocks, batched.
   */
  private revealable = new Set<SegmentRecord>();
  private revealBatcher = createBatcher(() => this.recheckVisibility(), 50, 200, TIMERS);
  /** Where the reveal listeners were added (the document and its window). */
  private revealTargets?: [Document, Window];
  private onReveal = () => {
    if (this.revealable.size > 0) this.revealBatcher.schedule();
  };

  /**
   * Repaints when a block hidden at the last repaint is shown now, or one shown then (and
   * hidden at an earlier repaint) is hidden again. Only the revealable records are looked at.
   */
  recheckVisibility() {
    let changed = false;
    for (const r of this.revealable) {
      if (!this.records.has(r)) this.revealable.delete(r);
      else if (isVisible(r.seg.block) !== r.visible) changed = true;
    }
    // A flush in progress repaints at its end, with fresh visibility.
    if (changed && !this.flushing) this.repaint();
  }

  /**
   * Text, nodes, and the attributes that show or hide content without touching its text
   * (accordions, tabs, <details>). Attributes only with the Highlight API: there an attribute
   * change costs a repaint over remembered candidates; with wrappers it would cost a rescan.
   */
  private observeOptions(): MutationObserverInit {
    const base = { childList: true, subtree: true, characterData: true };
    return this.painter.kind === 'highlight' ? { ...base, attributes: true, attributeFilter: VISIBILITY_ATTRIBUTES } : base;
  }

  private onMutations(records: MutationRecord[]) {
    let relevant = false;
    for (const r of records) {
      if (isOwnUi(r.target)) continue;
      if (r.type === 'attributes') {
        // Shown or hidden by CSS: the next repaint re-checks remembered blocks. A [hidden]
        // subtree was never read, so it is read (or dropped) afresh.
        if (r.attributeName === 'hidden') this.dirty.add(r.target);
        relevant = true;
        continue;
      }
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
    // Let MutationObserver callbacks for changes made so far run first.
    await new Promise((r) => setTimeout(r, 0));
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
      if (this.painter.kind === 'wrapper') {
        // Wrapped text no longer matches remembered segments: re-read the page.
        this.dirty.clear();
        this.painter.clear();
        this.observer?.takeRecords();
        await this.scanAll(false);
        return;
      }
      const roots = this.rescanRoots();
      this.dirty.clear();
      // Forget records whose text left the document or lies under a changed root.
      for (const rec of [...this.records]) {
        const gone = !rec.seg.block.isConnected || rec.seg.nodes.some((n) => !n.isConnected);
        if (gone || roots.some((root) => root.contains(rec.seg.block))) this.records.delete(rec);
      }
      this.readNodes.clear(); // the changed roots are read afresh
      const gen = this.generation;
      for (const root of roots) {
        if (!root.isConnected || insideSkipped(root, this.doc)) continue;
        await runSliced(walkSegments(root, (sr) => this.addShadowRoot(sr)), (seg) => this.scanSegment(seg), {
          budgetMs: this.opts.sliceBudgetMs ?? SLICE_MS,
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
    this.observer?.observe(sr, this.observeOptions());
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
    this.byNode = undefined;
    return this.scanAll(false);
  }

  stop() {
    this.generation++;
    this.batcher.cancel();
    this.observer?.disconnect();
    this.observer = undefined;
    this.resizeWindow?.removeEventListener('resize', this.onResize);
    this.resizeWindow = undefined;
    if (this.revealTargets) {
      const [doc, win] = this.revealTargets;
      for (const type of REVEAL_EVENTS) doc.removeEventListener(type, this.onReveal, { capture: true });
      win.removeEventListener('hashchange', this.onReveal);
      this.revealTargets = undefined;
    }
    this.revealBatcher.cancel();
    this.revealable.clear();
    this.painter.clear();
    this.marks = [];
    this.byNode = undefined;
    this.records.clear();
    this.notify();
  }
}

/** The batchers' clock and timers: the page's own. */
const TIMERS = {
  set: (fn: () => void, ms: number) => setTimeout(fn, ms),
  clear: (id: unknown) => clearTimeout(id as number),
  now: () => performance.now(),
};

/**
 * Events after which CSS may show or hide content with no change to the DOM: pointer and
 * focus (:hover, :focus-within), the end of a transition or animation, popovers toggling.
 */
const REVEAL_EVENTS = ['mouseover', 'mouseout', 'focusin', 'focusout', 'transitionend', 'animationend', 'toggle'];

/** Attributes by which pages commonly show and hide content. */
const VISIBILITY_ATTRIBUTES = ['class', 'style', 'hidden', 'open'];

function isOwnUi(n: Node): boolean {
  const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
  return !!el && (el.tagName === CARD_TAG || !!el.closest?.(`${CARD_TAG},[data-perfusion-glossary-ui]`));
}

/** Sort order of records by their first text node's place in the document. */
function inDocumentOrder(a: SegmentRecord, b: SegmentRecord): number {
  if (a === b) return 0;
  return a.seg.nodes[0].compareDocumentPosition(b.seg.nodes[0]) & 4 /* DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1;
}

/** Hidden blocks (display:none, visibility:hidden, closed <details>) are not marked. */
function isVisible(el: Element): boolean {
  const fn = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof fn !== 'function') return true;
  return fn.call(el, { visibilityProperty: true });
}

/** Text nodes a range touches (usually one or two). */
function textNodesOf(range: Range): Text[] {
  const { startContainer: sc, endContainer: ec } = range;
  if (sc === ec) return sc.nodeType === 3 ? [sc as Text] : [];
  const out: Text[] = [];
  const doc = sc.ownerDocument as Document;
  const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) out.push(n as Text);
  return out;
}

/**
 * Is `node` the only text of `block` (white space aside), reached through inline wrappers
 * that are not skipped and host no shadow root? Menu items like
 * <li><a><span>Term</span></a></li> are. One native read of the block's text instead of
 * visiting its children: the other text is all blank exactly when the block's text is the
 * node's text with blanks around it.
 */
function isSoleText(block: Element, node: Text): boolean {
  // A block of many elements rarely holds one text, and its whole text may be long to read.
  if (block.childElementCount > 4) return false;
  for (let el = node.parentElement; el && el !== block; el = el.parentElement) if ((el as HTMLElement).shadowRoot || shouldSkipFast(el, el.tagName)) return false;
  const all = block.textContent ?? '';
  const data = node.data;
  if (all === data) return true;
  const at = all.indexOf(data);
  return at >= 0 && !/\S/.test(all.slice(0, at)) && !/\S/.test(all.slice(at + data.length));
}
