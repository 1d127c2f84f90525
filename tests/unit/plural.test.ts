/** The page-side plural test agrees with the plurals the glossary compiler generates. */
import { describe, expect, it } from 'vitest';
import { isRegularPlural, regularPlurals } from '../../src/core/match/plural';
import { shippedMatchData } from '../support/shipped-match-data';

const data = shippedMatchData();

/** Words a page might write after a form's last token: every regular ending, right or wrong. */
const attempts = (last: string) => [last, `${last}s`, `${last}S`, `${last}es`, `${last}ES`, `${last.slice(0, -1)}ies`, `${last.slice(0, -1)}ys`, `${last}x`, `x${last.slice(1)}s`, `${last}'s`];

describe('isRegularPlural', () => {
  it('says yes exactly to the plurals regularPlurals makes, for every last token of the glossary', () => {
    const lasts = new Map<string, boolean>();
    for (const f of data.forms) lasts.set(`${f.cs ? 1 : 0}${f.t[f.t.length - 1]}`, f.cs);
    // And the edges of each rule.
    for (const w of ['y', 'ay', 'day', 'city', 'boy', 'box', 'bus', 'quiz', 'church', 'bush', 'bach', 'stomach', 'cath', 'gas', 'ha']) lasts.set(`0${w}`, false);
    for (const w of ['ECMO', 'CO2', 'LVAD', 'pH', 'ΔP', 'Ωs', 'DO2i', 'A', '2', 'IABP']) lasts.set(`1${w}`, true);
    const wrong: string[] = [];
    for (const [key, cs] of lasts) {
      const last = key.slice(1);
      const want = regularPlurals(last, cs);
      for (const w of attempts(last)) if (isRegularPlural(w, last, cs) !== want.includes(w)) wrong.push(`${last} → ${w}`);
    }
    expect(lasts.size).toBeGreaterThan(1000);
    expect(wrong).toEqual([]);
  });
});
