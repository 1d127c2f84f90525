/**
 * The settings page. Every change is saved at once and reaches open tabs live; a polite live
 * region says what was saved, and errors (storage full) are shown where they happened.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Entry } from '../../core/glossary/schema';
import type { CustomData } from '../../core/glossary/transfer';
import type { HighlightStyle, Settings } from '../../core/settings/model';
import type { SiteLists } from '../../core/settings/sites';
import type { OptionsState, OptionsStore, Shortcut } from '../../platform/options-store';
import { AppearanceSection } from './AppearanceSection';
import { ControlsSection } from './ControlsSection';
import { CustomTermsSection } from './CustomTermsSection';
import { SitesSection } from './SitesSection';
import { WhatSection } from './WhatSection';

export interface OptionsAppProps {
  bundled: readonly Entry[];
  store: OptionsStore;
  isFirefox?: boolean;
  paintPreview?(el: HTMLElement, terms: string[], style: HighlightStyle, color: string): () => void;
  download?(name: string, text: string): void;
}

const errorMessage = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function OptionsApp({ bundled, store, isFirefox = false, paintPreview, download = downloadText }: OptionsAppProps) {
  const [state, setState] = useState<OptionsState | null>(null);
  const [loadError, setLoadError] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);

  useEffect(() => {
    store.load().then(setState, (err) => setLoadError(errorMessage(err)));
    store.shortcuts().then(setShortcuts, () => undefined);
    return store.watch((patch) => setState((s) => (s ? { ...s, ...patch } : s)));
  }, [store]);

  const announce = useCallback((message: string) => {
    setError('');
    // Re-set so the same message is announced again.
    setStatus('');
    setTimeout(() => setStatus(message), 30);
  }, []);

  const onSettings = (patch: Partial<Settings>) => {
    setState((s) => (s ? { ...s, settings: { ...s.settings, ...patch } } : s));
    store.saveSettings(patch).then(
      () => announce('Saved. Open tabs follow at once.'),
      (err) => setError(errorMessage(err)),
    );
  };
  const onLists = (patch: Partial<SiteLists>) => {
    setState((s) => (s ? { ...s, lists: { ...s.lists, ...patch } } : s));
    store.saveSiteLists(patch).then(
      () => announce('Saved. Open tabs follow at once.'),
      (err) => setError(errorMessage(err)),
    );
  };
  const saveCustom = async (custom: CustomData): Promise<string | undefined> => {
    try {
      await store.saveCustom(custom);
      setState((s) => (s ? { ...s, custom } : s));
      return undefined;
    } catch (err) {
      return errorMessage(err);
    }
  };

  return (
    <div class="opt-page">
      <header class="opt-header">
        <h1>Perfusion Glossary settings</h1>
        <nav aria-label="Sections">
          <a href="#marking">Marking</a>
          <a href="#appearance">Look</a>
          <a href="#what">What to mark</a>
          <a href="#controls">Card and keyboard</a>
          <a href="#custom">Your terms</a>
        </nav>
      </header>
      <div class="opt-status" role="status" aria-live="polite">
        {status}
      </div>
      {error ? (
        <p class="opt-error opt-banner" role="alert">
          {error}
        </p>
      ) : null}
      {loadError ? (
        <p class="opt-error opt-banner" role="alert">
          Settings could not be read: {loadError}
        </p>
      ) : null}
      {state ? (
        <main>
          <SitesSection settings={state.settings} lists={state.lists} onSettings={onSettings} onLists={onLists} />
          <AppearanceSection settings={state.settings} onSettings={onSettings} paintPreview={paintPreview} />
          <WhatSection settings={state.settings} onSettings={onSettings} />
          <ControlsSection settings={state.settings} onSettings={onSettings} shortcuts={shortcuts} isFirefox={isFirefox} />
          <CustomTermsSection bundled={bundled} custom={state.custom} save={saveCustom} announce={announce} download={download} />
        </main>
      ) : loadError ? null : (
        <p class="opt-empty">Loading…</p>
      )}
      <footer class="opt-footer">
        <p>Settings are stored in your browser ({'sync'} storage follows your browser profile; your terms stay on this device). Nothing is sent anywhere.</p>
      </footer>
    </div>
  );
}

/** Offers text as a file download (object URL; no network). */
export function downloadText(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
