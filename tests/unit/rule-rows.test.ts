import { describe, expect, it } from 'vitest';
import { emptyRuleRow, isBlankRuleRow, ruleFromRow, ruleRowFromRule, ruleTarget } from '../../src/ui/options/rule-rows';

describe('matching-rule rows of the custom-term form', () => {
  it('turns a rule into a row and back, lists comma-separated', () => {
    const rule = { match: 'context' as const, near: ['mmHg', 'mean arterial'], window: 6, notAfter: ['kinase'], case: 'sensitive' as const };
    const row = ruleRowFromRule('MAP', rule, true);
    expect(row).toEqual({ name: 'MAP', match: 'context', case: 'sensitive', near: 'mmHg, mean arterial', window: '6', notBefore: '', notAfter: 'kinase', number: '' });
    // The level is the caller's to combine with the entry-wide one.
    expect(ruleFromRow(row)).toEqual({ case: 'sensitive', near: ['mmHg', 'mean arterial'], window: 6, notAfter: ['kinase'] });
    expect(ruleRowFromRule('MAP', rule, false).match).toBe('');
  });

  it('keeps a window that is not a whole number as text, for the schema to name', () => {
    expect(ruleFromRow({ ...emptyRuleRow(), near: 'pump', window: ' 12 ' }).window).toBe(12);
    expect(ruleFromRow({ ...emptyRuleRow(), near: 'pump', window: 'lots' }).window).toBe('lots');
    expect(ruleFromRow({ ...emptyRuleRow(), near: 'pump', window: '2.5' }).window).toBe('2.5');
  });

  it('a row that only names a form sets nothing', () => {
    expect(isBlankRuleRow({ ...emptyRuleRow(), name: 'MAP' })).toBe(true);
    expect(isBlankRuleRow({ ...emptyRuleRow(), name: 'MAP', number: 'after' })).toBe(false);
  });

  it('finds the row and input a problem is about, names with dots included (longest name first)', () => {
    const rows = [
      { ...emptyRuleRow(), name: '0.9% saline' },
      { ...emptyRuleRow(), name: '0.9%' },
      { ...emptyRuleRow(), name: 'CI' },
    ];
    expect(ruleTarget('matching.0.9% saline.near.1', rows)).toEqual({ row: 0, part: 'near' });
    expect(ruleTarget('matching.0.9%.window', rows)).toEqual({ row: 1, part: 'window' });
    expect(ruleTarget('matching.CI', rows)).toEqual({ row: 2, part: 'name' });
    expect(ruleTarget('matching.MAP.near', rows)).toBeUndefined();
    expect(ruleTarget('values.0.min', rows)).toBeUndefined();
  });
});
