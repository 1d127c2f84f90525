/** The custom-term form's formulas: one row per formula, its variables one per line. */
import { emptyFormulaRow, type FormulaPart, type FormulaRow } from './formula-rows';
import { RowList } from './RowList';

export interface FormulaRowsProps {
  rows: FormulaRow[];
  error?: string;
  /** The row and input the error is about. */
  errorAt?: { row: number; part: FormulaPart };
  onChange(rows: FormulaRow[]): void;
}

export function FormulaRows({ rows, error, errorAt, onChange }: FormulaRowsProps) {
  const update = (i: number, key: keyof FormulaRow) => (ev: Event) => onChange(rows.map((r, k) => (k === i ? { ...r, [key]: (ev.currentTarget as HTMLInputElement).value } : r)));
  return (
    <RowList<FormulaRow, FormulaPart>
      field="formulas"
      legend="Formulas"
      hint="Optional. Write the formula as text (DO2i = CaO2 × CI × 10), each variable on its own line as “symbol: meaning [unit]”, and a worked example with numbers."
      itemName="Formula"
      rowClass="opt-formula-row"
      rows={rows}
      empty={emptyFormulaRow}
      error={error}
      errorAt={errorAt}
      fallbackPart="name"
      onChange={onChange}
    >
      {(r, i, id, state) => (
        <>
          <div class="opt-value-field">
            <label for={id('name')}>Name</label>
            <input id={id('name')} class="opt-input" type="text" value={r.name} onInput={update(i, 'name')} {...state('name')} />
          </div>
          <div class="opt-value-field">
            <label for={id('expression')}>Formula</label>
            <input id={id('expression')} class="opt-input opt-mono" type="text" spellcheck={false} value={r.expression} onInput={update(i, 'expression')} {...state('expression')} />
          </div>
          <div class="opt-value-field opt-formula-wide">
            <label for={id('variables')}>Variables</label>
            <textarea id={id('variables')} class="opt-input opt-mono" rows={3} spellcheck={false} value={r.variables} onInput={update(i, 'variables')} {...state('variables')} />
          </div>
          <div class="opt-value-field opt-formula-wide">
            <label for={id('example')}>Worked example</label>
            <textarea id={id('example')} class="opt-input" rows={2} value={r.example} onInput={update(i, 'example')} {...state('example')} />
          </div>
          <div class="opt-value-field">
            <label for={id('note')}>Note</label>
            <input id={id('note')} class="opt-input" type="text" value={r.note} onInput={update(i, 'note')} {...state('note')} />
          </div>
        </>
      )}
    </RowList>
  );
}
