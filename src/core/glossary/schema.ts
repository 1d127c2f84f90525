/**
 * The glossary entry schema (valibot). One entry = one concept.
 * Editorial rules live in glossary/README.md; cross-entry rules live in validate.ts.
 */
import * as v from 'valibot';
import { CATEGORY_IDS, EXAM_TAG_IDS, MATCH_LEVELS, POPULATIONS } from './vocabulary';

/** Plain text: no markup, no control characters, trimmed. */
const NO_MARKUP = /[<>]|&[a-z#0-9]+;/i;
const plainText = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.minLength(min, `must be at least ${min} characters`),
    v.maxLength(max, `must be at most ${max} characters`),
    v.check((s) => !NO_MARKUP.test(s), 'must be plain text (no HTML tags or entities)'),
    // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
    v.check((s) => !/[\u0000-\u001f]/.test(s), 'must not contain control characters or line breaks'),
  );

/** A surface form as written on pages: short, plain, no leading/trailing space. */
const surfaceForm = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(80, 'must be at most 80 characters'),
  v.check((s) => s.trim() === s, 'must not start or end with spaces'),
  v.check((s) => !NO_MARKUP.test(s), 'must be plain text'),
);

export const IdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens'),
  v.maxLength(64, 'must be at most 64 characters'),
);

/** Optional per-form matching rules, keyed by the form's exact text in `matching`. */
export const MatchRuleSchema = v.strictObject({
  /** Where the form may be marked (default: anywhere). */
  match: v.optional(v.picklist(MATCH_LEVELS, 'must be one of anywhere, context, defined, never')),
  /** Case rule (default: abbreviations sensitive, everything else insensitive). */
  case: v.optional(v.picklist(['sensitive', 'insensitive'] as const, 'must be sensitive or insensitive')),
  /** Marked only when one of these words/phrases is within `window` words in the same block. */
  near: v.optional(v.pipe(v.array(surfaceForm), v.minLength(1))),
  window: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50))),
  /** Not marked when directly preceded / followed by one of these words or symbols. */
  notBefore: v.optional(v.pipe(v.array(surfaceForm), v.minLength(1))),
  notAfter: v.optional(v.pipe(v.array(surfaceForm), v.minLength(1))),
  /** Marked only next to a number: "17 Fr" (before), "Hct 28" or "Hct of 30%" (after; see valueAt in matcher.ts), either side (either). */
  number: v.optional(v.picklist(['before', 'after', 'either'] as const, 'must be before, after or either')),
});

export const ValueSchema = v.strictObject({
  label: plainText(2, 120),
  min: v.optional(v.number()),
  max: v.optional(v.number()),
  /** Unit as written (mmHg, L/min/m², s, %, mL/kg). Empty string for unitless values. */
  unit: v.pipe(v.string(), v.maxLength(30, 'must be at most 30 characters')),
  population: v.optional(v.picklist(POPULATIONS)),
  /** True when the figure differs between institutions or guidelines. */
  varies: v.optional(v.boolean()),
  note: v.optional(plainText(2, 300)),
});

export const FormulaSchema = v.strictObject({
  name: plainText(2, 120),
  expression: plainText(3, 240),
  variables: v.pipe(
    v.array(
      v.strictObject({
        symbol: v.pipe(v.string(), v.minLength(1), v.maxLength(30)),
        meaning: plainText(2, 160),
        unit: v.pipe(v.string(), v.maxLength(40)),
      }),
    ),
    v.minLength(1, 'must list every variable'),
  ),
  example: plainText(10, 400),
  note: v.optional(plainText(2, 300)),
});

export const EntrySchema = v.strictObject({
  id: IdSchema,
  term: v.pipe(surfaceForm, v.minLength(2, 'must be at least 2 characters')),
  abbreviations: v.optional(v.array(surfaceForm)),
  aliases: v.optional(v.array(surfaceForm)),
  british: v.optional(v.array(surfaceForm)),
  plurals: v.optional(v.array(surfaceForm)),
  matching: v.optional(v.record(v.string(), MatchRuleSchema)),
  category: v.picklist(CATEGORY_IDS, 'must be one of the categories in src/core/glossary/vocabulary.ts'),
  tags: v.pipe(
    v.array(v.picklist(EXAM_TAG_IDS, 'must be one of the exam tags in src/core/glossary/vocabulary.ts')),
    v.minLength(1, 'must have at least one exam tag'),
  ),
  definition: plainText(20, 320),
  explanation: v.optional(plainText(40, 1400)),
  values: v.optional(v.array(ValueSchema)),
  formulas: v.optional(v.array(FormulaSchema)),
  related: v.optional(v.array(IdSchema)),
  sources: v.pipe(v.array(plainText(4, 200)), v.minLength(1, 'must cite at least one source')),
  reviewed: v.pipe(v.string(), v.isoDate('must be an ISO date (YYYY-MM-DD)')),
});

export type MatchRule = v.InferOutput<typeof MatchRuleSchema>;
export type GlossaryValue = v.InferOutput<typeof ValueSchema>;
export type Formula = v.InferOutput<typeof FormulaSchema>;
export type Entry = v.InferOutput<typeof EntrySchema>;
