/**
 * A small glossary written for tests: each entry exercises one matching rule. Independent of
 * the real glossary so that matcher tests keep their meaning while the content changes.
 */
import type { Entry } from '../../src/core/glossary/schema';
import { compileMatchData, type DeferredMatchData, deferredMatchData, serializeMatchData } from '../../src/core/match/match-data';

const base = { sources: ['Test fixture'], reviewed: '2026-11-24' };
const def = 'A definition long enough to pass the schema check.';

export const FIXTURE_ENTRIES: Entry[] = [
  { ...base, id: 'cardiopulmonary-bypass', term: 'cardiopulmonary bypass', abbreviations: ['CPB'], category: 'fundamentals', definition: def, tags: ['pbse'] },
  { ...base, id: 'ecmo', term: 'extracorporeal membrane oxygenation', abbreviations: ['ECMO'], category: 'ecls', definition: def, tags: ['ecls'] },
  { ...base, id: 'va-ecmo', term: 'veno-arterial ECMO', abbreviations: ['VA-ECMO', 'V-A ECMO'], category: 'ecls', definition: def, tags: ['ecls'] },
  { ...base, id: 'act', term: 'activated clotting time', abbreviations: ['ACT'], category: 'anticoagulation', definition: def, tags: ['hemostasis'],
    matching: { ACT: { match: 'context', notAfter: ['score', 'scores', 'test'] } } },
  { ...base, id: 'map', term: 'mean arterial pressure', abbreviations: ['MAP'], category: 'hemodynamics', definition: def, tags: ['monitoring'],
    matching: { MAP: { match: 'context', near: ['mmHg', 'mean arterial'], window: 8, notAfter: ['kinase'] } } },
  { ...base, id: 'ci', term: 'cardiac index', abbreviations: ['CI'], category: 'hemodynamics', definition: def, tags: ['monitoring'],
    matching: { CI: { match: 'context', near: ['L/min/m2'], notBefore: ['%'] } } },
  { ...base, id: 'do2i', term: 'indexed oxygen delivery', abbreviations: ['DO2i'], aliases: ['oxygen delivery index'], category: 'physiology', definition: def, tags: ['monitoring'] },
  { ...base, id: 'pao2', term: 'arterial oxygen partial pressure', abbreviations: ['PaO2'], category: 'physiology', definition: def, tags: ['monitoring'] },
  { ...base, id: 'pump', term: 'pump', category: 'circuit', definition: def, tags: ['equipment'], matching: { pump: { match: 'never' } } },
  { ...base, id: 'roller-pump', term: 'roller pump', category: 'circuit', definition: def, tags: ['equipment'] },
  { ...base, id: 'cannula', term: 'cannula', plurals: ['cannulae'], category: 'cannulation', definition: def, tags: ['equipment'],
    matching: { cannula: { match: 'context' }, cannulae: { match: 'context' } } },
  { ...base, id: 'ischemia', term: 'ischemia', british: ['ischaemia'], category: 'pathology', definition: def, tags: ['pathophysiology'] },
  { ...base, id: 'cross-clamp', term: 'aortic cross-clamp', category: 'myocardial-protection', definition: def, tags: ['myocardial-protection'] },
  { ...base, id: 'cross-clamp-time', term: 'aortic cross-clamp time', category: 'myocardial-protection', definition: def, tags: ['myocardial-protection'] },
  { ...base, id: 'french', term: 'French gauge', abbreviations: ['Fr'], category: 'cannulation', definition: def, tags: ['equipment'],
    matching: { Fr: { number: 'before' } } },
  { ...base, id: 'hematocrit', term: 'hematocrit', abbreviations: ['Hct'], category: 'lab-values', definition: def, tags: ['pbse'],
    matching: { Hct: { number: 'after' } } },
  { ...base, id: 'lvad', term: 'left ventricular assist device', abbreviations: ['LVAD'], category: 'mcs', definition: def, tags: ['mcs'] },
  { ...base, id: 'ph', term: 'pH', category: 'physiology', definition: def, tags: ['pbse'], matching: { pH: { case: 'sensitive' } } },
  { ...base, id: 'rcp-cerebral', term: 'retrograde cerebral perfusion', abbreviations: ['RCP'], category: 'temperature', definition: def, tags: ['cpb-conduct'],
    matching: { RCP: { match: 'context' } } },
  { ...base, id: 'rcp-cardioplegia', term: 'retrograde cardioplegia', abbreviations: ['RCP'], category: 'myocardial-protection', definition: def, tags: ['myocardial-protection'],
    matching: { RCP: { match: 'defined' } } },
  { ...base, id: 'cp', term: 'cardioplegia', abbreviations: ['CP'], category: 'myocardial-protection', definition: def, tags: ['myocardial-protection'],
    matching: { CP: { match: 'defined' } } },
] as Entry[];

export const FIXTURE_DATA = compileMatchData(FIXTURE_ENTRIES);
export const entryIdOf = (e: number) => FIXTURE_DATA.entries[e].id;

/** The fixture's match data shipped as the content script ships it: pre-scan sets and the rest. */
export const FIXTURE_TEXTS = { prescan: JSON.stringify(FIXTURE_DATA.prescan), data: JSON.stringify(serializeMatchData(FIXTURE_DATA)) };

/** The fixture's match data, parsed in two steps as the content script parses it. */
export function deferredFixtureData(): DeferredMatchData {
  return deferredMatchData(FIXTURE_TEXTS.prescan, FIXTURE_TEXTS.data);
}
