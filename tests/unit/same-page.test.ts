import { describe, expect, it } from 'vitest';
import { isFragmentChange } from '../../src/core/navigation/same-page';

describe('isFragmentChange', () => {
  it('is true when only the fragment differs', () => {
    expect(isFragmentChange('https://en.wikipedia.org/wiki/ECMO', 'https://en.wikipedia.org/wiki/ECMO#cite_note-3')).toBe(true);
    expect(isFragmentChange('https://a.org/p?x=1#one', 'https://a.org/p?x=1#two')).toBe(true);
    expect(isFragmentChange(new URL('https://a.org/p#one'), new URL('https://a.org/p'))).toBe(true);
  });

  it('is false for another path, query or origin, and for no change', () => {
    expect(isFragmentChange('https://a.org/p#one', 'https://a.org/q#one')).toBe(false);
    expect(isFragmentChange('https://a.org/p', 'https://a.org/p?page=2')).toBe(false);
    expect(isFragmentChange('https://a.org/p#x', 'https://b.org/p#y')).toBe(false);
    expect(isFragmentChange('https://a.org/p#x', 'https://a.org/p#x')).toBe(false);
  });

  it('treats hash routes of single-page apps as fragment changes (their content changes reach the observer)', () => {
    expect(isFragmentChange('https://app.example/#/cases/1', 'https://app.example/#/cases/2')).toBe(true);
  });
});
