import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import type { ActivationStepId } from '../src/contract/types.js';
import { clearDraftsStartingWith } from '../src/core/drafts.js';
import '../src/elements/activation-wizard/define.js';
import { problemAnswer, wizardBackend } from './wizard-backend.js';

const STEPS: ActivationStepId[] = ['terms', 'password', 'contacts'];
const contacts = { email: 'sekretar@ahty-school.ru', phone: '+79281234567' };
const terms = { acceptTerms: true, acceptPersonalData: true };

const clearDrafts = async () => clearDraftsStartingWith('activation:');

/** Ticks both boxes of the terms step and presses a button, as a person would. */
async function acceptTermsAndPress(canvasElement: HTMLElement, label: string) {
  const wizard = canvasElement.querySelector('edu-activation-wizard');
  const root = wizard?.shadowRoot;
  if (!wizard || !root) return;
  for (let tries = 0; tries < 50 && !root.querySelector('input[type="checkbox"]'); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]').forEach((box) => box.click());
  await wizard.updateComplete;
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('form button')];
  buttons.find((button) => button.textContent?.trim() === label)?.click();
  for (
    let tries = 0;
    tries < 50 && !root.querySelector('[part="error"], [part="paused"]');
    tries++
  ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const meta: Meta<{ lang: string }> = {
  title: 'Session/Activation wizard',
  component: 'edu-activation-wizard',
  args: { lang: 'ru' },
  argTypes: { lang: { control: 'inline-radio', options: ['ru', 'en'] } },
  loaders: [clearDrafts],
  render: ({ lang }) => html`<edu-activation-wizard lang=${lang}></edu-activation-wizard>`,
  parameters: { msw: { handlers: wizardBackend('/api/activation', STEPS) } },
};
export default meta;

type Story = StoryObj<{ lang: string }>;

/** The first step: the terms and the consent, both required. */
export const Terms: Story = {};

/** The terms are accepted: the temporary password is replaced, with its rules ticked live. */
export const Password: Story = {
  parameters: {
    msw: {
      handlers: wizardBackend('/api/activation', STEPS, { done: ['terms'], data: { terms } }),
    },
  },
};

/** The last step, prefilled with the contacts from the application. */
export const Contacts: Story = {
  parameters: {
    msw: {
      handlers: wizardBackend('/api/activation', STEPS, {
        done: ['terms', 'password'],
        data: { terms, contacts },
      }),
    },
  },
};

/** A code was sent to the e-mail: the field for it, and the countdown to a new one. */
export const ContactsCodeSent: Story = {
  parameters: Contacts.parameters,
  play: async ({ canvasElement }) => {
    const wizard = canvasElement.querySelector('edu-activation-wizard');
    const root = wizard?.shadowRoot;
    if (!wizard || !root) return;
    for (let tries = 0; tries < 50 && !root.querySelector('.code button'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    root.querySelector<HTMLButtonElement>('.code button')?.click();
    for (let tries = 0; tries < 50 && !root.querySelector('.code button:disabled'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  },
};

/** Every step done. */
export const Finished: Story = {
  parameters: {
    msw: {
      handlers: wizardBackend('/api/activation', STEPS, { done: STEPS, data: { terms, contacts } }),
    },
  },
};

/** The state is still on its way over a slow connection. */
export const Loading: Story = {
  parameters: { msw: { handlers: [http.get('/api/activation', () => delay('infinite'))] } },
};

/** Saving fails on the server: the boxes stay ticked, and «Повторить» sends them again. */
export const SaveFails: Story = {
  parameters: {
    msw: {
      handlers: [
        http.put('/api/activation/:step', () => HttpResponse.json({}, { status: 500 })),
        ...wizardBackend('/api/activation', STEPS),
      ],
    },
  },
  play: ({ canvasElement }) => acceptTermsAndPress(canvasElement, 'Далее'),
};

/** No network on saving: what to do, and that nothing typed is lost. */
export const Offline: Story = {
  parameters: {
    msw: {
      handlers: [
        http.put('/api/activation/:step', () => HttpResponse.error()),
        ...wizardBackend('/api/activation', STEPS),
      ],
    },
  },
  play: ({ canvasElement }) => acceptTermsAndPress(canvasElement, 'Далее'),
};

/** The server answers outside the contract: refused, with the step's data kept. */
export const ContractViolation: Story = {
  parameters: {
    msw: {
      handlers: [
        http.put('/api/activation/:step', () => HttpResponse.json({ steps: '<b>?</b>' })),
        ...wizardBackend('/api/activation', STEPS),
      ],
    },
  },
  play: ({ canvasElement }) => acceptTermsAndPress(canvasElement, 'Далее'),
};

/** Another tab saved the step meanwhile (409): keep one's own entries or take the saved ones. */
export const ChangedInAnotherTab: Story = {
  parameters: {
    msw: {
      handlers: [
        http.put('/api/activation/:step', () => problemAnswer(409, 'wizard-changed')),
        ...wizardBackend('/api/activation', STEPS),
      ],
    },
  },
  play: ({ canvasElement }) => acceptTermsAndPress(canvasElement, 'Далее'),
};

/** «Сохранить и продолжить позже»: the step is saved and the wizard says how to come back. */
export const Paused: Story = {
  play: ({ canvasElement }) => acceptTermsAndPress(canvasElement, 'Сохранить и продолжить позже'),
};

/** The session ends on saving: the wizard says so and fires `edu-session-expired`. */
export const SessionExpired: Story = {
  parameters: {
    msw: {
      handlers: [
        http.put('/api/activation/:step', () => problemAnswer(401, 'session-expired')),
        ...wizardBackend('/api/activation', STEPS),
      ],
    },
  },
  play: ({ canvasElement }) => acceptTermsAndPress(canvasElement, 'Далее'),
};

export const English: Story = { args: { lang: 'en' } };
