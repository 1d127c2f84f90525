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

/** "ACT", "CPB" … as one line, for under the headword. */
export function formatAbbreviations(abbrs: string[] | undefined): string {
  return (abbrs ?? []).join(', ');
}

/** Shows DO2i as DO₂i in display text (glossary stores ASCII digits). */
export function prettyChem(s: string): string {
  return s.replace(/\b(DO|VO|VCO|CO|SvO|SaO|ScvO|SpO|PaO|PaCO|PvO|CaO|CvO|FiO|FdO|EtCO|O|HCO)(\d)/g, (_m, a: string, d: string) => a + '₀₁₂₃₄₅₆₇₈₉'[Number(d)]);
}
