import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/connect/define.js';
import type { EduConnect, JourneyStep } from '../src/elements/connect/connect.js';
import type { Application, Settlement } from '../src/contract/types.js';
import { scenarioHandlers } from '../src/mocks/index.js';

interface Args {
  lang: string;
}

const akhty: Settlement = {
  id: '0500500000100',
  name: 'Ахты',
  municipality: { id: '0500500000000', name: 'Ахтынский район' },
};

const sent: Application = {
  number: 'ОО-2026-000123',
  kind: 'organization',
  status: 'pending',
  fullName: 'МКОУ «Ахтынская гимназия»',
  email: 'sekretar@ахты-гимназия.рф',
  submittedAt: '2026-12-03T09:00:00Z',
  updatedAt: '2026-12-03T09:00:00Z',
};

/** Opens the journey at a screen, as if the person had walked there. */
function openAt(step: JourneyStep, changes: Parameters<EduConnect['go']>[1] = {}) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const journey = canvasElement.querySelector('edu-connect');
    if (!journey) return;
    journey.restart();
    if (step !== 'start') journey.go(step, changes);
    await journey.updateComplete;
  };
}

const meta: Meta<Args> = {
  title: 'Journey/Connect',
  component: 'edu-connect',
  args: { lang: 'ru' },
  argTypes: { lang: { control: 'inline-radio', options: ['ru', 'en'] } },
  render: ({ lang }) => html`<edu-connect lang=${lang}></edu-connect>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The first screen: one call to action, and the ways back for those who applied. */
export const Start: Story = { play: openAt('start') };

/** The duplicate check before any application, for с. Ахты. */
export const FindOrganization: Story = { play: openAt('find', { settlement: akhty }) };

/** The application for an organization that is not in the list. */
export const ApplicationForm: Story = { play: openAt('apply', { settlement: akhty }) };

/** The application has been sent. */
export const Sent: Story = { play: openAt('sent', { application: sent }) };

/** The first login with the credentials from the letter. */
export const Login: Story = { play: openAt('login') };

/** The backend fails: the list says what happened and offers a retry. */
export const ServerError: Story = {
  parameters: { msw: { handlers: scenarioHandlers.failing('/api') } },
  play: openAt('find', { settlement: akhty }),
};

export const English: Story = { args: { lang: 'en' }, play: openAt('start') };
