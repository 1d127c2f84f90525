import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/glossary/schema';
import { compileMatchData, loadMatchData, serializeMatchData } from '../../src/core/match/match-data';
import { FIXTURE_ENTRIES } from '../support/fixture-glossary';
import { markParagraphs } from '../support/match-text';

/** Marks of `text` alone, and of `text` on a page that is about perfusion. */
const plain = (text: string) => markParagraphs([text]);
const onPerfusionPage = (text: string) => markParagraphs(['Notes on cardiopulmonary bypass and ECMO.', text]).slice(2);
const surfaces = (marks: [string, string][]) => marks.map(([s]) => s);

describe('matching: positives', () => {
  it('finds headwords in any case and abbreviations in their case', () => {
    expect(plain('Cardiopulmonary Bypass (CPB) started.')).toEqual([
      ['Cardiopulmonary Bypass', 'cardiopulmonary-bypass'],
      ['CPB', 'cardiopulmonary-bypass'],
    ]);
  });
  it('treats hyphen, dash, space and closed-up spellings alike', () => {
    for (const text of ['VA-ECMO', 'VA ECMO', 'VA\u2013ECMO', 'V-A ECMO', 'V\u2011A ECMO', 'veno-arterial ECMO', 'venoarterial ECMO', 'veno arterial ECMO']) {
      expect(plain(`We used ${text} today.`), text).toEqual([[text, 'va-ecmo']]);
    }
  });
  it('prefers the longest match', () => {
    expect(plain('The aortic cross-clamp time was 62 minutes.')).toEqual([['aortic cross-clamp time', 'cross-clamp-time']]);
    expect(plain('Release the aortic cross-clamp now.')).toEqual([['aortic cross-clamp', 'cross-clamp']]);
    expect(plain('Then VA-ECMO, not ECMO alone.')).toEqual([['VA-ECMO', 'va-ecmo'], ['ECMO', 'ecmo']]);
  });
  it('matches regular and irregular plurals and possessives', () => {
    expect(surfaces(plain('Two roller pumps and LVADs.'))).toEqual(['roller pumps', 'LVADs']);
    expect(surfaces(onPerfusionPage('Both cannulae and the cannulas were checked.'))).toEqual(['cannulae', 'cannulas']);
    expect(plain("The ECMO's oxygenator")).toEqual([['ECMO', 'ecmo']]);
  });
  it('matches British spellings', () => {
    expect(plain('Limb ischaemia and ischemia.')).toEqual([['ischaemia', 'ischemia'], ['ischemia', 'ischemia']]);
  });
  it('normalises subscripts, soft hyphens and non-breaking spaces', () => {
    expect(plain('Keep DO₂i above 280.')).toEqual([['DO₂i', 'do2i']]);
    expect(plain('cardio\u00adpulmonary\u00a0bypass')).toEqual([['cardio\u00adpulmonary\u00a0bypass', 'cardiopulmonary-bypass']]);
    expect(plain('PaO₂ of 250')).toEqual([['PaO₂', 'pao2']]);
  });
  it('applies number guards (R8)', () => {
    expect(plain('A 17 Fr cannula and a 21Fr one.').filter(([, id]) => id === 'french').map(([s]) => s)).toEqual(['Fr']);
    expect(plain('Fr. Brown said mass.')).toEqual([]);
  });
  it('finds the value of a number guard after a linking word or sign (R8)', () => {
    for (const text of ['Hct 28%', 'Hct: 28', 'Hct = 28', 'an on-bypass Hct of 30%', 'the Hct was 21%', 'Hct (24%)', 'Hct of about 25%', 'Hct ≥ 21']) {
      expect(surfaces(plain(text)), text).toEqual(['Hct']);
    }
    // No value, a value too far, or words that are not a link.
    for (const text of ['Hct and Hb were drawn.', 'Hct of the patient was 30%', 'the Hct was not 21%', 'Hct, 28']) {
      expect(plain(text), text).toEqual([]);
    }
  });
  it('matches case-sensitive symbols exactly', () => {
    expect(plain('The pH was 7.31.')).toEqual([['pH', 'ph']]);
    expect(plain('PH and Ph are not it.')).toEqual([]);
  });
});

describe('matching: negatives', () => {
  it('never matches inside a longer word', () => {
    expect(plain('ECMOlike CPBs2 preECMO')).toEqual([]);
  });
  it('does not lower-case acronyms', () => {
    expect(onPerfusionPage('We act on the map; cpb is not CPB.')).toEqual([['CPB', 'cardiopulmonary-bypass']]);
  });
  it('skips acronyms inside ALL-CAPS runs (R2)', () => {
    expect(plain('NEW CPB AND ECMO RULES ANNOUNCED')).toEqual([]);
    expect(plain('THE ACT OF PARLIAMENT')).toEqual([]);
    expect(plain('Start CPB now.')).toEqual([['CPB', 'cardiopulmonary-bypass']]);
    // Capitals beyond ASCII and digits after the first letter count; a number is not a caps word.
    expect(plain('NOUVELLE ÉTUDE CPB')).toEqual([]);
    expect(plain('ON CPB IN CO2 LAB')).toEqual([]);
    expect(plain('Since 2024 CPB 2025 rules')).toEqual([['CPB', 'cardiopulmonary-bypass']]);
  });
  it('never marks generic words bare', () => {
    expect(onPerfusionPage('Check the pump before every case.')).toEqual([]);
    expect(onPerfusionPage('Check the roller pump.')).toEqual([['roller pump', 'roller-pump']]);
  });
  it('gates ambiguous acronyms by page context (R3)', () => {
    expect(plain('The ACT was 480 s.')).toEqual([]);
    expect(plain('An MAP of 65 mmHg.')).toEqual([]);
    expect(onPerfusionPage('The ACT was 480 s.')).toEqual([['ACT', 'act']]);
    // Same paragraph as an unambiguous term is enough.
    expect(plain('On CPB the ACT was 480 s.')).toEqual([['CPB', 'cardiopulmonary-bypass'], ['ACT', 'act']]);
  });
  it('does not take a page that names only drugs for a page about perfusion (R3)', () => {
    const drug = (id: string) => ({ ...FIXTURE_ENTRIES[0], id, term: id, matching: undefined, category: 'pharmacology', tags: ['pharmacology'] }) as Entry;
    const compiled = compileMatchData([...FIXTURE_ENTRIES, drug('zebrafentanyl'), drug('zebraketamine')]);
    // As the content script gets it: the flag survives the shipped form.
    const data = loadMatchData(serializeMatchData(compiled), compiled.prescan);
    const marks = (...paragraphs: string[]) => markParagraphs(paragraphs, {}, data).map(([s]) => s);
    expect(marks('Police seized zebrafentanyl and zebraketamine.', 'The ACT was passed.')).toEqual(['zebrafentanyl', 'zebraketamine']);
    // One drug beside one term that is not a drug is enough; so is a drug in the same paragraph.
    expect(marks('Zebrafentanyl was given on CPB.', 'The ACT was 480 s.')).toEqual(['Zebrafentanyl', 'CPB', 'ACT']);
    expect(marks('After zebrafentanyl the ACT was 480 s.')).toEqual(['zebrafentanyl', 'ACT']);
  });
  it('looks for a near phrase within the window, in words, on either side', () => {
    const map = [['MAP', 'map']];
    expect(onPerfusionPage('The MAP one two three four five six seven mmHg')).toEqual(map);
    expect(onPerfusionPage('The MAP one two three four five six seven eight mmHg')).toEqual([]);
    expect(onPerfusionPage('mmHg one two three four five six seven MAP today')).toEqual(map);
    expect(onPerfusionPage('mmHg one two three four five six seven eight MAP today')).toEqual([]);
    // Symbols between do not count as words.
    expect(onPerfusionPage('The MAP, one, two, three: four five six seven mmHg')).toEqual(map);
  });
  it('applies local guards (R5)', () => {
    expect(onPerfusionPage('Mortality fell (OR 0.7, 95% CI 0.5-0.9).')).toEqual([]);
    expect(onPerfusionPage('A CI of 2.4 L/min/m2 was reached.')).toEqual([['CI', 'ci']]);
    expect(onPerfusionPage('The MAP kinase pathway.')).toEqual([]);
    expect(onPerfusionPage('A MAP of 65 mmHg.')).toEqual([['MAP', 'map']]);
    expect(onPerfusionPage('ACT scores rose this year.')).toEqual([]);
    // A hyphen joins a guard word like a space does.
    expect(onPerfusionPage('ACT-scores rose this year.')).toEqual([]);
    expect(onPerfusionPage('Mortality fell (OR 0.7, 95%-CI 0.5-0.9).')).toEqual([]);
    expect(onPerfusionPage('The ACT-guided dose was given.')).toEqual([['ACT', 'act']]);
  });
  it('lets the page define an acronym differently (R4)', () => {
    const page = ['On CPB we recorded everything.', 'Mitral annuloplasty (MAP) was done.', 'The MAP ring held at 60 mmHg.'];
    expect(markParagraphs(page).map(([s]) => s)).toEqual(['CPB']);
  });
  it('confirms an acronym defined with our long form', () => {
    const page = ['Patients on CPB.', 'Mean arterial pressure (MAP) was kept at 65 mmHg.'];
    expect(markParagraphs(page)).toEqual([
      ['CPB', 'cardiopulmonary-bypass'],
      ['Mean arterial pressure', 'map'],
      ['MAP', 'map'],
    ]);
  });
  it('marks "defined-only" forms only where the page defines them, and picks the sense', () => {
    expect(markParagraphs(['Give CP every 20 minutes.'])).toEqual([]);
    expect(markParagraphs(['Cardioplegia (CP) was given.', 'Give CP again.']).map(([, id]) => id)).toEqual(['cp', 'cp', 'cp']);
    const sense = markParagraphs(['On CPB, retrograde cardioplegia (RCP) was given.', 'RCP flow was 200 mL/min.']);
    expect(sense.filter(([s]) => s === 'RCP').map(([, id]) => id)).toEqual(['rcp-cardioplegia', 'rcp-cardioplegia']);
  });
});

describe('options', () => {
  it('marks only the first occurrence when asked', () => {
    expect(markParagraphs(['CPB and CPB again.', 'More CPB.'], { firstOnly: true })).toEqual([['CPB', 'cardiopulmonary-bypass']]);
  });
  it('can turn ambiguous acronyms off or always on', () => {
    expect(markParagraphs(['On CPB the ACT was 480 s.'], { ambiguous: 'never' }).map(([s]) => s)).toEqual(['CPB']);
    expect(markParagraphs(['The ACT was 480 s.'], { ambiguous: 'always' }).map(([s]) => s)).toEqual(['ACT']);
  });
});

describe('pre-filter', () => {
  it('lets through exactly the texts that contain a word starting a form', async () => {
    const { Matcher } = await import('../../src/core/match/matcher');
    const { FIXTURE_DATA } = await import('../support/fixture-glossary');
    const m = new Matcher(FIXTURE_DATA);
    expect(m.mayMatch('nothing to see here')).toBe(false);
    expect(m.mayMatch('on CPB')).toBe(true);
    expect(m.mayMatch('Cardiopulmonary')).toBe(true);
    expect(m.mayMatch('cardio\u00adpulmonary')).toBe(true);
    expect(m.mayMatch('pre-ECMO')).toBe(true);
    expect(m.mayMatch('ECMOlike')).toBe(false);
  });
});
