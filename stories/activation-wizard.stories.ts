import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import type { ActivationStepId } from '../src/contract/types.js';
import { clearDraft } from '../src/core/drafts.js';
import '../src/elements/activation-wizard/define.js';
import { problemAnswer, wizardBackend } from './wizard-backend.js';

const STEPS: ActivationStepId[] = ['terms', 'password', 'contacts'];
const contacts = { email: 'sekretar@ahty-school.ru', phone: '+79281234567' };
const terms = { acceptTerms: true, acceptPersonalData: true };

const clearDrafts = async () => STEPS.forEach((step) => clearDraft(`activation:${step}`));

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

/** Saving fails: tick both boxes and press «Далее»; the boxes stay ticked. */
export const SaveFails: Story = {
  parameters: {
    msw: {
      handlers: [
        http.put('/api/activation/:step', () => HttpResponse.json({}, { status: 500 })),
        ...wizardBackend('/api/activation', STEPS),
      ],
    },
  },
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
};

export const English: Story = { args: { lang: 'en' } };
