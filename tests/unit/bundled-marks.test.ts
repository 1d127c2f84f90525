/**
 * The bundled glossary's own forms and rules on sentences of the kind clinical notes about
 * bypass and ECMO use (written for this test). Each case comes from a term the notes in the
 * shared corpus used and the glossary missed, split or mis-marked (glossary review pass 5).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../scripts/glossary-load';
import { compileMatchData } from '../../src/core/match/match-data';
import { markParagraphs } from '../support/match-text';

const { entries } = loadGlossary(join(__dirname, '..', '..', 'glossary', 'entries'));
const data = compileMatchData(entries);

const plain = (text: string) => markParagraphs([text], {}, data);
/** `text` on a page that is about perfusion (its first paragraph says so). */
const onPerfusionPage = (text: string) => markParagraphs(['Notes on cardiopulmonary bypass and ECMO.', text], {}, data).slice(2);

describe('the bundled glossary on clinical notes', () => {
  it('marks the ventilator settings beside ECMO: FiO2 and PEEP', () => {
    expect(plain('Ventilate with PEEP 10 cmH2O and FiO₂ 0.4.')).toEqual([
      ['PEEP', 'positive-end-expiratory-pressure'],
      ['FiO₂', 'fraction-of-inspired-oxygen'],
    ]);
    // Lower case is the English verb, an all-caps run is a headline.
    expect(plain('Take a peep at the FIRST PEEP SHOW REVIEW.')).toEqual([]);
    // Auto-PEEP is gas trapped by incomplete expiration, not the setting.
    expect(plain('Watch for auto-PEEP and intrinsic PEEP in asthma.')).toEqual([]);
  });

  it('names HIT with thrombosis as one term, HITT only on perfusion pages', () => {
    expect(plain('Heparin-induced thrombotic thrombocytopaenia after valve surgery.')).toEqual([
      ['Heparin-induced thrombotic thrombocytopaenia', 'heparin-induced-thrombocytopenia'],
    ]);
    expect(plain('HIT with thrombosis needs a non-heparin anticoagulant.').map(([, id]) => id)).toEqual(['heparin-induced-thrombocytopenia', 'heparin']);
    expect(onPerfusionPage('Suspected HITT on day 6.')).toEqual([['HITT', 'heparin-induced-thrombocytopenia']]);
    expect(plain('Suspected HITT on day 6.')).toEqual([]);
  });

  it('marks TOE on a perfusion page without other echo words nearby, and nowhere else', () => {
    expect(onPerfusionPage('Confirm the position with TOE.')).toEqual([['TOE', 'transesophageal-echocardiography']]);
    expect(plain('Confirm the position with TOE.')).toEqual([]);
  });

  it('does not mark sodium inside the name of a drug salt', () => {
    for (const text of ['Sodium valproate was stopped.', 'Give sodium nitroprusside for hypertension.', 'Warfarin sodium was held for five days.', 'Docusate sodium at night.', 'Draw the gas into a sodium heparin syringe.']) {
      expect(onPerfusionPage(text).filter(([, id]) => id === 'sodium'), text).toEqual([]);
    }
    expect(onPerfusionPage('Serum sodium fell to 128 mmol/L after the prime.')).toEqual([['Serum sodium', 'sodium']]);
    expect(onPerfusionPage('Check the sodium after each bicarbonate dose.').map(([, id]) => id)).toContain('sodium');
  });

  it('reads FGF as the sweep only near gas-exchange words, on perfusion pages', () => {
    expect(onPerfusionPage('Turn the ECMO FGF down to 2 L/min.')).toEqual([
      ['ECMO', 'extracorporeal-membrane-oxygenation'],
      ['FGF', 'sweep-gas'],
    ]);
    // The anesthetic machine's fresh gas, and the growth factor.
    expect(onPerfusionPage('Low-flow anesthesia with an FGF of 1 L/min.')).toEqual([]);
    expect(onPerfusionPage('FGF signalling drives fibroblast growth.')).toEqual([]);
    expect(plain('Turn the FGF down to 2 L/min.')).toEqual([]);
  });

  it('knows MOF, MABP, CESAR and EOLIA where the page is about perfusion', () => {
    expect(onPerfusionPage('Poor outcome once MOF is established.')).toEqual([['MOF', 'multiple-organ-dysfunction-syndrome']]);
    expect(plain('A porous MOF adsorbs carbon dioxide.')).toEqual([]);
    expect(plain('MABP 65 mmHg.')).toEqual([['MABP', 'mean-arterial-pressure']]);
    expect(onPerfusionPage('CESAR randomised referral to an ECMO centre.').map(([, id]) => id)).toEqual(['cesar-trial', 'extracorporeal-membrane-oxygenation']);
    expect(onPerfusionPage('EOLIA was stopped early for futility.')).toEqual([['EOLIA', 'eolia-trial']]);
  });

  it('reads P/F alone as the oxygenation ratio only beside oxygenation words', () => {
    expect(onPerfusionPage('Consider ECMO if P/F < 80 mmHg for 6 hours.').map(([, id]) => id)).toEqual(['extracorporeal-membrane-oxygenation', 'pao2-fio2-ratio']);
    expect(onPerfusionPage('The course modules are graded P/F only.')).toEqual([]);
  });

  it('reads recirculation as the ECMO kind within a sentence of the cannula or gas-exchange words', () => {
    expect(onPerfusionPage('Recirculation means that blood leaving the device by the return cannula is drawn straight back in.').map(([, id]) => id)).toContain('recirculation');
    expect(onPerfusionPage('Recirculation of the prime through the filter clears air before the case.')).toEqual([]);
  });
});
