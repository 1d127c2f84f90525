/**
 * The pre-scanner may report more than the matcher finds, never less: every form of the
 * shipped glossary, written in running text, whole or split across text nodes, is a hit of
 * the right group.
 */
import { describe, expect, it } from 'vitest';
import { HIT_RESTRICTED, HIT_UNRESTRICTED, type Prescanner, prescannerFor } from '../../src/core/match/prescan';
import { shippedMatchData } from '../support/shipped-match-data';

const data = shippedMatchData();
const scanner = () => prescannerFor(data.prescan);

/** Feeds `nodes` as consecutive text nodes; returns the bits of each feed. */
function feedAll(pre: Prescanner, nodes: string[]): number[] {
  pre.reset();
  return nodes.map((n) => pre.feed(n));
}

const formText = (t: string[]) => t.join(' ').replace(/ ([,.;:%)/]) ?/g, '$1').replace(/\( /g, '(');

describe('Prescanner', () => {
  const markable = data.forms.filter((f) => f.level !== 'never');

  it('reports every markable form of the glossary in running text, in its own group', () => {
    const pre = scanner();
    const missed: string[] = [];
    for (const f of markable) {
      const [bits] = feedAll(pre, [`Before it, ${f.t.join(' ')} and after.`]);
      const want = f.level === 'anywhere' ? HIT_UNRESTRICTED : HIT_RESTRICTED;
      if (!(bits & want)) missed.push(`${f.t.join(' ')} (${f.level})`);
    }
    expect(markable.length).toBeGreaterThan(2000);
    expect(missed).toEqual([]);
  });

  it('reports a form split across text nodes at any point (inline tags)', () => {
    const pre = scanner();
    const missed: string[] = [];
    // Every 7th form keeps the test quick while covering all kinds of forms.
    for (const f of markable.filter((_, i) => i % 7 === 0)) {
      const text = `See ${formText(f.t)} here`;
      for (let cut = 5; cut < 4 + formText(f.t).length; cut++) {
        const bits = feedAll(pre, [text.slice(0, cut), text.slice(cut)]);
        if (!(bits[0] | bits[1])) missed.push(`${text.slice(0, cut)}|${text.slice(cut)}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('reports a hit in the node where it ends, and only there', () => {
    const pre = scanner();
    const U = HIT_UNRESTRICTED;
    // "<td>about ECMO</td><td>today is fine</td>": the node edge may be a block edge, so
    // "ECMO" is reported by its own node, and the next node has nothing of its own.
    expect(feedAll(pre, ['about ECMO', 'today is fine'])).toEqual([U, 0]);
    expect(feedAll(pre, ['about ECMO.', ' Today is fine'])).toEqual([U, 0]);
    // Neither indentation nor a separator after a term is a hit: the scanner would read
    // the block around them (often a whole list) for nothing.
    expect(feedAll(pre, ['on ECMO', '\n      ', 'today'])).toEqual([U, 0, 0]);
    expect(feedAll(pre, ['on ECMO', ' and then'])).toEqual([U, 0]);
    // A term at the start of a node is that node's alone, not also its predecessor's.
    expect(feedAll(pre, ['Medications', '\n  ', 'Cardioplegia'])).toEqual([0, 0, U]);
    // "DO<sub>2</sub>i": the word runs on across the edges and ends in the last node.
    expect(feedAll(pre, ['the DO', '2', 'i was low'])[2] & U).toBe(U);
    // A two-word trigger split by a tag ends in the second node.
    expect(feedAll(pre, ['the oxygen', ' delivery fell'])[1] & U).toBe(U);
  });

  it('reads blank nodes (indentation between tags) exactly as the character loop would', () => {
    const pre = scanner();
    const indent = '\n\t    \r\n      ';
    // Blank nodes are a fast path; their last character decides nothing the loop would not.
    for (const nodes of [
      ['about ECMO', indent, 'today'],
      ['the oxygen', indent, 'delivery fell'],
      ['the DO', '2', 'i', indent, 'was low'],
      [indent, 'CPB', indent],
      ['ordinary words', indent, indent, 'and more'],
    ]) {
      const blank = feedAll(pre, nodes);
      const single = feedAll(pre, nodes.map((n) => (n === indent ? ' ' : n)));
      expect(blank, nodes.join('|')).toEqual(single);
      // …and it is no hit on its own, after text that ends in a separator.
      expect(feedAll(pre, ['Fine. ', indent])[1]).toBe(0);
    }
    // The running word ends at the blank node: "oxygen" and "delivery" still form a pair.
    expect(feedAll(pre, ['the oxygen', indent, 'delivery'])[2] & HIT_UNRESTRICTED).toBe(HIT_UNRESTRICTED);
    // A node of control characters other than white space is read by the character loop:
    // they are symbol tokens, which end the pair.
    expect(feedAll(pre, ['the oxygen', '\u0001\u0002', 'delivery'])[2] & HIT_UNRESTRICTED).toBe(0);
  });

  it('normalises as the matcher does: subscripts, dashes, non-breaking hyphens, soft hyphens', () => {
    const pre = scanner();
    for (const text of ['DO₂i fell', 'on VA‑ECMO', 'the cardio\u00adplegia', 'veno–arterial ECMO', 'ECMO\u00a0run', 'CARDIOPLEGIA']) {
      expect(feedAll(pre, [text])[0] & HIT_UNRESTRICTED, text).toBe(HIT_UNRESTRICTED);
    }
  });

  it('stays quiet on ordinary text, and keeps case rules for acronyms', () => {
    const pre = scanner();
    expect(feedAll(pre, ['The quick brown fox jumps over the lazy dog, twice a day.'])[0]).toBe(0);
    expect(feedAll(pre, ['Numbers 12, 345 and 6789; symbols & | ~ and ordinary words.'])[0]).toBe(0);
    // "ecmo" in lower case is not the acronym ECMO.
    expect(feedAll(pre, ['an ecmo'])[0] & HIT_UNRESTRICTED).toBe(0);
  });
});
