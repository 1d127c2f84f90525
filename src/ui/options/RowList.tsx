/**
 * A list of bordered rows in the custom-term form (normal values, formulas): each row a group
 * of inputs with a Remove button, an Add button below, and the list's one problem shown in the
 * row it is about, on the input in error (EntryForm moves the focus there).
 */
import type { ComponentChildren } from 'preact';

export interface RowListProps<Row, Part extends string> {
  /** Field name: ids are `opt-f-<field>-<row>-<part>`. */
  field: 'values' | 'formulas' | 'rules';
  legend: string;
  hint: string;
  /** "Value", "Formula": names rows for assistive technology ("Value 2"). */
  itemName: string;
  rowClass: string;
  rows: Row[];
  empty: () => Row;
  error?: string;
  /** The row and input the error is about (the first row's `fallbackPart` when unknown). */
  errorAt?: { row: number; part: Part };
  fallbackPart: Part;
  onChange(rows: Row[]): void;
  /** The inputs of one row: `id(part)` for their ids, `state(part)` spread onto each. */
  children: (row: Row, i: number, id: (part: Part) => string, state: (part: Part) => Record<string, unknown>) => ComponentChildren;
}

export function RowList<Row, Part extends string>(p: RowListProps<Row, Part>) {
  const { field, rows, error, errorAt } = p;
  const errorId = `opt-f-${field}-error`;
  return (
    <fieldset class={`opt-fieldset opt-${field}`} aria-describedby={`opt-f-${field}-hint`}>
      <legend class="opt-label">{p.legend}</legend>
      <p class="opt-hint" id={`opt-f-${field}-hint`}>
        {p.hint}
      </p>
      {rows.map((row, i) => {
        const errorHere = error && (errorAt?.row ?? 0) === i ? (errorAt?.part ?? p.fallbackPart) : undefined;
        const id = (part: Part) => `opt-f-${field}-${i}-${part}`;
        const state = (part: Part) => (errorHere === part ? { 'aria-invalid': true, 'aria-describedby': errorId } : {});
        return (
          // Rows have no identity of their own: a row is its position.
          <fieldset class={p.rowClass} aria-label={`${p.itemName} ${i + 1}`} key={i}>
            {p.children(row, i, id, state)}
            <button type="button" class="opt-button opt-small opt-danger" aria-label={`Remove ${p.itemName.toLowerCase()} ${i + 1}`} onClick={() => p.onChange(rows.filter((_, k) => k !== i))}>
              Remove
            </button>
            {errorHere ? (
              <p class="opt-error opt-row-error" id={errorId}>
                {error}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      <button type="button" class="opt-button opt-small" onClick={() => p.onChange([...rows, p.empty()])}>
        Add a {p.itemName.toLowerCase()}
      </button>
    </fieldset>
  );
}
