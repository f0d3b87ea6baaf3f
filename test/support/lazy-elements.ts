/**
 * Lazily loaded elements for the tests of `defineWhenUsed`: fresh tags whose
 * modules define them, the first `fail` imports failing as a dropped line does.
 */
import type { LazyElements } from '../../src/core/lazy-define.js';

let count = 0;

/** Fresh tags `x-<prefix>-<name>-<n>`, their imports, and the list of imports made. */
export function lazyElements(prefix: string, names: string[], { fail = 0 } = {}) {
  const imported: string[] = [];
  let failures = fail;
  const tags = names.map((name) => `x-${prefix}-${name}-${++count}`);
  const loaders: LazyElements = Object.fromEntries(
    tags.map((tag) => [
      tag,
      async () => {
        imported.push(tag);
        if (failures-- > 0) throw new TypeError('Failed to fetch dynamically imported module');
        customElements.define(tag, class extends HTMLElement {});
      },
    ]),
  );
  return { tags, loaders, imported };
}
