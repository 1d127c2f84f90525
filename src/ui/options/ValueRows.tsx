/** The custom-term form's normal values: one row per value or target, added and removed freely. */
import { POPULATIONS } from '../../core/glossary/vocabulary';
import { emptyValueRow, isPopulation, type ValuePart, type ValueRow } from './entry-form-model';

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
    <fieldset class="opt-fieldset opt-values" aria-describedby="opt-f-values-hint">
      <legend class="opt-label">Normal values and targets</legend>
      <p class="opt-hint" id="opt-f-values-hint">
        Optional. A range, or one side of it: “ACT on bypass, low 480, unit s”. Tick “varies” where institutions or guidelines differ.
      </p>
      {rows.map((r, i) => {
        const id = (part: string) => `opt-f-values-${i}-${part}`;
        const errorHere = error && (errorAt?.row ?? 0) === i ? (errorAt?.part ?? 'label') : undefined;
        // The input in error: marked invalid and described by the message (EntryForm focuses it).
        const state = (part: ValuePart) => (errorHere === part ? { 'aria-invalid': true, 'aria-describedby': 'opt-f-values-error' } : {});
        return (
          <fieldset class="opt-value-row" aria-label={`Value ${i + 1}`} key={i}>
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
                  const p = (ev.currentTarget as HTMLSelectElement).value;
                  update(i, { population: isPopulation(p) ? p : '' });
                }}
              >
                <option value="">Not stated</option>
                {POPULATIONS.map((p) => (
                  <option key={p} value={p}>
                    {POPULATION_LABELS[p]}
                  </option>
                ))}
              </select>
            </div>
            <div class="opt-value-field opt-value-note">
              <label for={id('note')}>Note</label>
              <input id={id('note')} class="opt-input" type="text" value={r.note} onInput={text(i, 'note')} {...state('note')} />
            </div>
            <div class="opt-check opt-value-varies">
              <input id={id('varies')} type="checkbox" checked={r.varies} onChange={(ev) => update(i, { varies: (ev.currentTarget as HTMLInputElement).checked })} />
              <label for={id('varies')}>Varies by institution</label>
            </div>
            <button type="button" class="opt-button opt-small opt-danger" aria-label={`Remove value ${i + 1}`} onClick={() => onChange(rows.filter((_, k) => k !== i))}>
              Remove
            </button>
            {errorHere ? (
              <p class="opt-error opt-value-error" id="opt-f-values-error">
                {error}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      <button type="button" class="opt-button opt-small" onClick={() => onChange([...rows, emptyValueRow()])}>
        Add a value
      </button>
    </fieldset>
  );
}
