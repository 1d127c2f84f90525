/**
 * The custom-term form's formulas, as typed: one row per formula, its variables one per line
 * ("Q: pump flow [L/min]"). Pure, so it is unit-tested directly.
 */
import type { Entry } from '../../core/glossary/schema';

type Formula = NonNullable<Entry['formulas']>[number];

export interface FormulaRow {
  name: string;
  expression: string;
  /** One variable per line: "symbol: meaning [unit]", the unit optional. */
  variables: string;
  example: string;
  note: string;
}

/** The inputs of a formula row. */
export type FormulaPart = 'name' | 'expression' | 'variables' | 'example' | 'note';

export function emptyFormulaRow(): FormulaRow {
  return { name: '', expression: '', variables: '', example: '', note: '' };
}

export const isBlankFormulaRow = (r: FormulaRow) => !r.name.trim() && !r.expression.trim() && !r.variables.trim() && !r.example.trim() && !r.note.trim();

/** "Q: pump flow [L/min]", "BSA = body surface area [m²]", "k: a constant". */
const VARIABLE_LINE = /^\s*([^:=]+?)\s*[:=]\s*(.*?)\s*(?:\[([^\]]*)\])?\s*$/;

/**
 * The variables of one row's text. A line that is not "symbol: meaning" comes back as
 * `{ line }` (1-based), for the form to point at.
 */
export function parseVariables(text: string): { variables: Formula['variables'] } | { line: number } {
  const variables: Formula['variables'] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    const m = VARIABLE_LINE.exec(lines[i]);
    if (!m) return { line: i + 1 };
    variables.push({ symbol: m[1], meaning: m[2], unit: (m[3] ?? '').trim() });
  }
  return { variables };
}

export function formatVariables(variables: Formula['variables']): string {
  return variables.map((v) => `${v.symbol}: ${v.meaning}${v.unit ? ` [${v.unit}]` : ''}`).join('\n');
}

export function formulaRowFromFormula(f: Formula): FormulaRow {
  return { name: f.name, expression: f.expression, variables: formatVariables(f.variables), example: f.example, note: f.note ?? '' };
}

/**
 * The formula a row describes (not yet validated). When a variable line does not parse, its
 * variables are left empty and `badLine` names the line.
 */
export function formulaFromRow(r: FormulaRow): { formula: Record<string, unknown>; badLine?: number } {
  const parsed = parseVariables(r.variables);
  const formula: Record<string, unknown> = {
    name: r.name.trim(),
    expression: r.expression.trim(),
    variables: 'variables' in parsed ? parsed.variables : [],
    example: r.example.trim(),
  };
  if (r.note.trim()) formula.note = r.note.trim();
  return 'line' in parsed ? { formula, badLine: parsed.line } : { formula };
}
