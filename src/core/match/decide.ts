/**
 * Page-level decisions over all candidates of a page: the perfusion-context gate (R3),
 * in-document definitions (R4) and the first-occurrence option. Pure and cheap: it runs
 * over candidates only, so it can be re-run whenever the page changes.
 */

import type { Definition } from './definitions';
import type { Candidate } from './matcher';

export interface SegmentCandidates {
  candidates: Candidate[];
}

export interface Decision {
  segment: number;
  candidate: Candidate;
  /** Entry to show (may differ from the form's own entry for shared forms). */
  entry: number;
}

export interface DecideOptions {
  firstOnly?: boolean;
  /** How ambiguous (context-level) forms are treated. */
  ambiguous?: 'never' | 'context' | 'always';
  /** Distinct unambiguous entries that make a page "about perfusion". */
  contextThreshold?: number;
  /** Entries (by index) the user does not want marked. */
  hiddenEntries?: Set<number>;
}

export interface PageVerdict {
  decisions: Decision[];
  perfusionPage: boolean;
}

export const CONTEXT_THRESHOLD = 2;

export function formKey(c: Candidate): string {
  return c.form.t.join(' ');
}

/** Abbreviations the page defines with a long form that is not ours (R4). */
function disagreedKeys(definitions: Definition[]): Set<string> {
  const out = new Set<string>();
  for (const d of definitions) if (d.entry < 0) out.add(d.key);
  return out;
}

/** A candidate that counts towards the context gate (R3): unambiguous, not redefined by the page. */
function isStrong(c: Candidate, disagreed: Set<string>): boolean {
  return c.form.level === 'anywhere' && (disagreed.size === 0 || !disagreed.has(formKey(c)));
}

/**
 * The context gate's rule (R3): enough distinct unambiguous entries, one of them at least not
 * a drug. News names fentanyl and ketamine together; a page about bypass names something else
 * as well.
 */
function opensGate(distinctEntries: number, specific: boolean, opts: DecideOptions): boolean {
  return specific && distinctEntries >= (opts.contextThreshold ?? CONTEXT_THRESHOLD);
}

/**
 * Only the context gate of `decide` (R3): whether the candidates make this a page about
 * perfusion. For the scan's early verdict, before every block has been read.
 */
export function isPerfusionPage(segments: SegmentCandidates[], definitions: Definition[], opts: DecideOptions = {}): boolean {
  const disagreed = disagreedKeys(definitions);
  const strongEntries = new Set<number>();
  let specific = false;
  for (const s of segments) {
    for (const c of s.candidates) {
      if (!isStrong(c, disagreed)) continue;
      strongEntries.add(c.form.e);
      specific ||= !c.form.general;
      if (opensGate(strongEntries.size, specific, opts)) return true;
    }
  }
  return false;
}

export function decide(segments: SegmentCandidates[], definitions: Definition[], opts: DecideOptions = {}): PageVerdict {
  const agreed = new Map<string, number>();
  for (const d of definitions) if (d.entry >= 0) agreed.set(d.key, d.entry);
  const disagreed = disagreedKeys(definitions);

  const strongEntries = new Set<number>();
  const strongSegments = new Set<number>();
  let specific = false;
  segments.forEach((s, i) => {
    for (const c of s.candidates) {
      if (isStrong(c, disagreed)) {
        strongEntries.add(c.form.e);
        strongSegments.add(i);
        specific ||= !c.form.general;
      }
    }
  });
  const perfusionPage = opensGate(strongEntries.size, specific, opts);
  const ambiguous = opts.ambiguous ?? 'context';

  const decisions: Decision[] = [];
  const seen = new Set<number>();
  segments.forEach((s, i) => {
    for (const c of s.candidates) {
      // Page definitions name abbreviations (case-sensitive forms) only.
      const key = c.form.cs && (agreed.size > 0 || disagreed.size > 0) ? formKey(c) : '';
      const definedAs = key ? agreed.get(key) : undefined;
      let entry = definedAs ?? c.form.e;
      let ok: boolean;
      switch (c.form.level) {
        case 'never':
          ok = false;
          break;
        case 'defined':
          ok = definedAs !== undefined;
          break;
        case 'context':
          ok =
            definedAs !== undefined ||
            ambiguous === 'always' ||
            (ambiguous === 'context' && (perfusionPage || strongSegments.has(i)));
          break;
        default:
          ok = true;
      }
      if (ok && key && disagreed.has(key) && definedAs === undefined) ok = false;
      if (!ok) continue;
      if (opts.hiddenEntries?.has(entry)) continue;
      if (opts.firstOnly) {
        if (seen.has(entry)) continue;
        seen.add(entry);
      }
      entry = entry ?? c.form.e;
      decisions.push({ segment: i, candidate: c, entry });
    }
  });
  return { decisions, perfusionPage };
}
