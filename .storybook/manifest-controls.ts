import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';

/**
 * Makes the controls Storybook reads from custom-elements.json work on any
 * story: each attribute control sets that attribute on the story's element,
 * each custom-property control sets the property on it (through CSSOM, so a
 * strict CSP allows it). A story's own render may still set them itself.
 */
export const withManifestControls: Decorator = (story, { args, argTypes, component }) => {
  const apply = (root?: Element) => {
    const element = component ? root?.querySelector<HTMLElement>(component) : null;
    if (!element) return;
    for (const [name, argType] of Object.entries(argTypes)) {
      const value = args[name];
      const category = argType.table?.category;
      if (value === undefined || value === null || value === '') continue;
      if (category === 'attributes') {
        if (typeof value === 'boolean') element.toggleAttribute(name, value);
        else if (typeof value !== 'object') element.setAttribute(name, String(value));
      } else if (category === 'css custom properties') {
        element.style.setProperty(name, String(value));
      }
    }
  };
  // The wrapper's ref runs before the story inside it is rendered: apply once it is.
  return html`<div ${ref((root) => queueMicrotask(() => apply(root)))}>${story()}</div>`;
};
