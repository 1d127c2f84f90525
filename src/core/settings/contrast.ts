/**
 * WCAG 2 contrast of the mark colour against a white page and a near-black page. Marks are
 * non-text indicators, so the threshold is 3:1 (WCAG 2.1 SC 1.4.11).
 */

export const LIGHT_PAGE = '#ffffff';
/** A typical dark-mode page background. */
export const DARK_PAGE = '#121212';
export const MIN_CONTRAST = 3;

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export function parseHexColor(hex: string): Rgb | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return { r: Number.parseInt(h.slice(0, 2), 16), g: Number.parseInt(h.slice(2, 4), 16), b: Number.parseInt(h.slice(4, 6), 16) };
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: string, b: string): number {
  const ca = parseHexColor(a);
  const cb = parseHexColor(b);
  if (!ca || !cb) return 1;
  const [hi, lo] = [relativeLuminance(ca), relativeLuminance(cb)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export interface ContrastReport {
  onLight: number;
  onDark: number;
  lightOk: boolean;
  darkOk: boolean;
}

export function contrastReport(color: string): ContrastReport {
  const onLight = contrastRatio(color, LIGHT_PAGE);
  const onDark = contrastRatio(color, DARK_PAGE);
  return { onLight, onDark, lightOk: onLight >= MIN_CONTRAST, darkOk: onDark >= MIN_CONTRAST };
}

/** "3.6:1" — rounded down so a value shown as 3.0:1 never fails the check. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}

/** CSS for the marks in `color`, overriding the extension's stylesheet (see content/style.css). */
export function highlightCss(color: string, names = { dotted: 'perfusion-glossary', solid: 'perfusion-glossary-solid', background: 'perfusion-glossary-background' }): string {
  const rgb = parseHexColor(color);
  if (!rgb) return '';
  const tint = `rgba(${rgb.r}, ${rgb.g}, ${rgb.b}, 0.22)`;
  return [
    `::highlight(${names.dotted}), ::highlight(${names.solid}) { text-decoration-color: ${color} !important; }`,
    `::highlight(${names.background}) { background-color: ${tint} !important; }`,
    `perfusion-glossary-mark { text-decoration-color: ${color} !important; }`,
    `perfusion-glossary-mark[data-style='background'] { background-color: ${tint} !important; }`,
  ].join('\n');
}
