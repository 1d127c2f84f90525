/**
 * Build-time values, read through one module so tests can mock them
 * (WXT's vitest plugin leaves import.meta.env.BROWSER undefined).
 */
export const BROWSER: string = import.meta.env?.BROWSER ?? 'chrome';
export const IS_FIREFOX = BROWSER === 'firefox';
