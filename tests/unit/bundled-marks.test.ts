/**
 * The bundled glossary's own forms and rules on sentences of the kind clinical notes about
 * bypass and ECMO use (written for this test). Each case comes from a term the notes in the
 * shared corpus used and the glossary missed, split or mis-marked (glossary review pass 5), or
 * from a coverage gap filled in passes 6 and 8–13, with the guards that keep its ordinary-word
 * forms off other pages.
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

  it('reads RRT as renal replacement therapy near kidney or filter words, never as the rapid response team', () => {
    expect(plain('Renal replacement therapy was started on day 2.')).toEqual([['Renal replacement therapy', 'renal-replacement-therapy']]);
    expect(onPerfusionPage('Start RRT for oliguric AKI while she is on ECMO.')).toContainEqual(['RRT', 'renal-replacement-therapy']);
    expect(onPerfusionPage('KRT was needed for refractory hyperkalemia.')).toContainEqual(['KRT', 'renal-replacement-therapy']);
    // The hospital's rapid response team: no kidney words, or "team" / "called" right after it.
    expect(plain('The RRT was called to the ward at 3 am.')).toEqual([]);
    expect(onPerfusionPage('The RRT was called to the ward at 3 am.')).toEqual([]);
    expect(onPerfusionPage('Call the RRT team if the patient with AKI deteriorates.').filter(([, id]) => id === 'renal-replacement-therapy')).toEqual([]);
  });

  it('knows drainage insufficiency on ECMO by its bedside names, and leaves chattering teeth alone', () => {
    expect(plain('The ECMO lines were chugging, so the pump speed was reduced.')).toContainEqual(['chugging', 'venous-line-chatter']);
    expect(onPerfusionPage('The drainage lines were chattering at 4000 rpm.')).toEqual([['chattering', 'venous-line-chatter']]);
    expect(onPerfusionPage('A suck-down of the IVC around the drainage cannula stopped the flow.')).toContainEqual(['suck-down', 'venous-line-chatter']);
    expect(onPerfusionPage('Access insufficiency on ECMO is treated by lowering the pump speed.')).toContainEqual(['Access insufficiency', 'venous-line-chatter']);
    // The same words in their everyday senses, even on a perfusion page.
    expect(onPerfusionPage('Her teeth were chattering in the cold recovery room.')).toEqual([]);
    expect(onPerfusionPage('They were chugging coffee before the night shift.')).toEqual([]);
    expect(onPerfusionPage('Students suck down milkshakes after the exam.')).toEqual([]);
    expect(onPerfusionPage('Dialysis access insufficiency is common in old fistulas.')).toEqual([]);
  });

  it('gives PF4 its own entry and keeps the antibody and its tests apart', () => {
    expect(plain('PF4 is released from activated platelets.')).toEqual([['PF4', 'platelet-factor-4']]);
    expect(plain('Large PF4/heparin complexes form when both are present.').map(([, id]) => id)).toEqual(['platelet-factor-4']);
    expect(plain('The anti-PF4 result was negative.')).toEqual([['anti-PF4', 'platelet-factor-4-antibody']]);
    expect(plain('Send a PF4/heparin ELISA and an SRA before surgery.')).toEqual([
      ['PF4/heparin ELISA', 'platelet-factor-4-antibody'],
      ['SRA', 'serotonin-release-assay'],
    ]);
    expect(onPerfusionPage('The 4Ts score was 2, so HIT was unlikely.')).toEqual([['4Ts score', '4ts-score']]);
    // SRA is also the Sequence Read Archive.
    expect(onPerfusionPage('Sequence data were deposited in the SRA.')).toEqual([]);
  });

  it('marks ROSC, the no-flow and low-flow times and TTM beside resuscitation words', () => {
    expect(onPerfusionPage('ROSC was achieved after 12 minutes of CPR.')).toEqual([['ROSC', 'return-of-spontaneous-circulation']]);
    expect(plain('ROSC was achieved after 12 minutes of CPR.')).toEqual([]);
    expect(onPerfusionPage('The no-flow time was 2 minutes and the low-flow time 45 minutes before ECPR.').map(([, id]) => id)).toEqual([
      'no-flow-time',
      'low-flow-time',
      'extracorporeal-cardiopulmonary-resuscitation',
    ]);
    // Low-flow bypass in deep hypothermia is another low-flow time.
    expect(onPerfusionPage('The low-flow time during deep hypothermia was 30 minutes.').filter(([, id]) => id === 'low-flow-time')).toEqual([]);
    expect(onPerfusionPage('TTM at 36 degrees was used after the cardiac arrest.')).toContainEqual(['TTM', 'targeted-temperature-management']);
    expect(onPerfusionPage('TTM revenue rose last quarter.')).toEqual([]);
  });

  it('knows blood viscosity, hyperoxemia, circuit drug sequestration and atrial septostomy', () => {
    expect(onPerfusionPage('The viscosity of the prime falls with hemodilution.')).toContainEqual(['viscosity', 'blood-viscosity']);
    expect(onPerfusionPage('Engine oil viscosity matters in winter.')).toEqual([]);
    expect(onPerfusionPage('Hyperoxemia on VA-ECMO has been linked to mortality.')).toContainEqual(['Hyperoxemia', 'hyperoxemia']);
    expect(onPerfusionPage('Drug sequestration in the ECMO circuit lowers fentanyl levels.')).toContainEqual(['Drug sequestration', 'circuit-drug-sequestration']);
    expect(plain('A balloon atrial septostomy was done at the bedside.')).toEqual([['balloon atrial septostomy', 'atrial-septostomy']]);
  });

  it('keeps the pass 6 words off their other senses on perfusion pages (second read)', () => {
    // The reversible causes of cardiac arrest are the 4Hs and 4Ts, not the HIT score.
    expect(onPerfusionPage('During ECPR the team works through the 4Hs and 4Ts while heparin is drawn up.').filter(([, id]) => id === '4ts-score')).toEqual([]);
    expect(onPerfusionPage('The 4Ts were 6 points, so heparin was stopped.')).toContainEqual(['4Ts', '4ts-score']);
    // Plasma viscosity is its own laboratory test; oil and contrast media have viscosities too.
    expect(onPerfusionPage('Plasma viscosity was high in the patient with myeloma.').filter(([, id]) => id === 'blood-viscosity')).toEqual([]);
    expect(onPerfusionPage('Honey viscosity rises as the temperature falls, slowing its flow.')).toEqual([]);
    expect(onPerfusionPage('Check the viscosity index of the oil before the blood pump is serviced.').filter(([, id]) => id === 'blood-viscosity')).toEqual([]);
    expect(onPerfusionPage('Higher viscosity raises the pressure drop across the drainage cannula.')).toContainEqual(['viscosity', 'blood-viscosity']);
    // Lysosomal trapping of drugs in cells is another drug sequestration.
    expect(onPerfusionPage('Lysosomal drug sequestration across the cell membrane causes drug resistance.')).toEqual([]);
    // Idioms and dialysis access.
    expect(onPerfusionPage('The ECMO program kept chugging along despite the pump shortage.').filter(([, id]) => id === 'venous-line-chatter')).toEqual([]);
    expect(onPerfusionPage('Hemodialysis access insufficiency needs a new line.')).toEqual([]);
    // TTM beside an OHCA or a temperature in degrees; SRA beside its percent release.
    expect(onPerfusionPage('TTM at 33 °C was started after the OHCA.')).toContainEqual(['TTM', 'targeted-temperature-management']);
    expect(onPerfusionPage('The SRA showed 80% serotonin release.')).toContainEqual(['SRA', 'serotonin-release-assay']);
    expect(onPerfusionPage('The SRA showed 80% release.')).toContainEqual(['SRA', 'serotonin-release-assay']);
  });

  it('marks the neonatal ECMO indications of pass 8, and keeps CDH and MAS off their other senses', () => {
    expect(plain('Congenital diaphragmatic hernia and PPHN are leading reasons for neonatal ECMO.')).toEqual([
      ['Congenital diaphragmatic hernia', 'congenital-diaphragmatic-hernia'],
      ['PPHN', 'persistent-pulmonary-hypertension-of-the-newborn'],
      ['neonatal ECMO', 'pediatric-ecmo'],
    ]);
    expect(plain('The CDH baby went on VA ECMO on day 2.')).toContainEqual(['CDH', 'congenital-diaphragmatic-hernia']);
    // Congenital dislocation of the hip, even on a page about perfusion.
    expect(onPerfusionPage('CDH in the hip clinic: a Pavlik harness was fitted.')).toEqual([]);
    // MAS only where the page spells it out (macrophage activation syndrome is the commoner MAS).
    expect(plain('Meconium aspiration syndrome (MAS) responded to surfactant; MAS rarely needs ECMO now.').filter(([, id]) => id === 'meconium-aspiration-syndrome')).toEqual([
      ['Meconium aspiration syndrome', 'meconium-aspiration-syndrome'],
      ['MAS', 'meconium-aspiration-syndrome'],
      ['MAS', 'meconium-aspiration-syndrome'],
    ]);
    expect(onPerfusionPage('MAS is a feared complication of juvenile arthritis.')).toEqual([]);
  });

  it('names the congenital repairs of pass 8 by their eponyms, never the bare words', () => {
    expect(plain("Ebstein's anomaly with a huge right atrium; the Mustard procedure and the Senning operation; a Rastelli repair.")).toEqual([
      ["Ebstein's anomaly", 'ebstein-anomaly'],
      ['right atrium', 'right-atrium'],
      ['Mustard procedure', 'atrial-switch-operation'],
      ['Senning operation', 'atrial-switch-operation'],
      ['Rastelli repair', 'rastelli-procedure'],
    ]);
    expect(onPerfusionPage('Add mustard to the sandwich.')).toEqual([]);
    // DKS, also a ticker, only where the page names the operation first.
    expect(plain('A Damus-Kaye-Stansel (DKS) anastomosis was made, and the DKS stayed competent.').map(([, id]) => id)).toEqual(['damus-kaye-stansel-procedure', 'damus-kaye-stansel-procedure', 'damus-kaye-stansel-procedure']);
    expect(onPerfusionPage('The DKS was done at 3 months.')).toEqual([]);
    expect(plain('ALCAPA presents in infancy with heart failure.')).toContainEqual(['ALCAPA', 'anomalous-left-coronary-artery-from-the-pulmonary-artery']);
  });

  it('marks aortic repair and cord monitoring terms of pass 8; MEPs in parliament stay unmarked', () => {
    expect(plain('After TEVAR a CSF drain was placed to prevent spinal cord ischemia.')).toEqual([
      ['TEVAR', 'thoracic-endovascular-aortic-repair'],
      ['spinal cord ischemia', 'spinal-cord-ischemia'],
    ]);
    expect(plain('Repair of a thoracoabdominal aortic aneurysm on left heart bypass.')).toContainEqual(['thoracoabdominal aortic aneurysm', 'thoracoabdominal-aortic-aneurysm']);
    expect(onPerfusionPage('Transcranial MEP amplitudes fell after the clamp; SSEP latency was stable.')).toEqual([
      ['MEP', 'motor-evoked-potential'],
      ['SSEP', 'somatosensory-evoked-potential'],
    ]);
    expect(onPerfusionPage('MEPs voted in Strasbourg on Tuesday.')).toEqual([]);
    expect(onPerfusionPage('SEP is short for September.')).toEqual([]);
    expect(plain('A PFO was found on TEE before the LVAD.')).toContainEqual(['PFO', 'patent-foramen-ovale']);
    // Paphos airport's code on a travel page.
    expect(plain('Flights from PFO to London.')).toEqual([]);
  });

  it('marks the pass 8 drugs by name, and the body’s own prostacyclin only on perfusion pages', () => {
    expect(plain('Amiodarone 300 mg for VF; isoprenaline after transplant; inhaled epoprostenol; phentolamine; esmolol.')).toEqual([
      ['Amiodarone', 'amiodarone'],
      ['isoprenaline', 'isoproterenol'],
      ['inhaled epoprostenol', 'epoprostenol'],
      ['phentolamine', 'phentolamine'],
      ['esmolol', 'esmolol'],
    ]);
    expect(plain('Prostacyclin is made by the endothelium.')).toEqual([]);
    expect(onPerfusionPage('Inhaled prostacyclin lowered the PVR after bypass.')).toContainEqual(['prostacyclin', 'epoprostenol']);
    expect(plain('Alteplase was given for the stroke.')).toEqual([['Alteplase', 'tissue-plasminogen-activator']]);
  });

  it('marks the ventilator settings of pass 9 beside ECMO, and none of their everyday words', () => {
    expect(plain('Keep the plateau pressure under 30 cmH2O and the driving pressure under 15 cmH2O with a tidal volume of 6 mL/kg.')).toEqual([
      ['plateau pressure', 'plateau-pressure'],
      ['driving pressure', 'driving-pressure'],
      ['tidal volume', 'tidal-volume'],
    ]);
    expect(plain('Prone positioning for 16 hours improved the PaO2/FiO2 in ARDS.')).toContainEqual(['Prone positioning', 'prone-positioning']);
    expect(onPerfusionPage('Babies should not sleep in the prone position.')).toEqual([]);
    // The coronary driving pressure is a blood-flow gradient, not the ventilator's.
    expect(onPerfusionPage('The coronary driving pressure is the diastolic pressure minus the LVEDP.').filter(([, id]) => id === 'driving-pressure')).toEqual([]);
    expect(plain('Static compliance was 18 mL/cmH2O on day 3 of ECMO.')).toContainEqual(['Static compliance', 'respiratory-system-compliance']);
    expect(onPerfusionPage('Tax compliance rose this year.')).toEqual([]);
    expect(onPerfusionPage('ICP rose to 25 mmHg after the bleed.')).toEqual([['ICP', 'intracranial-pressure']]);
    expect(onPerfusionPage('The ICP board met on Tuesday. ICP-MS measured the lead.')).toEqual([]);
    expect(plain('Use predicted body weight for the tidal volume.')).toContainEqual(['predicted body weight', 'ideal-body-weight']);
    // ΔP with mmHg beside the oxygenator is the membrane's; a ventilator's ΔP needs the page to say so.
    expect(plain('The oxygenator ΔP rose to 60 mmHg on ECMO.')).toContainEqual(['ΔP', 'membrane-pressure-drop']);
    expect(plain('On ECMO the ventilator ΔP was kept at 10.').filter(([, id]) => id === 'membrane-pressure-drop')).toEqual([]);
  });

  it('marks the events of the cardiac operation from pass 9, keeping SAM to the mitral valve', () => {
    expect(plain('SAM after mitral repair with LVOT obstruction; LVOTO gradient 60 mmHg.')).toEqual([
      ['SAM', 'systolic-anterior-motion-of-the-mitral-valve'],
      ['mitral repair', 'mitral-valve-repair'],
      ['LVOT obstruction', 'left-ventricular-outflow-tract-obstruction'],
      ['LVOTO', 'left-ventricular-outflow-tract-obstruction'],
    ]);
    expect(onPerfusionPage('SAM-e supplements for mood; Uncle SAM wants you.')).toEqual([]);
    expect(plain('Internal defibrillation at 10 J after the cross-clamp came off; the internal paddles were ready.').map(([, id]) => id)).toEqual([
      'internal-defibrillation',
      'aortic-cross-clamp',
      'internal-defibrillation',
    ]);
    expect(plain('Emergency resternotomy within 5 minutes in the ICU; DSWI after bilateral ITA harvest.')).toEqual([
      ['Emergency resternotomy', 'emergency-resternotomy'],
      ['DSWI', 'deep-sternal-wound-infection'],
    ]);
    expect(onPerfusionPage('Surgical antibiotic prophylaxis with cefazolin was redosed at 4 hours.')).toEqual([['Surgical antibiotic prophylaxis', 'surgical-antibiotic-prophylaxis']]);
  });

  it('knows the hemostasis proteins and ECMO hardware of pass 9; FDP and VWF keep their other senses', () => {
    expect(plain('von Willebrand factor multimers are lost on ECMO; vWF antigen was low.').filter(([, id]) => id === 'von-willebrand-factor')).toEqual([
      ['von Willebrand factor', 'von-willebrand-factor'],
      ['vWF', 'von-willebrand-factor'],
    ]);
    expect(plain('VWF at work: vibration white finger from power tools.')).toEqual([]);
    expect(plain('FDP and D-dimer were high in DIC.')).toContainEqual(['FDP', 'fibrin-degradation-products']);
    expect(onPerfusionPage('The FDP won seats in the Bundestag.')).toEqual([]);
    expect(plain('Plasminogen is converted to plasmin.')).toEqual([['Plasminogen', 'plasminogen']]);
    expect(plain('A ProtekDuo was placed; a Cardiohelp with a Quadrox oxygenator went on the transport.')).toEqual([
      ['ProtekDuo', 'protekduo'],
      ['Cardiohelp', 'cardiohelp'],
      ['Quadrox oxygenator', 'quadrox'],
    ]);
  });

  it('knows the blood bank and laboratory words of pass 10, and not the astronomers’ cross-match or the bank', () => {
    expect(plain('Hyperglycaemia on bypass was treated with insulin.')).toContainEqual(['Hyperglycaemia', 'hyperglycemia']);
    expect(plain('A saline prime caused a hyperchloremic acidosis.')).toEqual([['hyperchloremic acidosis', 'hyperchloremic-metabolic-acidosis']]);
    expect(plain('Use irradiated blood for the neonate with suspected DiGeorge.')).toEqual([['irradiated blood', 'irradiated-blood-components']]);
    expect(plain('Four units were crossmatched before the redo; the crossmatch took 40 minutes.')).toEqual([
      ['crossmatched', 'crossmatch'],
      ['crossmatch', 'crossmatch'],
    ]);
    expect(onPerfusionPage('We cross-matched the two star catalogues.')).toEqual([]);
    // The transplant laboratory's HLA crossmatch is another test.
    expect(onPerfusionPage('A virtual crossmatch with HLA antibodies before the kidney transplant.').filter(([, id]) => id === 'crossmatch')).toEqual([]);
    expect(plain('Two units of uncrossmatched O-negative blood were given.')).toEqual([['uncrossmatched', 'emergency-release-blood']]);
    expect(plain('NT-proBNP was 2,400 pg/mL and BNP 600 pg/mL.')).toEqual([
      ['NT-proBNP', 'b-type-natriuretic-peptide'],
      ['BNP', 'b-type-natriuretic-peptide'],
    ]);
    expect(onPerfusionPage('BNP Paribas shares fell.')).toEqual([]);
  });

  it('knows the echo measures, drains and sedatives of pass 11, and leaves the fund, the poet and the back pain alone', () => {
    expect(plain('The LVOT VTI was 9 cm at 1.5 L/min of ECMO flow; TAPSE 14 mm.')).toEqual([
      ['LVOT VTI', 'velocity-time-integral'],
      ['ECMO', 'extracorporeal-membrane-oxygenation'],
      ['TAPSE', 'tricuspid-annular-plane-systolic-excursion'],
    ]);
    // The outflow tract itself, and its obstruction by the longer form.
    expect(plain('Measure the LVOT diameter in mid-systole; LVOT obstruction was ruled out.')).toEqual([
      ['LVOT', 'left-ventricular-outflow-tract'],
      ['LVOT obstruction', 'left-ventricular-outflow-tract-obstruction'],
    ]);
    expect(onPerfusionPage('Buy VTI shares; the Vanguard VTI ETF rose.')).toEqual([]);
    expect(onPerfusionPage('Chest tube output was 250 mL in the first hour; the mediastinal drain clotted.')).toEqual([
      ['Chest tube', 'chest-tube'],
      ['mediastinal drain', 'chest-tube'],
    ]);
    expect(plain('Fentanyl and midazolam were lost to the circuit; dexmedetomidine for the awake patient; ketamine for induction.').map(([, id]) => id)).toEqual([
      'fentanyl',
      'midazolam',
      'dexmedetomidine',
      'ketamine',
    ]);
    expect(onPerfusionPage('He is well versed in poetry.')).toEqual([]);
    expect(onPerfusionPage('Versed 2 mg was given for sedation.')).toEqual([['Versed', 'midazolam']]);
    expect(onPerfusionPage('A muscle relaxant such as rocuronium was redosed.')).toEqual([['muscle relaxant', 'neuromuscular-blocking-agent']]);
    expect(onPerfusionPage('A muscle relaxant like cyclobenzaprine for back pain.')).toEqual([]);
  });

  it('names the operations, infarct ruptures and anesthetic words of pass 12, and not the maze, the Angels or the software', () => {
    expect(plain('A Cox-Maze IV with left atrial appendage clip during mitral repair.').map(([, id]) => id)).toEqual(['maze-procedure', 'left-atrial-appendage', 'mitral-valve-repair']);
    // Rodent behavior papers run water mazes after transcardial perfusion.
    expect(onPerfusionPage('Mice ran the water maze procedure after transcardial perfusion.').filter(([, id]) => id === 'maze-procedure')).toEqual([]);
    expect(onPerfusionPage('The Los Angeles Angels (LAA) won.')).toEqual([]);
    expect(plain('Septal myectomy for HOCM relieved the SAM; HCM with a 60 mmHg gradient.').map(([, id]) => id)).toEqual([
      'septal-myectomy',
      'hypertrophic-cardiomyopathy',
      'systolic-anterior-motion-of-the-mitral-valve',
      'hypertrophic-cardiomyopathy',
    ]);
    expect(onPerfusionPage('Our HCM software manages payroll.')).toEqual([]);
    // A catheter embolectomy is another procedure.
    expect(plain('Surgical pulmonary embolectomy on bypass; catheter pulmonary embolectomy was not possible.')).toEqual([
      ['Surgical pulmonary embolectomy', 'surgical-pulmonary-embolectomy'],
    ]);
    expect(onPerfusionPage('A left atrial myxoma was removed; myxoma virus in rabbits.')).toEqual([['left atrial myxoma', 'cardiac-myxoma']]);
    expect(plain('Post-infarction ventricular septal rupture and papillary muscle rupture; LV free wall rupture.').map(([, id]) => id)).toEqual([
      'post-infarction-ventricular-septal-rupture',
      'papillary-muscle-rupture',
      'left-ventricular-free-wall-rupture',
    ]);
    expect(plain('Intraoperative awareness during rewarming; isoflurane through the oxygenator; sevoflurane induction.').filter(([, id]) => ['intraoperative-awareness', 'isoflurane', 'sevoflurane'].includes(id))).toEqual([
      ['Intraoperative awareness', 'intraoperative-awareness'],
      ['isoflurane', 'isoflurane'],
      ['sevoflurane', 'sevoflurane'],
    ]);
    expect(onPerfusionPage('Raising awareness about anesthesia awareness month.')).toEqual([]);
  });

  it('knows the transplant, device and team words of pass 13, and not embryo screening, the car or sales software', () => {
    expect(plain('Severe primary graft dysfunction needed VA-ECMO after the lung transplant.')).toContainEqual(['primary graft dysfunction', 'primary-graft-dysfunction']);
    expect(onPerfusionPage('PGD lets IVF clinics screen embryos.')).toEqual([]);
    expect(plain('A left ventricular pseudoaneurysm after the infarct; a femoral pseudoaneurysm after the cath.')).toEqual([
      ['left ventricular pseudoaneurysm', 'left-ventricular-pseudoaneurysm'],
    ]);
    expect(plain('A Rotaflow pump drove the ECMO circuit.')).toContainEqual(['Rotaflow pump', 'rotaflow']);
    expect(plain('The heart was stored in Celsior solution.')).toEqual([['Celsior solution', 'celsior-solution']]);
    expect(onPerfusionPage('He drove a Toyota Celsior.')).toEqual([]);
    expect(plain('Crisis resource management training with simulation.')).toEqual([['Crisis resource management', 'crisis-resource-management']]);
    expect(onPerfusionPage('Our CRM tool tracks sales.')).toEqual([]);
  });

  it('knows the critical-care words of pass 14 on perfusion pages, and not the fly, the amplifier or the ventilator tubing', () => {
    expect(onPerfusionPage('Sepsis after day 9; septic shock needed norepinephrine.')).toEqual([
      ['Sepsis', 'sepsis'],
      ['septic shock', 'sepsis'],
      ['norepinephrine', 'norepinephrine'],
    ]);
    expect(plain('Sepsis kills millions each year.')).toEqual([]);
    expect(plain('Fulminant myocarditis needed VA-ECMO.')).toContainEqual(['Fulminant myocarditis', 'myocarditis']);
    expect(plain('Rare myocarditis after the vaccine.')).toEqual([]);
    expect(plain('Anoxic brain injury after the arrest; hypoxic-ischaemic brain injury (HIBI).').map(([, id]) => id)).toEqual([
      'hypoxic-ischemic-brain-injury',
      'hypoxic-ischemic-brain-injury',
      'hypoxic-ischemic-brain-injury',
    ]);
    expect(plain('Hibi and HIBI are names.')).toEqual([]);
    expect(onPerfusionPage('A circuit change was needed as the oxygenator pressure drop rose.')).toContainEqual(['circuit change', 'ecmo-circuit-exchange']);
    expect(onPerfusionPage('The ventilator circuit change is due weekly.')).toEqual([]);
    expect(plain('A circuit change in the amplifier fixed the hum.')).toEqual([]);
    // The verb: the circuit changes the drug levels; the circuit is marked, not an exchange.
    expect(plain('The ECMO circuit changes the pharmacokinetics.')).toEqual([['ECMO circuit', 'ecmo-circuit']]);
  });

  it('knows the aortic and congenital words of pass 14; BAV, MFS, LDS and PAB only where the page defines them', () => {
    expect(plain('A bicuspid aortic valve (BAV) with aortopathy; the BAV was replaced.')).toEqual([
      ['bicuspid aortic valve', 'bicuspid-aortic-valve'],
      ['BAV', 'bicuspid-aortic-valve'],
      ['BAV', 'bicuspid-aortic-valve'],
    ]);
    expect(onPerfusionPage('BAV (balloon aortic valvuloplasty) before TAVI.')).toEqual([['TAVI', 'transcatheter-aortic-valve-implantation']]);
    expect(plain('Marfan syndrome and Loeys-Dietz syndrome dilate the root.')).toEqual([
      ['Marfan syndrome', 'marfan-syndrome'],
      ['Loeys-Dietz syndrome', 'loeys-dietz-syndrome'],
    ]);
    expect(onPerfusionPage('LDS members met; MFS scores.')).toEqual([]);
    expect(onPerfusionPage('The PA band was tightened at 24 mm.')).toEqual([['PA band', 'pulmonary-artery-banding']]);
    expect(plain('A PA band played at the Pennsylvania fair.')).toEqual([]);
  });

  it('names the gases and the duct drug of pass 14; nitrous oxide in farming news and prostaglandin analogs stay unmarked', () => {
    expect(plain('Desflurane (Suprane) was phased out.')).toEqual([
      ['Desflurane', 'desflurane'],
      ['Suprane', 'desflurane'],
    ]);
    expect(onPerfusionPage('Nitrous oxide was stopped before bypass; N₂O expands emboli.')).toEqual([
      ['Nitrous oxide', 'nitrous-oxide'],
      ['N₂O', 'nitrous-oxide'],
    ]);
    expect(plain('Nitrous oxide from fertilizer; N2O emissions rose.')).toEqual([]);
    expect(plain('Alprostadil (PGE1) kept the duct open.')).toEqual([
      ['Alprostadil', 'alprostadil'],
      ['PGE1', 'alprostadil'],
    ]);
    expect(plain('Misoprostol is a prostaglandin E1 analog.')).toEqual([]);
  });

  it('knows the congenital lesions of pass 15; TA and PS only where defined, DORV not in German village shops', () => {
    expect(plain('Tricuspid atresia (TA) type Ib; the TA repair.').map(([, id]) => id)).toEqual(['tricuspid-atresia', 'tricuspid-atresia', 'tricuspid-atresia']);
    expect(onPerfusionPage('DORV with a subaortic VSD.')).toEqual([
      ['DORV', 'double-outlet-right-ventricle'],
      ['VSD', 'ventricular-septal-defect'],
    ]);
    expect(plain('Das DORV-Zentrum im Dorf.')).toEqual([]);
    expect(onPerfusionPage('Pulmonic stenosis; PS 10 on the ventilator.')).toEqual([['Pulmonic stenosis', 'pulmonary-stenosis']]);
    expect(plain('DiGeorge syndrome (22q11.2DS); distal 22q11.2 deletion syndrome is another.')).toEqual([
      ['DiGeorge syndrome', '22q11-2-deletion-syndrome'],
      ['22q11.2DS', '22q11-2-deletion-syndrome'],
    ]);
  });

  it('names the anticoagulants and reversal agents of pass 15 by generic and trade names', () => {
    expect(plain('Nafamostat mesilate (Futhan) in the CRRT circuit; fondaparinux (Arixtra) for HIT.').map(([t, id]) => `${t}=${id}`)).toEqual([
      'Nafamostat mesilate=nafamostat-mesylate',
      'Futhan=nafamostat-mesylate',
      'CRRT=continuous-renal-replacement-therapy',
      'fondaparinux=fondaparinux',
      'Arixtra=fondaparinux',
    ]);
    expect(plain('Andexanet alfa (Andexxa) before bypass; idarucizumab (Praxbind) for dabigatran.').map(([, id]) => id)).toEqual([
      'andexanet-alfa',
      'andexanet-alfa',
      'idarucizumab',
      'idarucizumab',
    ]);
  });

  it('marks whole blood as a product on perfusion pages, never as a specimen; 2,3-DPG, COHb and CO-oximetry, not pulse CO-oximetry', () => {
    expect(onPerfusionPage('The prime used fresh whole blood; whole blood glucose; venous whole blood samples.')).toEqual([
      ['fresh whole blood', 'whole-blood'],
      ['blood glucose', 'blood-glucose'],
    ]);
    expect(plain('Fresh whole blood from the market.')).toEqual([]);
    expect(plain('Stored cells lose 2,3-DPG; DPG alone is a pension plan.')).toEqual([['2,3-DPG', '2-3-diphosphoglycerate']]);
    expect(plain('COHb 3 % on CO-oximetry; a pulse CO-oximetry reading.')).toEqual([
      ['COHb', 'carboxyhemoglobin'],
      ['CO-oximetry', 'co-oximetry'],
    ]);
  });

  it('knows the cardiac conditions and repairs of pass 16; TEER not in cell biology, TTS only where defined', () => {
    expect(plain('A left ventricular aneurysm after the infarct; constrictive pericarditis after radiation.')).toEqual([
      ['left ventricular aneurysm', 'left-ventricular-aneurysm'],
      ['constrictive pericarditis', 'constrictive-pericarditis'],
    ]);
    expect(plain('TEER with a MitraClip for mitral regurgitation.').map(([, id]) => id)).toEqual([
      'transcatheter-edge-to-edge-repair',
      'transcatheter-edge-to-edge-repair',
      'mitral-regurgitation',
    ]);
    expect(onPerfusionPage('TEER values of the epithelial monolayer.')).toEqual([]);
    expect(plain('Takotsubo cardiomyopathy after the funeral.')).toEqual([['Takotsubo cardiomyopathy', 'takotsubo-syndrome']]);
    expect(onPerfusionPage('The TTS engine reads the page aloud.')).toEqual([]);
  });

  it('knows the ECMO bedside problems of pass 16, and leaves sleep studies and HIV therapy alone', () => {
    expect(plain('Aortic root thrombosis on VA-ECMO.')).toContainEqual(['Aortic root thrombosis', 'aortic-root-thrombosis']);
    expect(onPerfusionPage('ART was started for HIV.')).toEqual([]);
    expect(plain('The apnea test for brain death was done on ECMO.')).toContainEqual(['apnea test', 'apnea-test-on-ecmo']);
    expect(plain('A home sleep apnea test for snoring.')).toEqual([]);
    expect(onPerfusionPage('Fluid overload of 15 % by day 3.')).toEqual([['Fluid overload', 'fluid-overload']]);
    expect(plain('Fluid overload in heart failure clinics.')).toEqual([]);
  });

  it('marks the gas laws on perfusion pages only, so a chemistry lesson is not taken for a perfusion page', () => {
    // Four laws in one paragraph: were they markable anywhere, the page would count as one
    // about perfusion, and the pH of its rain would be marked as blood pH (measured).
    expect(plain("Boyle's law, the ideal gas law, Dalton's law and vapor pressure: CO and CO2 are gases, and rain has a pH.")).toEqual([]);
    expect(onPerfusionPage("Boyle's law: the bubble grows under vacuum drainage.")).toEqual([["Boyle's law", 'boyle-s-law']]);
    expect(plain('The simplified Bernoulli equation turns a 4 m/s jet into 64 mmHg.')).toEqual([['simplified Bernoulli equation', 'bernoulli-principle']]);
    expect(onPerfusionPage('Solve the Bernoulli equation for y when n is 2.')).toEqual([]);
    expect(onPerfusionPage('Vapor pressure deficit dries the crops.')).toEqual([]);
  });

  it('does not read a news story naming drugs as a page about perfusion', () => {
    expect(markParagraphs(['The singer died of a propofol and midazolam overdose, the coroner said.', 'The ACT was passed by the senate.'], {}, data)).toEqual([
      ['propofol', 'propofol'],
      ['midazolam', 'midazolam'],
    ]);
    expect(markParagraphs(['Propofol was given before cardiopulmonary bypass.', 'The ACT was 480 s.'], {}, data).map(([, id]) => id)).toEqual([
      'propofol',
      'cardiopulmonary-bypass',
      'activated-clotting-time',
    ]);
  });

  it('knows the circuit words of pass 17; backflow only at the pump, M-number only beside cannulae', () => {
    expect(onPerfusionPage('The M-number of the 21 Fr cannula predicts its pressure drop.')).toContainEqual(['M-number', 'm-number']);
    expect(onPerfusionPage('Galaxy M31 has M-number 31 in the catalogue.')).toEqual([]);
    expect(onPerfusionPage('Backflow through the centrifugal pump at low RPM.')).toContainEqual(['Backflow', 'retrograde-pump-flow']);
    expect(onPerfusionPage('Retrograde flow in the aorta from the femoral cannula; mitral backflow on echo.')).toEqual([['cannula', 'cannula']]);
    expect(plain('A multistage venous cannula; the sweep gas to blood flow ratio was 1:1.')).toEqual([
      ['multistage venous cannula', 'multistage-venous-cannula'],
      ['sweep gas to blood flow ratio', 'sweep-to-blood-flow-ratio'],
    ]);
    expect(plain('Lung V/Q mismatch on the scan.')).toEqual([]);
  });

  it('knows shivering, myocardial edema and perfusion simulation, and not the cold rain or perfusion imaging', () => {
    expect(onPerfusionPage('Shivering after rewarming raised oxygen consumption.')).toContainEqual(['Shivering', 'shivering']);
    expect(plain('She was shivering in the cold rain; non-shivering thermogenesis.')).toEqual([]);
    expect(plain('Myocardial oedema after crystalloid cardioplegia.')).toEqual([
      ['Myocardial oedema', 'myocardial-edema'],
      ['crystalloid cardioplegia', 'crystalloid-cardioplegia'],
    ]);
    expect(plain('ECMO simulation training on a CPB simulator.')).toEqual([
      ['ECMO simulation', 'perfusion-simulation'],
      ['CPB simulator', 'perfusion-simulation'],
    ]);
    // Imaging: the word perfusion keeps its own sense, and no training simulator is named.
    expect(onPerfusionPage('Myocardial perfusion simulation with CT.')).toEqual([['perfusion', 'perfusion']]);
  });

  it('knows the LVAD problems of pass 18; ramps and outflow grafts elsewhere stay unmarked', () => {
    expect(onPerfusionPage('A ramp study of the LVAD found a flat LVEDD slope.')).toContainEqual(['ramp study', 'lvad-ramp-study']);
    expect(onPerfusionPage('The wheelchair ramp test passed.')).toEqual([]);
    expect(onPerfusionPage('A dialysis access outflow graft stenosis was stented.')).toEqual([]);
    expect(plain('Aortic insufficiency after LVAD; aortic insufficiency in Marfan syndrome.')).toEqual([
      ['Aortic insufficiency after LVAD', 'lvad-aortic-insufficiency'],
      ['aortic insufficiency', 'aortic-regurgitation'],
      ['Marfan syndrome', 'marfan-syndrome'],
    ]);
  });

  it('knows peripartum cardiomyopathy, amniotic fluid embolism and the pulmonary hypertensive crisis; AFE and a PH crisis in politics stay unmarked', () => {
    expect(plain('Peripartum cardiomyopathy after delivery needed VA-ECMO.')).toContainEqual(['Peripartum cardiomyopathy', 'peripartum-cardiomyopathy']);
    expect(plain('Amniotic fluid embolism at delivery.')).toEqual([['Amniotic fluid embolism', 'amniotic-fluid-embolism']]);
    expect(onPerfusionPage('AFE members met in Leeds.')).toEqual([]);
    expect(plain('A pulmonary hypertensive crisis after VSD repair.')).toContainEqual(['pulmonary hypertensive crisis', 'pulmonary-hypertensive-crisis']);
    expect(onPerfusionPage('The PH crisis deepened in Manila politics.')).toEqual([]);
  });

  it('knows the postoperative complications of pass 19; JET only beside rhythm words, not the fusion reactor', () => {
    expect(plain('Phrenic nerve palsy after ice slush; postpericardiotomy syndrome at day 10.').map(([, id]) => id)).toEqual([
      'phrenic-nerve-injury',
      'topical-cooling',
      'postpericardiotomy-syndrome',
    ]);
    expect(plain('Coronary air embolism after the valve repair; a chylothorax after the bidirectional Glenn.').map(([, id]) => id)).toEqual([
      'coronary-air-embolism',
      'chylothorax',
      'bidirectional-glenn',
    ]);
    expect(onPerfusionPage('JET with AV dissociation needed atrial pacing.')).toContainEqual(['JET', 'junctional-ectopic-tachycardia']);
    expect(onPerfusionPage('The JET reactor at Culham reached a record.')).toEqual([]);
  });
});
