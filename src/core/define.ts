/**
 * Defines a custom element once. Loading the script-tag bundle twice, or
 * beside a separately imported element, must neither throw nor redefine.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
