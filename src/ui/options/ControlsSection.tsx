/** Hover card delay, the toolbar badge and keyboard shortcuts. */
import { useEffect, useState } from 'preact/hooks';
import { HOVER_DELAY_MAX, HOVER_DELAY_MIN, type Settings } from '../../core/settings/model';
import type { Shortcut } from '../../platform/options-store';
import { Section, Toggle } from './controls';

export interface ControlsSectionProps {
  settings: Settings;
  onSettings(patch: Partial<Settings>): void;
  shortcuts: Shortcut[];
  isFirefox: boolean;
}

export function ControlsSection({ settings, onSettings, shortcuts, isFirefox }: ControlsSectionProps) {
  const [delay, setDelay] = useState(String(settings.hoverDelayMs));
  const [error, setError] = useState('');
  useEffect(() => setDelay(String(settings.hoverDelayMs)), [settings.hoverDelayMs]);
  const commitDelay = (text: string) => {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n) || n < HOVER_DELAY_MIN || n > HOVER_DELAY_MAX) {
      setError(`Type a number of milliseconds from ${HOVER_DELAY_MIN} to ${HOVER_DELAY_MAX}.`);
      return;
    }
    setError('');
    onSettings({ hoverDelayMs: Math.round(n) });
  };
  return (
    <Section id="controls" title="Card, toolbar and keyboard">
      <div class="opt-row">
        <label for="opt-hover-delay" class="opt-label">
          Hover delay before the card opens
        </label>
        <div class="opt-number">
          <input
            id="opt-hover-delay"
            class="opt-input"
            type="number"
            min={HOVER_DELAY_MIN}
            max={HOVER_DELAY_MAX}
            step={50}
            value={delay}
            aria-describedby={`opt-hover-delay-hint${error ? ' opt-hover-delay-error' : ''}`}
            aria-invalid={error ? true : undefined}
            onInput={(ev) => setDelay((ev.currentTarget as HTMLInputElement).value)}
            onChange={(ev) => commitDelay((ev.currentTarget as HTMLInputElement).value)}
          />
          <span aria-hidden="true">ms</span>
        </div>
        <p class="opt-hint" id="opt-hover-delay-hint">
          How long the pointer rests on a term before its card opens (milliseconds; 150 is quick, 500 is calm).
        </p>
        {error ? (
          <p class="opt-error" id="opt-hover-delay-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <Toggle
        id="opt-badge"
        label="Show the number of terms on the toolbar icon"
        hint="Counts the distinct glossary terms marked on the page. “off” is shown on sites where marking is off."
        checked={settings.badge}
        onChange={(badge) => onSettings({ badge })}
      />
      <h3>Keyboard shortcuts</h3>
      {shortcuts.length ? (
        <dl class="opt-shortcuts">
          {shortcuts.map((s) => (
            <div key={s.name}>
              <dt>{s.description}</dt>
              <dd>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="opt-muted">not set</span>}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <p class="opt-hint">
        {isFirefox
          ? 'To change them, open the Add-ons Manager, choose the gear menu, then “Manage Extension Shortcuts”.'
          : 'To change them, open chrome://extensions/shortcuts in a new tab.'}{' '}
        Select text on any page and right-click to look it up in the glossary.
      </p>
    </Section>
  );
}
