/**
 * Reads what a user sees of the extension on a page, through the public contract only:
 * highlight ranges in CSS.highlights named perfusion-glossary*, fallback elements with
 * data-perfusion-glossary, and the perfusion-glossary:scan performance measure.
 * Works with Playwright and puppeteer pages (both have evaluate / waitForFunction).
 */

interface EvalPage {
  evaluate<R>(fn: () => R): Promise<R>;
  waitForFunction(fn: () => unknown, opts?: { timeout?: number; polling?: number }): Promise<unknown>;
}

export interface PageMark {
  text: string;
  /** Name of the highlight, or 'wrapper' for fallback elements. */
  highlight: string;
}

/** Waits until the first full pass is recorded. */
export async function waitForScan(page: EvalPage, timeout = 20_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('perfusion-glossary:scan').length > 0, { timeout, polling: 50 });
}

export function readMarks(page: EvalPage): Promise<PageMark[]> {
  return page.evaluate(() => {
    const out: { text: string; highlight: string }[] = [];
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    if (registry) {
      for (const [name, hl] of registry) {
        if (!name.startsWith('perfusion-glossary')) continue;
        for (const r of hl) out.push({ text: r.toString(), highlight: name });
      }
    }
    for (const el of document.querySelectorAll('[data-perfusion-glossary]')) out.push({ text: el.textContent ?? '', highlight: 'wrapper' });
    return out;
  });
}

export async function markTexts(page: EvalPage): Promise<string[]> {
  return (await readMarks(page)).map((m) => m.text);
}

/** Each highlight mark's text and the id of the element its range starts in ("which paragraph"). */
export function markPlaces(page: EvalPage): Promise<{ text: string; id: string }[]> {
  return page.evaluate(() => {
    const out: { text: string; id: string }[] = [];
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    for (const [name, hl] of registry ?? []) {
      if (!name.startsWith('perfusion-glossary')) continue;
      for (const r of hl) out.push({ text: r.toString(), id: r.startContainer.parentElement?.id ?? '' });
    }
    return out;
  });
}
