import { render } from 'preact';
import { bundledGlossary } from '../../src/core/glossary/bundled';
import { IS_FIREFOX } from '../../src/platform/env';
import { createOptionsStore } from '../../src/platform/options-store';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { paintPreview } from '../../src/ui/options/preview';
// The marks' own stylesheet, so the preview looks exactly like marks on pages.
import '../content/style.css';
import '../../src/ui/options/options.css';

render(
  <OptionsApp bundled={bundledGlossary()} store={createOptionsStore()} isFirefox={IS_FIREFOX} paintPreview={paintPreview} />,
  document.getElementById('app') as HTMLElement,
);
