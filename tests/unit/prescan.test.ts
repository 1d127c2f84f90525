/**
 * The pre-scanner may report more than the matcher finds, never less: every form of the
 * shipped glossary, written in running text, whole or split across text nodes, is a hit of
 * the right group.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMatchData, type SerializedMatchData } from '../../src/core/match/match-data';
import { HIT_CROSSED, HIT_PREVIOUS_ONLY, HIT_RESTRICTED, HIT_UNRESTRICTED, Prescanner, setsFromArrays } from '../../src/core/match/prescan';

const root = new URL('../../', import.meta.url).pathname;
const data = loadMatchData(JSON.parse(readFileSync(join(root, 'generated', 'match-data.json'), 'utf8')) as SerializedMatchData);
const scanner = () => new Prescanner(setsFromArrays(data.prescan.unrestricted), setsFromArrays(data.prescan.restricted));

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

  it('says when a hit began in, or lies wholly in, the previous node', () => {
    const pre = scanner();
    // "<b>ECMO</b>today": "ECMO" ended at the node edge, so the hit lies in the previous node only.
    const edge = feedAll(pre, ['about ECMO', 'today is fine']);
    expect(edge[0] & HIT_UNRESTRICTED).toBe(HIT_UNRESTRICTED);
    expect(edge[1]).toBe(HIT_UNRESTRICTED | HIT_CROSSED | HIT_PREVIOUS_ONLY);
    // Nothing at the edge: no crossing bits.
    expect(feedAll(pre, ['about ECMO.', ' Today is fine'])[1]).toBe(0);
    // "DO<sub>2</sub>i": the word runs on across the edges.
    const bits = feedAll(pre, ['the DO', '2', 'i was low']);
    expect(bits[2] & HIT_UNRESTRICTED).toBe(HIT_UNRESTRICTED);
    expect(bits[2] & HIT_CROSSED).toBe(HIT_CROSSED);
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
    // A node of control characters other than white space is read by the character loop.
    expect(feedAll(pre, ['ECMO', '\u0001\u0002'])[1] & HIT_UNRESTRICTED).toBe(HIT_UNRESTRICTED);
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
