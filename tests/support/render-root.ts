/** A fresh element to render Preact components into for each DOM test, unmounted after. */
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

export function useRenderRoot(): () => HTMLElement {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  return () => root;
}
