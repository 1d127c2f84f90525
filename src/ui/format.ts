/** Text formatting shared by the card and the popup (no DOM). */
import type { GlossaryValue } from '../core/glossary/schema';

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : String(n));

export function formatValue(v: GlossaryValue): string {
  const unit = v.unit ? ` ${v.unit}` : '';
  if (v.min !== undefined && v.max !== undefined) return v.min === v.max ? `${fmt(v.min)}${unit}` : `${fmt(v.min)}–${fmt(v.max)}${unit}`;
  if (v.min !== undefined) return `≥ ${fmt(v.min)}${unit}`;
  if (v.max !== undefined) return `≤ ${fmt(v.max)}${unit}`;
  return '';
}

const POPULATION_WORDS = { adult: 'adults', pediatric: 'children', neonatal: 'neonates' } as const;
/** What a value's label or note may already say about its population. */
const POPULATION_MENTIONS = { adult: /\badult/i, pediatric: /p(a)?ediatric|child|infant/i, neonatal: /neonat|newborn/i } as const;

/**
 * Who a value is for ("adults", "children", "neonates"), unless it is for everyone or its
 * label or note says so already.
 */
export function populationNote(v: GlossaryValue): string {
  const p = v.population;
  if (!p || p === 'all') return '';
  return POPULATION_MENTIONS[p].test(`${v.label} ${v.note ?? ''}`) ? '' : POPULATION_WORDS[p];
}

/** "ACT", "CPB" … as one line, for under the headword. */
export function formatAbbreviations(abbrs: string[] | undefined): string {
  return (abbrs ?? []).join(', ');
}

/** Shows DO2i as DO₂i in display text (glossary stores ASCII digits). */
export function prettyChem(s: string): string {
  return s.replace(/\b(DO|VO|VCO|CO|SvO|SaO|ScvO|SpO|PaO|PaCO|PvO|CaO|CvO|FiO|FdO|EtCO|O|HCO)(\d)/g, (_m, a: string, d: string) => a + '₀₁₂₃₄₅₆₇₈₉'[Number(d)]);
}
