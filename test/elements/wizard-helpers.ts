import { waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { createClient, type EduClient } from '../../src/client/client.js';
import { deepText } from '../support/dom.js';

/** A client logged in as `account`, as `<edu-connect>` hands it to the wizards. */
export async function loggedInClient(account: {
  login: string;
  password: string;
}): Promise<EduClient> {
  const client = createClient({ baseUrl: '/api' });
  await client.login(account);
  return client;
}

export function stepHeading(wizard: HTMLElement): HTMLElement | null {
  return wizard.shadowRoot!.querySelector<HTMLElement>('h3[data-focus]');
}

/** Waits until the wizard shows the step (or finished screen) with this heading. */
export async function waitForStep(wizard: HTMLElement, heading: string): Promise<void> {
  await waitUntil(
    () => stepHeading(wizard)?.textContent?.includes(heading),
    `the step "${heading}" never opened; the screen says: ${deepText(wizard.shadowRoot!)}`,
    { timeout: 5000 },
  );
}

/** What the wizard's polite status region says. */
export function announcement(wizard: HTMLElement): string {
  const regions = wizard.shadowRoot!.querySelectorAll('[role="status"]');
  return [...regions].map((region) => region.textContent ?? '').join(' ');
}

/** Sets a field's value as typing would, with its input, change and blur events. */
export async function fill(input: HTMLInputElement | HTMLSelectElement, value: string) {
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.blur();
  await ((input.getRootNode() as ShadowRoot).host as LitElement).updateComplete;
}
