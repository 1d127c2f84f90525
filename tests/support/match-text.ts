/** Runs the pure marking pipeline (match → definitions → decide) over paragraphs of text. */
import { type DecideOptions, decide, isPerfusionPage } from '../../src/core/match/decide';
import { AbbreviationOwners, findDefinitions } from '../../src/core/match/definitions';
import type { MatchData } from '../../src/core/match/match-data';
import { Matcher } from '../../src/core/match/matcher';
import { normalizeForMatch } from '../../src/core/text/normalize';
import { TokenBuffer } from '../../src/core/text/tokens';
import { FIXTURE_DATA } from './fixture-glossary';

const matchers = new WeakMap<MatchData, Matcher>();

export function markParagraphs(paragraphs: string[], opts: DecideOptions = {}, data: MatchData = FIXTURE_DATA): [string, string][] {
  let matcher = matchers.get(data);
  if (!matcher) {
    matcher = new Matcher(data);
    matchers.set(data, matcher);
  }
  const abbrs = new AbbreviationOwners(data);
  const segs = paragraphs.map((p) => {
    const text = normalizeForMatch(p);
    const buf = new TokenBuffer().fill(text);
    return { raw: p, candidates: matcher.match(text, buf), definitions: findDefinitions(buf, data, abbrs) };
  });
  const definitions = segs.flatMap((s) => s.definitions);
  const verdict = decide(segs, definitions, opts);
  // The scanner's early verdict must agree with the full decision on every text tested.
  if (isPerfusionPage(segs, definitions, opts) !== verdict.perfusionPage) throw new Error(`isPerfusionPage disagrees with decide() on: ${paragraphs.join(' | ')}`);
  return verdict.decisions.map((d) => [segs[d.segment].raw.slice(d.candidate.start, d.candidate.end), data.entries[d.entry].id]);
}
