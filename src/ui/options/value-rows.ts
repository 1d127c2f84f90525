/**
 * The custom-term form's normal values, as typed: one row per value or target, numbers kept as
 * text until saved. Pure, so it is unit-tested directly.
 */
import type { GlossaryValue } from '../../core/glossary/schema';
import { POPULATIONS, type Population } from '../../core/glossary/vocabulary';

export interface ValueRow {
  label: string;
  min: string;
  max: string;
  unit: string;
  /** '' for any population. */
  population: Population | '';
  varies: boolean;
  note: string;
}

/** The inputs of a value row. */
export type ValuePart = 'label' | 'min' | 'max' | 'unit' | 'population' | 'note';

export function emptyValueRow(): ValueRow {
  return { label: '', min: '', max: '', unit: '', population: '', varies: false, note: '' };
}

export const isBlankValueRow = (r: ValueRow) => !r.label.trim() && !r.min.trim() && !r.max.trim() && !r.unit.trim() && !r.note.trim();

/** Whether `p` is a population the schema knows ('' means any). */
export const isPopulation = (p: string): p is Population => (POPULATIONS as readonly string[]).includes(p);

export function valueRowFromValue(v: GlossaryValue): ValueRow {
  return {
    label: v.label,
    min: v.min === undefined ? '' : String(v.min),
    max: v.max === undefined ? '' : String(v.max),
    unit: v.unit,
    population: v.population ?? '',
    varies: v.varies ?? false,
    note: v.note ?? '',
  };
}

/**
 * A number as typed: "7.35", "−2" (a typographic minus), "1,400" (thousands). Anything else is
 * kept as text so that the schema reports it ("must be a number") instead of it vanishing.
 */
function parseNumber(text: string): number | string | undefined {
  const t = text.trim().replace(/\u2212/g, '-').replace(/(\d),(?=\d{3}\b)/g, '$1');
  if (!t) return undefined;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : text.trim();
}

/** The value a row describes (not yet validated). */
export function valueFromRow(r: ValueRow): Record<string, unknown> {
  const out: Record<string, unknown> = { label: r.label.trim() };
  const min = parseNumber(r.min);
  const max = parseNumber(r.max);
  if (min !== undefined) out.min = min;
  if (max !== undefined) out.max = max;
  out.unit = r.unit.trim();
  if (r.population) out.population = r.population;
  if (r.varies) out.varies = true;
  if (r.note.trim()) out.note = r.note.trim();
  return out;
}
