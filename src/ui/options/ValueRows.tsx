/** The custom-term form's normal values: one row per value or target, added and removed freely. */
import { POPULATIONS } from '../../core/glossary/vocabulary';
import { RowList } from './RowList';
import { emptyValueRow, isPopulation, type ValuePart, type ValueRow } from './value-rows';

export interface ValueRowsProps {
  rows: ValueRow[];
  error?: string;
  /** The row and input the error is about. */
  errorAt?: { row: number; part: ValuePart };
  onChange(rows: ValueRow[]): void;
}

const POPULATION_LABELS: Record<(typeof POPULATIONS)[number], string> = { adult: 'Adults', pediatric: 'Children', neonatal: 'Neonates', all: 'All ages' };

export function ValueRows({ rows, error, errorAt, onChange }: ValueRowsProps) {
  const update = (i: number, patch: Partial<ValueRow>) => onChange(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const text = (i: number, key: 'label' | 'min' | 'max' | 'unit' | 'note') => (ev: Event) => update(i, { [key]: (ev.currentTarget as HTMLInputElement).value });
  return (
    <RowList<ValueRow, ValuePart>
      field="values"
      legend="Normal values and targets"
      hint="Optional. A range, or one side of it: “ACT on bypass, low 480, unit s”. Tick “varies” where institutions or guidelines differ."
      itemName="Value"
      rowClass="opt-value-row"
      rows={rows}
      empty={emptyValueRow}
      error={error}
      errorAt={errorAt}
      fallbackPart="label"
      onChange={onChange}
    >
      {(r, i, id, state) => (
        <>
          <div class="opt-value-field opt-value-label">
            <label for={id('label')}>What</label>
            <input id={id('label')} class="opt-input" type="text" value={r.label} onInput={text(i, 'label')} {...state('label')} />
          </div>
          <div class="opt-value-field">
            <label for={id('min')}>Low</label>
            <input id={id('min')} class="opt-input" type="text" inputMode="decimal" value={r.min} onInput={text(i, 'min')} {...state('min')} />
          </div>
          <div class="opt-value-field">
            <label for={id('max')}>High</label>
            <input id={id('max')} class="opt-input" type="text" inputMode="decimal" value={r.max} onInput={text(i, 'max')} {...state('max')} />
          </div>
          <div class="opt-value-field">
            <label for={id('unit')}>Unit</label>
            <input id={id('unit')} class="opt-input" type="text" spellcheck={false} value={r.unit} onInput={text(i, 'unit')} {...state('unit')} />
          </div>
          <div class="opt-value-field">
            <label for={id('population')}>Who</label>
            <select
              id={id('population')}
              class="opt-input"
              value={r.population}
              {...state('population')}
              onChange={(ev) => {
                const v = (ev.currentTarget as HTMLSelectElement).value;
                update(i, { population: isPopulation(v) ? v : '' });
              }}
            >
              <option value="">Not stated</option>
              {POPULATIONS.map((v) => (
                <option key={v} value={v}>
                  {POPULATION_LABELS[v]}
                </option>
              ))}
            </select>
          </div>
          <div class="opt-value-field opt-value-note">
            <label for={id('note')}>Note</label>
            <input id={id('note')} class="opt-input" type="text" value={r.note} onInput={text(i, 'note')} {...state('note')} />
          </div>
          <div class="opt-check opt-value-varies">
            <input id={`opt-f-values-${i}-varies`} type="checkbox" checked={r.varies} onChange={(ev) => update(i, { varies: (ev.currentTarget as HTMLInputElement).checked })} />
            <label for={`opt-f-values-${i}-varies`}>Varies by institution</label>
          </div>
        </>
      )}
    </RowList>
  );
}
