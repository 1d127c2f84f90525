/**
 * The custom-term form's matching rules for single names: one row per name that can mislead
 * on ordinary pages (only near some words, skipped next to others, only next to a number).
 */
import { RowList } from './RowList';
import { emptyRuleRow, isCaseRule, isMatchLevel, isNumberRule, type RulePart, type RuleRow } from './rule-rows';

export interface RuleRowsProps {
  rows: RuleRow[];
  /** The term's names as the form now lists them (headword, abbreviations, other names …). */
  names: readonly string[];
  error?: string;
  /** The row and input the error is about. */
  errorAt?: { row: number; part: RulePart };
  onChange(rows: RuleRow[]): void;
}

const WHERE_LABELS = [
  ['', 'As for all its names'],
  ['anywhere', 'On every page'],
  ['context', 'On pages about perfusion'],
  ['defined', 'Where the page defines it'],
  ['never', 'Never on pages'],
] as const;

const CASE_LABELS = [
  ['', 'Usual'],
  ['sensitive', 'Exactly as written'],
  ['insensitive', 'In any case'],
] as const;

const NUMBER_LABELS = [
  ['', 'No number needed'],
  ['before', 'Only after a number (17 Fr)'],
  ['after', 'Only before a number (Hct 28)'],
  ['either', 'Only next to a number'],
] as const;

export function RuleRows({ rows, names, error, errorAt, onChange }: RuleRowsProps) {
  const update = (i: number, patch: Partial<RuleRow>) => onChange(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  return (
    <RowList<RuleRow, RulePart>
      field="rules"
      legend="Matching rules for single names"
      hint="Optional, for a name that can mislead on ordinary pages. Example: “MAP”, only near “mmHg, mean arterial”, skipped when followed by “kinase”. Lists are comma-separated. Usual case: abbreviations as written, words in any case."
      itemName="Rule"
      rowClass="opt-rule-row"
      rows={rows}
      empty={emptyRuleRow}
      error={error}
      errorAt={errorAt}
      fallbackPart="name"
      onChange={onChange}
    >
      {(r, i, id, state) => {
        const cell = (part: RulePart, label: string, span: string) => ({ id: id(part), label, span, state: state(part) });
        // A name the entry no longer lists stays choosable, so the row can say what is wrong.
        const nameChoices: Choices = [['', 'Choose a name…'], ...(r.name && !names.includes(r.name) ? [...names, r.name] : names).map((n) => [n, n] as const)];
        return (
          <>
            <SelectCell {...cell('name', 'Name', 'opt-span-2')} value={r.name} choices={nameChoices} onPick={(v) => update(i, { name: v })} />
            <SelectCell {...cell('match', 'Where', 'opt-span-2')} value={r.match} choices={WHERE_LABELS} onPick={(v) => update(i, { match: isMatchLevel(v) ? v : '' })} />
            <SelectCell {...cell('case', 'Case', 'opt-span-2')} value={r.case} choices={CASE_LABELS} onPick={(v) => update(i, { case: isCaseRule(v) ? v : '' })} />
            <TextCell {...cell('near', 'Only near', 'opt-span-3')} value={r.near} onText={(v) => update(i, { near: v })} />
            <TextCell {...cell('window', 'Within (words)', '')} value={r.window} onText={(v) => update(i, { window: v })} numeric />
            <SelectCell {...cell('number', 'Numbers', 'opt-span-2')} value={r.number} choices={NUMBER_LABELS} onPick={(v) => update(i, { number: isNumberRule(v) ? v : '' })} />
            <TextCell {...cell('notBefore', 'Skip when preceded by', 'opt-span-3')} value={r.notBefore} onText={(v) => update(i, { notBefore: v })} />
            <TextCell {...cell('notAfter', 'Skip when followed by', 'opt-span-3')} value={r.notAfter} onText={(v) => update(i, { notAfter: v })} />
          </>
        );
      }}
    </RowList>
  );
}

type Choices = readonly (readonly [string, string])[];

interface CellProps {
  id: string;
  label: string;
  /** Grid span class of the cell ('' for one column). */
  span: string;
  /** aria-invalid and aria-describedby when the row's problem is about this input. */
  state: Record<string, unknown>;
  value: string;
}

function SelectCell({ id, label, span, state, value, choices, onPick }: CellProps & { choices: Choices; onPick(value: string): void }) {
  return (
    <div class={`opt-value-field ${span}`}>
      <label for={id}>{label}</label>
      <select id={id} class="opt-input" value={value} {...state} onChange={(ev) => onPick((ev.currentTarget as HTMLSelectElement).value)}>
        {choices.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function TextCell({ id, label, span, state, value, onText, numeric }: CellProps & { onText(value: string): void; numeric?: boolean }) {
  return (
    <div class={`opt-value-field ${span}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        class="opt-input"
        type="text"
        inputMode={numeric ? 'numeric' : undefined}
        placeholder={numeric ? '8' : undefined}
        value={value}
        onInput={(ev) => onText((ev.currentTarget as HTMLInputElement).value)}
        {...state}
      />
    </div>
  );
}
