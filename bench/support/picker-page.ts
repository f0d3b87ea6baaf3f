/**
 * The page of the browser timing: our picker beside accessible-autocomplete,
 * each given the same places, and a function that times one query in either.
 * Bundled by esbuild at bench time; runs only in that page.
 */
import '../../src/elements/settlement-picker/define.js';
import type { EduSettlementPicker } from '../../src/elements/settlement-picker/define.js';
import type { Settlement } from '../../src/contract/types.js';

interface AccessibleAutocomplete {
  (options: { element: HTMLElement; id: string; source: string[] }): void;
}

declare global {
  interface Window {
    accessibleAutocomplete: AccessibleAutocomplete;
    benchSetup(places: Settlement[]): void;
    benchMeasure(which: 'ours' | 'theirs', query: string): Promise<number>;
  }
}

let picker: EduSettlementPicker;
let theirs: HTMLElement;

window.benchSetup = (places) => {
  document.body.replaceChildren();
  picker = document.createElement('edu-settlement-picker');
  picker.places = places;
  theirs = document.createElement('div');
  document.body.append(picker, theirs);
  window.accessibleAutocomplete({
    element: theirs,
    id: 'theirs',
    source: places.map((place) => place.name),
  });
};

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves once `done()` holds, checked after every change under `root`. */
function when(root: Node, done: () => boolean): Promise<void> {
  if (done()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}

function type(input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** From the input event that brings `query` to the painted frame that shows its options. */
window.benchMeasure = async (which, query) => {
  const root: ParentNode = which === 'ours' ? picker.shadowRoot! : theirs;
  const input = root.querySelector('input')!;
  const count = () => root.querySelectorAll('[role="option"]').length;
  input.focus();
  type(input, '');
  await when(root as Node, () => count() === 0);
  await frame();
  await frame();

  const start = performance.now();
  type(input, query);
  await when(root as Node, () => count() > 0);
  await frame();
  return performance.now() - start;
};
