/** What gets marked: categories, first occurrence only, ambiguous acronyms. */
import { CATEGORIES, CATEGORY_IDS, type Category } from '../../core/glossary/vocabulary';
import type { AmbiguousMode, Settings } from '../../core/settings/model';
import { RadioGroup, Section, Toggle } from './controls';

export interface WhatSectionProps {
  settings: Settings;
  onSettings(patch: Partial<Settings>): void;
}

export function WhatSection({ settings, onSettings }: WhatSectionProps) {
  const hidden = new Set(settings.hiddenCategories);
  const setMarked = (c: Category, marked: boolean) => {
    const next = new Set(hidden);
    if (marked) next.delete(c);
    else next.add(c);
    onSettings({ hiddenCategories: CATEGORY_IDS.filter((x) => next.has(x)) });
  };
  const markedCount = CATEGORY_IDS.length - hidden.size;
  return (
    <Section id="what" title="What to mark">
      <fieldset class="opt-fieldset">
        <legend class="opt-label">
          Categories <span class="opt-count">({markedCount} of {CATEGORY_IDS.length} marked)</span>
        </legend>
        <p class="opt-hint">Terms of unticked categories are not marked on pages; you can still look them up.</p>
        <div class="opt-bulk">
          <button type="button" class="opt-button opt-small" onClick={() => onSettings({ hiddenCategories: [] })} disabled={hidden.size === 0}>
            Mark all
          </button>
          <button
            type="button"
            class="opt-button opt-small"
            onClick={() => onSettings({ hiddenCategories: [...CATEGORY_IDS] })}
            disabled={hidden.size === CATEGORY_IDS.length}
          >
            Mark none
          </button>
        </div>
        <div class="opt-checkgrid">
          {CATEGORY_IDS.map((c) => (
            <div class="opt-check" key={c}>
              <input type="checkbox" id={`opt-cat-${c}`} checked={!hidden.has(c)} onChange={(ev) => setMarked(c, (ev.currentTarget as HTMLInputElement).checked)} />
              <label for={`opt-cat-${c}`}>{CATEGORIES[c]}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <Toggle
        id="opt-first-only"
        label="Mark only the first occurrence of each term on a page"
        hint="Quieter pages: later mentions of the same term stay plain."
        checked={settings.firstOnly}
        onChange={(firstOnly) => onSettings({ firstOnly })}
      />
      <RadioGroup<AmbiguousMode>
        name="opt-ambiguous"
        legend="Acronyms with other meanings (ACT, MAP, CI, HIT …)"
        value={settings.ambiguous}
        onChange={(ambiguous) => onSettings({ ambiguous })}
        options={[
          { value: 'never', label: 'Never mark them', hint: 'Only when a page spells them out as our term, e.g. “activated clotting time (ACT)”.' },
          { value: 'context', label: 'Only on pages about perfusion', hint: 'Recommended: marked when the page also uses unambiguous perfusion terms.' },
          { value: 'always', label: 'Always mark them', hint: 'Also on unrelated pages, where “ACT” may be a law or a test.' },
        ]}
      />
    </Section>
  );
}
