import { describe, expect, it } from 'vitest';
import glossary from '../../generated/glossary.json';
import type { Entry } from '../../src/core/glossary/schema';
import { emptyFormulaRow, formatVariables, formulaFromRow, formulaRowFromFormula, parseVariables } from '../../src/ui/options/formula-rows';

describe('formula rows of the custom-term form', () => {
  it('reads variables one per line, "symbol: meaning [unit]", the unit optional', () => {
    expect(parseVariables('Q: pump flow [L/min]\n\n  BSA = body surface area [m²]\nk: a constant\nΔP: pressure drop: inlet minus outlet [mmHg]')).toEqual({
      variables: [
        { symbol: 'Q', meaning: 'pump flow', unit: 'L/min' },
        { symbol: 'BSA', meaning: 'body surface area', unit: 'm²' },
        { symbol: 'k', meaning: 'a constant', unit: '' },
        { symbol: 'ΔP', meaning: 'pressure drop: inlet minus outlet', unit: 'mmHg' },
      ],
    });
    expect(parseVariables('Q: pump flow\nBSA body surface area')).toEqual({ line: 2 });
  });

  it('turns a row into a formula, and reports the line that does not read as a variable', () => {
    const row = { ...emptyFormulaRow(), name: ' Oxygen delivery index ', expression: 'DO2i = CaO2 × CI × 10', variables: 'CaO2: arterial oxygen content [mL/dL]\nCI: cardiac index [L/min/m²]', example: 'CaO2 12, CI 2.4: 12 × 2.4 × 10 = 288 mL/min/m².' };
    expect(formulaFromRow(row)).toEqual({
      formula: {
        name: 'Oxygen delivery index',
        expression: 'DO2i = CaO2 × CI × 10',
        variables: [
          { symbol: 'CaO2', meaning: 'arterial oxygen content', unit: 'mL/dL' },
          { symbol: 'CI', meaning: 'cardiac index', unit: 'L/min/m²' },
        ],
        example: row.example,
      },
    });
    expect(formulaFromRow({ ...row, variables: 'CaO2 arterial oxygen content' }).badLine).toBe(1);
  });

  it('every formula of the bundled glossary survives a trip through the form unchanged', () => {
    const formulas = (glossary as Entry[]).flatMap((e) => e.formulas ?? []);
    expect(formulas.length).toBeGreaterThan(50);
    for (const f of formulas) expect(formulaFromRow(formulaRowFromFormula(f)).formula).toEqual(f);
    expect(formatVariables(formulas[0].variables).split('\n')).toHaveLength(formulas[0].variables.length);
  });
});
