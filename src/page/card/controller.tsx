/**
 * The definition card on a page: turns pointer, touch and keyboard input into "show the
 * card for this term", renders the card (Preact, in the lazily created shadow-root host)
 * and keeps it next to the term.
 *
 *   pointer ──hitTest──▶ HoverIntent (when to open/close) ──▶ show/hide ──▶ <Card> + follow()
 *
 * All listeners go through ctx.addEventListener, so they are removed when the content script
 * is invalidated (extension reloaded or updated).
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { cachedSource, type EntrySource } from '../../core/card/entry-source';
import { type HideReason, HoverIntent, type HoverIntentOptions, type ShowReason } from '../../core/card/hover-intent';
import { type Direction, shortcutDirection, stepIndex } from '../../core/card/navigation';
import type { Entry } from '../../core/glossary/schema';
import type { MatchData } from '../../core/match/match-data';
import type { StudyList } from '../../platform/study-list';
import { Card } from '../../ui/card/Card';
import { hitTest, lineBoxesOf } from '../hit-test';
import type { Mark, Scanner } from '../scanner';
import { type CardHost, createCardHost } from './host';
import { follow, lineAnchor } from './position';

export interface CardControllerDeps {
  ctx: ContentScriptContext;
  scanner: Pick<Scanner, 'marksAt' | 'getMarks' | 'data'>;
  loadEntry(id: string): Promise<Entry | null>;
  openFull(id: string): void;
  studyList: StudyList;
  doc?: Document;
  /** Dwell, grace period and movement tolerance of hovering. */
  hover?: HoverIntentOptions;
}

/** What a card is shown for: one mark, anchored at one of its lines. */
interface Target {
  mark: Mark;
  line: number;
}

const sameTarget = (a: Target, b: Target) => a.mark.range === b.mark.range;

/** How long to wait for an entry before showing the card in its loading state. */
const LOAD_WAIT_MS = 250;

const INTERACTIVE = 'a[href],button,label,summary,select,input,textarea,[role="button"],[role="link"],[contenteditable]:not([contenteditable="false"])';

export class CardController {
  private readonly doc: Document;
  private readonly win: Window;
  private readonly intent: HoverIntent<Target>;
  private readonly source: EntrySource;
  private namesOf?: { data: MatchData; names: Record<string, string> };
  private host?: CardHost;
  private hostPromise?: Promise<CardHost>;
  /** The target whose card is rendered (or being rendered). */
  private rendered: Target | null = null;
  private serial = 0;
  private stopFollow?: () => void;
  /** Focus to give back when the card closes with Escape or its close button. */
  private returnFocus: Element | null = null;
  /** Whether the next render should move focus into the card. */
  private focusOnShow = false;
  /** The last term reached with the keyboard, to continue from after the card closed. */
  private lastNav: Range | null = null;
  private sorted?: { source: readonly Mark[]; marks: Mark[] };
  private frame = 0;
  private lastPointer?: { x: number; y: number; inCard: boolean };

  constructor(private readonly deps: CardControllerDeps) {
    this.doc = deps.doc ?? document;
    this.win = this.doc.defaultView ?? window;
    this.source = cachedSource(deps.loadEntry);
    const win = this.win;
    this.intent = new HoverIntent<Target>(
      { show: (t, why) => this.show(t, why), hide: (why) => this.hide(why) },
      { set: (fn, ms) => win.setTimeout(fn, ms), clear: (id) => win.clearTimeout(id as number) },
      deps.hover,
      sameTarget,
    );
  }

  /**
   * Entry names by id, for the card's related terms: built when a card first needs them (not
   * at start-up, which runs in every frame), and again after custom terms change the data.
   */
  private get names(): Record<string, string> {
    const data = this.deps.scanner.data;
    if (this.namesOf?.data !== data) this.namesOf = { data, names: Object.fromEntries(data.entries.map((e) => [e.id, e.term])) };
    return this.namesOf.names;
  }

  /** Starts listening to the page. */
  attach(): void {
    const { ctx } = this.deps;
    const win = this.win as Window & typeof globalThis;
    ctx.addEventListener(win, 'pointermove', (e) => this.onPointerMove(e), { capture: true, passive: true });
    ctx.addEventListener(win, 'pointerout', (e) => this.onPointerOut(e), { capture: true, passive: true });
    ctx.addEventListener(win, 'pointerdown', (e) => this.onPointerDown(e), { capture: true, passive: true });
    ctx.addEventListener(win, 'click', (e) => this.onClick(e), { capture: true, passive: true });
    ctx.addEventListener(win, 'keydown', (e) => this.onKeyDown(e), { capture: true });
    ctx.addEventListener(this.doc, 'fullscreenchange', () => this.host?.place(this.rendered?.mark.range.startContainer));
    ctx.onInvalidated(() => this.dispose());
  }

  get isOpen(): boolean {
    return this.intent.current !== null;
  }

  /** Scrolls to the first mark of `entryId` and opens its card (the popup's "On this page"). */
  reveal(entryId: string): boolean {
    const mark = this.orderedMarks().find((m) => m.entryId === entryId && lineBoxesOf(m.range).length > 0);
    if (!mark) return false;
    this.lastNav = mark.range; // Alt+Shift+Arrow continues from here
    scrollToRange(mark.range, this.win);
    this.intent.open({ mark, line: 0 });
    return true;
  }

  /** Moves to the next (1) or previous (-1) marked term, scrolls to it and opens its card. */
  step(dir: Direction): boolean {
    const marks = this.orderedMarks().filter((m) => lineBoxesOf(m.range).length > 0);
    if (marks.length === 0) return false;
    const from = this.intent.current?.mark.range ?? this.lastNav;
    const current = from ? marks.findIndex((m) => m.range === from) : -1;
    const tops = marks.map((m) => lineBoxesOf(m.range)[0].top);
    const mark = marks[stepIndex(tops, current, dir, this.win.innerHeight)];
    this.lastNav = mark.range;
    this.rememberFocus();
    scrollToRange(mark.range, this.win);
    this.focusOnShow = true;
    this.intent.open({ mark, line: 0 });
    return true;
  }

  close(): void {
    this.intent.close('closed');
  }

  dispose(): void {
    this.intent.dispose();
    this.stopFollow?.();
    this.stopFollow = undefined;
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    if (this.host) render(null, this.host.container);
    this.rendered = null;
  }

  // ——— input ———

  private inCard(e: Event): boolean {
    return !!this.host && e.composedPath().includes(this.host.host);
  }

  private onPointerMove(e: PointerEvent) {
    // Touch has no hover; with a button held the reader is selecting or dragging.
    if (e.pointerType === 'touch' || e.buttons !== 0) return;
    this.lastPointer = { x: e.clientX, y: e.clientY, inCard: this.inCard(e) };
    if (!this.frame) this.frame = this.win.requestAnimationFrame(() => this.processPointer());
  }

  private processPointer() {
    this.frame = 0;
    const p = this.lastPointer;
    if (!p) return;
    if (p.inCard) return this.intent.pointer({ kind: 'card' });
    if (this.deps.scanner.getMarks().length === 0 && !this.isOpen) return;
    const hit = hitTest(this.deps.scanner, this.doc, p.x, p.y);
    this.intent.pointer(hit ? { kind: 'term', target: { mark: hit.mark, line: hit.line }, x: p.x, y: p.y } : { kind: 'none' });
  }

  /** The pointer left the window. */
  private onPointerOut(e: PointerEvent) {
    if (e.pointerType === 'touch' || e.relatedTarget) return;
    this.lastPointer = undefined;
    this.intent.pointer({ kind: 'none' });
  }

  private onPointerDown(e: PointerEvent) {
    if (this.inCard(e)) this.intent.interactInCard();
  }

  private onClick(e: MouseEvent) {
    if (e.button !== 0 || this.inCard(e)) return;
    const sel = this.doc.getSelection();
    if (sel && !sel.isCollapsed && sel.toString().trim()) return; // the reader is selecting text
    const hit = this.deps.scanner.getMarks().length ? hitTest(this.deps.scanner, this.doc, e.clientX, e.clientY) : null;
    if (!hit) return this.intent.click(null);
    // A term inside a link or control: the click belongs to the page (never prevented).
    if (e.composedPath().some((n) => n instanceof Element && n.matches(INTERACTIVE))) return;
    this.rememberFocus();
    this.focusOnShow = true;
    this.intent.click({ mark: hit.mark, line: hit.line });
  }

  private onKeyDown(e: KeyboardEvent) {
    if (e.isComposing) return;
    if (e.key === 'Escape') {
      if (this.intent.escape()) {
        e.preventDefault();
        e.stopPropagation();
      }
      return;
    }
    const dir = shortcutDirection(e);
    if (!dir || isEditable(e.composedPath()[0])) return;
    if (this.step(dir)) {
      e.preventDefault();
      e.stopPropagation();
    }
  }

  // ——— effects of the hover intent ———

  private show(target: Target, why: ShowReason) {
    if (this.rendered && sameTarget(this.rendered, target)) {
      // Pinning the card that is already shown (or being rendered).
      if (why === 'pin' && this.focusOnShow && this.cardElement()) {
        this.focusOnShow = false;
        this.focusCard();
      }
      return;
    }
    this.rendered = target;
    void this.renderCard(target);
  }

  private async renderCard(target: Target) {
    const serial = ++this.serial;
    this.stopFollow?.();
    this.stopFollow = undefined;
    const id = target.mark.entryId;
    // Wait briefly for the entry so the card opens complete, not in a loading state.
    await Promise.race([this.source.load(id).catch(() => null), new Promise((r) => this.win.setTimeout(r, LOAD_WAIT_MS))]);
    const host = await this.ensureHost();
    const current = this.intent.current;
    if (serial !== this.serial || !current || !sameTarget(current, target)) return;
    host.place(target.mark.range.startContainer);
    render(
      <Card
        key={serial}
        entryId={id}
        source={this.source}
        names={this.names}
        studyList={this.deps.studyList}
        openFull={this.deps.openFull}
        close={() => this.intent.close('closed')}
      />,
      host.container,
    );
    const card = this.cardElement();
    if (!card) return;
    this.stopFollow = follow(lineAnchor(target.mark.range, target.line), card, () => {
      const now = this.intent.current;
      if (now && sameTarget(now, target)) this.intent.close('closed');
    });
    if (this.focusOnShow) {
      this.focusOnShow = false;
      this.focusCard();
    }
  }

  private hide(why: HideReason) {
    this.serial++;
    this.rendered = null;
    this.stopFollow?.();
    this.stopFollow = undefined;
    const host = this.host;
    if (!host) return;
    const hadFocus = this.doc.activeElement === host.host;
    render(null, host.container);
    if (hadFocus && (why === 'escape' || why === 'closed')) {
      const back = this.returnFocus;
      if (back instanceof HTMLElement && back.isConnected && back !== this.doc.body) back.focus({ preventScroll: true });
      else (this.doc.activeElement as HTMLElement | null)?.blur?.();
    }
    this.returnFocus = null;
    this.focusOnShow = false;
  }

  /** Remembers where focus is (unless it is already in the card) to give it back on Escape. */
  private rememberFocus() {
    if (this.host && this.doc.activeElement === this.host.host) return;
    this.returnFocus = deepActive(this.doc);
  }

  private cardElement(): HTMLElement | null {
    return this.host?.container.querySelector<HTMLElement>('.pg-card') ?? null;
  }

  private focusCard() {
    this.cardElement()?.focus({ preventScroll: true });
  }

  private ensureHost(): Promise<CardHost> {
    this.hostPromise ??= createCardHost(this.deps.ctx, this.doc).then((host) => {
      this.host = host;
      // Focus leaving the card for the page closes a pinned card (non-modal dialog).
      host.host.addEventListener('focusout', (e) => {
        const to = e.relatedTarget as Node | null;
        if (to && to !== host.host && !host.host.contains(to) && this.isOpen) this.intent.close('closed');
      });
      return host;
    });
    return this.hostPromise;
  }

  /** Marks in document order (the scanner keeps them in discovery order). */
  private orderedMarks(): Mark[] {
    const source = this.deps.scanner.getMarks();
    if (this.sorted?.source !== source) this.sorted = { source, marks: [...source].sort(compareMarks) };
    return this.sorted.marks;
  }
}

function compareMarks(a: Mark, b: Mark): number {
  try {
    return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  } catch {
    // Ranges in different trees (shadow roots): fall back to the nodes' document order.
    const pos = a.range.startContainer.compareDocumentPosition(b.range.startContainer);
    return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : pos & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
  }
}

/** The focused element, looking into open shadow roots. */
function deepActive(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

function isEditable(target: EventTarget | undefined): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input,textarea,select,[contenteditable]:not([contenteditable="false"])')) return true;
  return (target as HTMLElement).isContentEditable === true;
}

/** Brings a range into view: centred when it is off screen, untouched when visible. */
function scrollToRange(range: Range, win: Window) {
  const inView = () => {
    const b = lineBoxesOf(range)[0];
    return !!b && b.top >= 0 && b.bottom <= win.innerHeight && b.left >= 0 && b.right <= win.innerWidth;
  };
  if (inView()) return;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  const b = lineBoxesOf(range)[0];
  // A paragraph taller than the viewport can leave the term outside: scroll the window to it.
  if (b && (b.top < 0 || b.bottom > win.innerHeight)) win.scrollBy({ top: b.top - win.innerHeight / 2, behavior: 'instant' });
}
