/** Highlight style and colour, with a live preview drawn the way pages are, and a contrast check. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { contrastReport, formatRatio, parseHexColor } from '../../core/settings/contrast';
import { DEFAULT_COLOR, type HighlightStyle, type Settings } from '../../core/settings/model';
import { RadioGroup, Section } from './controls';

const SWATCHES = [
  { color: DEFAULT_COLOR, name: 'Blue (default)' },
  { color: '#8a5cd1', name: 'Violet' },
  { color: '#1a9a74', name: 'Green' },
  { color: '#d9480f', name: 'Orange' },
  { color: '#d6336c', name: 'Pink' },
];

const PREVIEW_TERMS = ['cardiopulmonary bypass', 'CPB', 'activated clotting time', 'heparin'];

export interface AppearanceSectionProps {
  settings: Settings;
  onSettings(patch: Partial<Settings>): void;
  /** Paints the preview's marks (CSS highlights) in the given style and colour. */
  paintPreview?(el: HTMLElement, terms: string[], style: HighlightStyle, color: string): () => void;
}

export function AppearanceSection({ settings, onSettings, paintPreview }: AppearanceSectionProps) {
  const [hex, setHex] = useState(settings.color);
  const [hexError, setHexError] = useState('');
  const preview = useRef<HTMLDivElement>(null);
  useEffect(() => setHex(settings.color), [settings.color]);
  useEffect(() => {
    if (!preview.current || !paintPreview) return;
    return paintPreview(preview.current, PREVIEW_TERMS, settings.style, settings.color);
  }, [settings.style, settings.color, paintPreview]);

  const report = contrastReport(settings.color);
  const commitHex = (value: string) => {
    const v = value.trim().startsWith('#') ? value.trim() : `#${value.trim()}`;
    const rgb = parseHexColor(v);
    if (!rgb || !/^#[0-9a-f]{6}$/i.test(v)) {
      setHexError('Type a colour as six hexadecimal digits, for example #1f8ad2.');
      return;
    }
    setHexError('');
    onSettings({ color: v.toLowerCase() });
  };

  return (
    <Section id="appearance" title="How terms look">
      <div class="opt-two-col">
        <div>
          <RadioGroup<HighlightStyle>
            name="opt-style"
            legend="Style"
            value={settings.style}
            onChange={(style) => onSettings({ style })}
            options={[
              { value: 'dotted', label: 'Dotted underline' },
              { value: 'solid', label: 'Solid underline' },
              { value: 'background', label: 'Background tint' },
            ]}
          />
          <fieldset class="opt-fieldset">
            <legend class="opt-label">Colour</legend>
            <div class="opt-swatches">
              {SWATCHES.map((s) => (
                <button
                  type="button"
                  key={s.color}
                  class="opt-swatch"
                  style={{ background: s.color }}
                  aria-label={s.name}
                  aria-pressed={settings.color === s.color}
                  onClick={() => onSettings({ color: s.color })}
                />
              ))}
            </div>
            <div class="opt-color-row">
              <label for="opt-color-picker">Custom colour</label>
              <input
                id="opt-color-picker"
                type="color"
                value={settings.color}
                onChange={(ev) => onSettings({ color: (ev.currentTarget as HTMLInputElement).value.toLowerCase() })}
              />
              <label for="opt-color-hex" class="opt-visually-hidden">
                Colour as hexadecimal
              </label>
              <input
                id="opt-color-hex"
                class="opt-input opt-hex"
                type="text"
                spellcheck={false}
                autocomplete="off"
                value={hex}
                aria-invalid={hexError ? true : undefined}
                aria-describedby={hexError ? 'opt-color-error' : undefined}
                onInput={(ev) => setHex((ev.currentTarget as HTMLInputElement).value)}
                onChange={(ev) => commitHex((ev.currentTarget as HTMLInputElement).value)}
              />
            </div>
            {hexError ? (
              <p class="opt-error" id="opt-color-error" role="alert">
                {hexError}
              </p>
            ) : null}
          </fieldset>
        </div>
        <div>
          <p class="opt-label" id="opt-preview-label">
            Preview
          </p>
          <div class="opt-previews" ref={preview}>
            <p class="opt-preview opt-preview-light">
              Before cardiopulmonary bypass (CPB), heparin is given until the activated clotting time is above 480 s.
            </p>
            <p class="opt-preview opt-preview-dark">
              Before cardiopulmonary bypass (CPB), heparin is given until the activated clotting time is above 480 s.
            </p>
          </div>
          <ul class="opt-contrast" aria-live="polite">
            <ContrastLine label="On white pages" ratio={report.onLight} ok={report.lightOk} />
            <ContrastLine label="On dark pages" ratio={report.onDark} ok={report.darkOk} />
          </ul>
          {!report.lightOk || !report.darkOk ? (
            <p class="opt-warning" role="status">
              This colour has less than 3:1 contrast on {!report.lightOk && !report.darkOk ? 'light and dark' : !report.lightOk ? 'light' : 'dark'} pages, so marks
              may be hard to see. Pick a {report.lightOk ? 'lighter' : 'darker'} colour for better contrast.
            </p>
          ) : null}
        </div>
      </div>
    </Section>
  );
}

function ContrastLine({ label, ratio, ok }: { label: string; ratio: number; ok: boolean }) {
  return (
    <li class={ok ? 'opt-ok' : 'opt-bad'}>
      <span aria-hidden="true">{ok ? '✓' : '!'}</span> {label}: {formatRatio(ratio)} {ok ? '' : '(below 3:1)'}
    </li>
  );
}
