/**
 * The user's settings: their shape, defaults, and the migrations from every older stored
 * shape. Pure: no storage access here (src/platform/settings.ts stores them).
 *
 * Version history of the stored `sync:settings` item:
 * - v1 (0.0.x previews): { enabled, style: 'underline' | 'highlight', ambiguous: boolean,
 *   firstOnly, categories: string[] } where `categories` listed the categories to mark and an
 *   empty list meant "all".
 * - v2 (current): three styles and a colour, a three-way ambiguity choice, the categories NOT
 *   to mark (so categories added in later glossary releases are marked by default), the site
 *   mode, the hover delay and the toolbar badge.
 */
import * as v from 'valibot';
import { CATEGORY_IDS, type Category } from '../glossary/vocabulary';

export const HIGHLIGHT_STYLES = ['dotted', 'solid', 'background'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export const AMBIGUOUS_MODES = ['never', 'context', 'always'] as const;
export type AmbiguousMode = (typeof AMBIGUOUS_MODES)[number];

/** `all`: every site except the disabled ones; `allow-list`: only the allowed sites. */
export const SITE_MODES = ['all', 'allow-list'] as const;
export type SiteMode = (typeof SITE_MODES)[number];

export const HOVER_DELAY_MIN = 0;
export const HOVER_DELAY_MAX = 2000;

export interface Settings {
  /** Marking on or off everywhere. */
  enabled: boolean;
  siteMode: SiteMode;
  style: HighlightStyle;
  /** Mark colour, `#rrggbb` lower case. */
  color: string;
  /** Categories whose terms are not marked (still searchable). */
  hiddenCategories: Category[];
  /** Mark only the first occurrence of each term on a page. */
  firstOnly: boolean;
  /** How long the pointer rests on a term before its card opens. */
  hoverDelayMs: number;
  /** Ambiguous acronyms (ACT, MAP, CI): never, only on pages about perfusion, always. */
  ambiguous: AmbiguousMode;
  /** Show the number of distinct terms on the toolbar icon. */
  badge: boolean;
}

export const SETTINGS_VERSION = 2;

export const DEFAULT_COLOR = '#1f8ad2';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  siteMode: 'all',
  style: 'dotted',
  color: DEFAULT_COLOR,
  hiddenCategories: [],
  firstOnly: false,
  hoverDelayMs: 150,
  ambiguous: 'context',
  badge: true,
});

/** The v1 shape, as older builds stored it (fields may be missing or wrong in the wild). */
export interface SettingsV1 {
  enabled?: boolean;
  style?: 'underline' | 'highlight';
  ambiguous?: boolean;
  firstOnly?: boolean;
  categories?: string[];
}

const isCategory = (c: unknown): c is Category => typeof c === 'string' && (CATEGORY_IDS as string[]).includes(c);

const categoryList = v.pipe(
  v.array(v.unknown()),
  v.transform((list) => CATEGORY_IDS.filter((c) => list.includes(c))),
);

/** Every field falls back to its default on its own, so one bad field never resets the rest. */
const SettingsSchema = v.object({
  enabled: v.fallback(v.boolean(), DEFAULT_SETTINGS.enabled),
  siteMode: v.fallback(v.picklist(SITE_MODES), DEFAULT_SETTINGS.siteMode),
  style: v.fallback(v.picklist(HIGHLIGHT_STYLES), DEFAULT_SETTINGS.style),
  color: v.fallback(v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i), v.toLowerCase()), DEFAULT_SETTINGS.color),
  hiddenCategories: v.fallback(categoryList, []),
  firstOnly: v.fallback(v.boolean(), DEFAULT_SETTINGS.firstOnly),
  hoverDelayMs: v.fallback(
    v.pipe(
      v.number(),
      v.finite(),
      v.transform((n) => Math.round(Math.min(HOVER_DELAY_MAX, Math.max(HOVER_DELAY_MIN, n)))),
    ),
    DEFAULT_SETTINGS.hoverDelayMs,
  ),
  ambiguous: v.fallback(v.picklist(AMBIGUOUS_MODES), DEFAULT_SETTINGS.ambiguous),
  badge: v.fallback(v.boolean(), DEFAULT_SETTINGS.badge),
});

const isRecord = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

/**
 * Any stored value → valid current settings. Unknown keys are dropped, each invalid field
 * takes its default, a non-object gives the defaults.
 */
export function normalizeSettings(raw: unknown): Settings {
  return v.parse(SettingsSchema, isRecord(raw) ? raw : {}) as Settings;
}

/** v1 → v2. Tolerates partial or damaged v1 values. */
export function migrateSettingsV1toV2(old: unknown): Settings {
  const v1 = (isRecord(old) ? old : {}) as Record<string, unknown>;
  const marked = Array.isArray(v1.categories) ? v1.categories.filter(isCategory) : [];
  return normalizeSettings({
    enabled: v1.enabled,
    style: v1.style === 'highlight' ? 'background' : 'dotted',
    // v1's "mark ambiguous acronyms" meant the page-context rule; there was no "always".
    ambiguous: v1.ambiguous === false ? 'never' : 'context',
    firstOnly: v1.firstOnly,
    // v1 listed what to mark (empty = all); v2 lists what not to mark.
    hiddenCategories: marked.length ? CATEGORY_IDS.filter((c) => !marked.includes(c)) : [],
  });
}

/** Migrations keyed by the version they produce, in the form `storage.defineItem` takes. */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: migrateSettingsV1toV2,
};

/** Runs every migration from `fromVersion` up to the current version (what storage does). */
export function migrateSettings(value: unknown, fromVersion: number): Settings {
  let out = value;
  for (let ver = fromVersion + 1; ver <= SETTINGS_VERSION; ver++) out = SETTINGS_MIGRATIONS[ver]?.(out) ?? out;
  return normalizeSettings(out);
}
