import { describe, expect, it } from 'vitest';
import { formatValue, populationNote } from '../../src/ui/format';

describe('value formatting', () => {
  it('writes ranges and one-sided values with their unit', () => {
    expect(formatValue({ label: 'Pump flow index', min: 2.2, max: 2.4, unit: 'L/min/m²' })).toBe('2.2–2.4 L/min/m²');
    expect(formatValue({ label: 'ACT before bypass', min: 480, unit: 's' })).toBe('≥ 480 s');
    expect(formatValue({ label: 'Lactate', max: 2, unit: 'mmol/L' })).toBe('≤ 2 mmol/L');
    expect(formatValue({ label: 'Ratio', min: 1, max: 1, unit: '' })).toBe('1');
  });

  it('says who a value is for, unless it is everyone or the label says so already', () => {
    expect(populationNote({ label: 'Minimum before and during CPB', min: 480, unit: 's', population: 'adult' })).toBe('adults');
    expect(populationNote({ label: 'Full flow', min: 150, unit: 'mL/kg/min', population: 'neonatal' })).toBe('neonates');
    expect(populationNote({ label: 'Full flow', min: 100, unit: 'mL/kg/min', population: 'pediatric' })).toBe('children');
    expect(populationNote({ label: 'Whole-brain blood flow (adult)', min: 50, unit: 'mL/min/100 g', population: 'adult' })).toBe('');
    expect(populationNote({ label: 'Flow', min: 120, unit: 'mL/kg/min', population: 'pediatric', note: 'Infants under 10 kg.' })).toBe('');
    expect(populationNote({ label: 'pH', min: 7.35, max: 7.45, unit: '', population: 'all' })).toBe('');
    expect(populationNote({ label: 'pH', min: 7.35, max: 7.45, unit: '' })).toBe('');
  });
});
