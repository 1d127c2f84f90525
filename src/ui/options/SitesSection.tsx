/** Marking on/off, and where: every site except a list, or only the sites of a list. */
import { useState } from 'preact/hooks';
import type { Settings } from '../../core/settings/model';
import { addSite, normalizeSite, type SiteLists } from '../../core/settings/sites';
import { RadioGroup, Section, Toggle } from './controls';

export interface SitesSectionProps {
  settings: Settings;
  lists: SiteLists;
  onSettings(patch: Partial<Settings>): void;
  onLists(patch: Partial<SiteLists>): void;
}

export function SitesSection({ settings, lists, onSettings, onLists }: SitesSectionProps) {
  const allow = settings.siteMode === 'allow-list';
  return (
    <Section id="marking" title="Marking on web pages">
      <Toggle
        id="opt-enabled"
        label="Mark glossary terms on web pages"
        hint="When this is off, no page is marked; search in the toolbar still works."
        checked={settings.enabled}
        onChange={(enabled) => onSettings({ enabled })}
      />
      <div class={settings.enabled ? '' : 'opt-dimmed'}>
        <RadioGroup
          name="opt-site-mode"
          legend="Where"
          value={settings.siteMode}
          onChange={(siteMode) => onSettings({ siteMode })}
          options={[
            { value: 'all', label: 'On every site, except the sites listed below' },
            { value: 'allow-list', label: 'Only on the sites listed below' },
          ]}
        />
        {allow ? (
          <SiteList
            id="opt-allowed"
            title="Sites where terms are marked"
            empty="No sites yet: nothing is marked until you add one."
            sites={lists.allowedSites}
            onChange={(allowedSites) => onLists({ allowedSites })}
          />
        ) : (
          <SiteList
            id="opt-disabled"
            title="Sites where marking is off"
            empty="None. You can also turn a site off from the toolbar popup or with the keyboard shortcut."
            sites={lists.disabledSites}
            onChange={(disabledSites) => onLists({ disabledSites })}
          />
        )}
        <p class="opt-hint">A site includes its subdomains: example.org also covers www.example.org.</p>
      </div>
    </Section>
  );
}

function SiteList({ id, title, empty, sites, onChange }: { id: string; title: string; empty: string; sites: readonly string[]; onChange(next: string[]): void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const add = (ev: Event) => {
    ev.preventDefault();
    const site = normalizeSite(text);
    if (!site) {
      setError(text.trim() ? `“${text.trim()}” is not a website address. Type a host name such as example.org.` : 'Type a site first, for example example.org.');
      return;
    }
    setError('');
    setText('');
    if (!sites.includes(site)) onChange(addSite(sites, site));
  };
  return (
    <div class="opt-sites">
      <h3 id={`${id}-title`}>{title}</h3>
      {sites.length ? (
        <ul class="opt-site-list" aria-labelledby={`${id}-title`}>
          {sites.map((s) => (
            <li key={s}>
              <span class="opt-site">{s}</span>
              <button type="button" class="opt-button opt-small" aria-label={`Remove ${s}`} onClick={() => onChange(sites.filter((x) => x !== s))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="opt-empty">{empty}</p>
      )}
      <form class="opt-inline-form" onSubmit={add}>
        <label for={`${id}-input`} class="opt-visually-hidden">
          Add a site to “{title}”
        </label>
        <input
          id={`${id}-input`}
          class="opt-input"
          type="text"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          placeholder="example.org"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(ev) => setText((ev.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="opt-button">
          Add site
        </button>
      </form>
      {error ? (
        <p class="opt-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
