/**
 * The user's mark colour on a page, as a constructed stylesheet in document.adoptedStyleSheets
 * that overrides the ::highlight() rules of content/style.css. Adds no node to the page, and
 * changes apply at once (replaceSync) without touching the marks.
 */

import { highlightCss } from '../core/settings/contrast';
import { DEFAULT_COLOR } from '../core/settings/model';

export interface MarkColour {
  set(color: string): void;
  remove(): void;
}

export function createMarkColour(doc: Document = document): MarkColour {
  let sheet: CSSStyleSheet | undefined;
  let current = DEFAULT_COLOR;
  const win = doc.defaultView as (Window & typeof globalThis) | null;

  const adopt = (): CSSStyleSheet | undefined => {
    if (sheet) return sheet;
    try {
      const Ctor = win?.CSSStyleSheet ?? CSSStyleSheet;
      sheet = new Ctor();
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    } catch {
      sheet = undefined; // very old engines: the default colour of style.css stays
    }
    return sheet;
  };

  return {
    set(color) {
      if (color === current && !sheet) return; // style.css already has the default colour
      current = color;
      adopt()?.replaceSync(highlightCss(color));
    },
    remove() {
      if (!sheet) return;
      const s = sheet;
      sheet = undefined;
      try {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((x) => x !== s);
      } catch {
        /* the document is gone */
      }
    },
  };
}
