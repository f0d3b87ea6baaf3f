/**
 * Driving `<edu-settlement-picker>` as a person does, for its tests: the
 * field by its label, the options on screen, the live region's words.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import '../../../src/elements/settlement-picker/define.js';
import type { EduSettlementPicker } from '../../../src/elements/settlement-picker/define.js';
import type { Settlement } from '../../../src/contract/types.js';
import data from '../../../src/mocks/data/dagestan-settlements.json';
import { field, typeInto } from '../../support/dom.js';

/** Dagestan's settlements, for a picker that searches a given list. */
export const dagestan = data.settlements as Settlement[];

export const byName = (name: string, district?: string): Settlement =>
  dagestan.find((s) => s.name === name && (!district || s.municipality.name.includes(district)))!;

export async function mount(
  template: TemplateResult = html`<edu-settlement-picker
    .places=${dagestan}
  ></edu-settlement-picker>`,
) {
  const host = await fixture<HTMLElement>(template);
  const el = (
    host.localName === 'edu-settlement-picker' ? host : host.querySelector('edu-settlement-picker')!
  ) as EduSettlementPicker;
  await el.updateComplete;
  const root = el.shadowRoot!;
  const input = field(root, /Населённый пункт|Муниципальное образование|Settlement/);
  return { host, el, root, input };
}

export function options(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[role="option"]')];
}

export const optionNames = (root: ShadowRoot) =>
  options(root).map((option) => option.querySelector('.place-name')!.textContent!.trim());

export async function search(root: ShadowRoot, input: HTMLInputElement, text: string) {
  await typeInto(input, text);
  await waitUntil(() => options(root).length > 0, `no options for «${text}»`, { timeout: 4000 });
}

export const statusText = (root: ShadowRoot) =>
  root.querySelector('[role="status"]')!.textContent!.trim();

export const activeOption = (root: ShadowRoot, input: HTMLInputElement) => {
  const id = input.getAttribute('aria-activedescendant');
  return id ? root.getElementById(id) : null;
};
