/**
 * Fixed vocabularies of the glossary: categories, exam tags and matching levels.
 * Pure data: imported by the schema, the compiler, the UI and the tests.
 */

export const CATEGORIES = {
  fundamentals: 'Perfusion fundamentals',
  circuit: 'Circuit components and pumps',
  'gas-exchange': 'Oxygenators and gas exchange',
  cannulation: 'Cannulation',
  'myocardial-protection': 'Cardioplegia and myocardial protection',
  anticoagulation: 'Anticoagulation, reversal and hemostasis tests',
  'blood-management': 'Blood management and blood products',
  hemodynamics: 'Hemodynamics and monitoring',
  physiology: 'Physiology and acid-base',
  temperature: 'Temperature and neuroprotection',
  ecls: 'ECMO and ECLS',
  mcs: 'Mechanical circulatory support',
  surgery: 'Surgical procedures',
  pediatric: 'Pediatric and congenital',
  complications: 'Complications and catastrophic events',
  pharmacology: 'Pharmacology',
  'lab-values': 'Laboratory values',
  safety: 'Safety devices and quality',
  'organ-perfusion': 'Organ perfusion and transplant',
  profession: 'The profession',
  anatomy: 'Anatomy',
  pathology: 'Diseases and conditions',
} as const;

export type Category = keyof typeof CATEGORIES;
export const CATEGORY_IDS = Object.keys(CATEGORIES) as Category[];

/**
 * Study-area tags, grouped the way perfusion board preparation is usually organised
 * (basic science for the PBSE, clinical application for the CAPE). They are our own
 * grouping, not an official ABCP outline.
 */
export const EXAM_TAGS = {
  pbse: 'Basic science exam (PBSE)',
  cape: 'Clinical applications exam (CAPE)',
  'anatomy-physiology': 'Anatomy and physiology',
  pathophysiology: 'Pathophysiology',
  pharmacology: 'Pharmacology',
  equipment: 'Equipment and technology',
  'cpb-conduct': 'Conduct of bypass',
  'myocardial-protection': 'Myocardial protection',
  'blood-management': 'Blood management',
  hemostasis: 'Anticoagulation and hemostasis',
  monitoring: 'Monitoring and calculations',
  ecls: 'ECLS',
  mcs: 'Mechanical circulatory support',
  pediatrics: 'Pediatrics and congenital',
  'safety-quality': 'Safety and quality',
  professional: 'Professional practice',
  transplant: 'Organ perfusion and transplant',
} as const;

export type ExamTag = keyof typeof EXAM_TAGS;
export const EXAM_TAG_IDS = Object.keys(EXAM_TAGS) as ExamTag[];

/**
 * Where a surface form may be marked on a page.
 * - anywhere: safe on any page (domain-unique acronyms, multi-word terms).
 * - context: only on pages that are about perfusion (the page-context gate).
 * - defined: only where the page itself defines it as "our long form (ABBR)".
 * - never: not marked bare; still found by search and used inside longer forms.
 */
export const MATCH_LEVELS = ['anywhere', 'context', 'defined', 'never'] as const;
export type MatchLevel = (typeof MATCH_LEVELS)[number];

export const POPULATIONS = ['adult', 'pediatric', 'neonatal', 'all'] as const;
export type Population = (typeof POPULATIONS)[number];
