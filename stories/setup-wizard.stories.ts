import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import type { SetupStepId } from '../src/contract/types.js';
import { clearDraftsStartingWith } from '../src/core/drafts.js';
import '../src/elements/setup-wizard/define.js';
import { wizardBackend } from './wizard-backend.js';

const STEPS: SetupStepId[] = ['profile', 'year', 'grading', 'bells', 'classes', 'staff'];

/** What the application said; a generated school of a real Dagestan village. */
const profile = {
  fullName: 'Муниципальное казённое общеобразовательное учреждение «Ахтынская СОШ № 2»',
  shortName: 'МКОУ «Ахтынская СОШ № 2»',
  address: '368730, Республика Дагестан, Ахтынский район, с. Ахты, ул. Ленина, д. 1',
  postalCode: '368730',
  email: 'direktor@ahty-school.ru',
  phone: '',
  headName: '',
};
const done = {
  profile: { ...profile, phone: '+79285554433', headName: 'Эминов Руслан Шамилович' },
  year: {
    start: '2027-09-01',
    end: '2028-05-31',
    periodKind: 'semesters',
    periods: [
      { name: '1 полугодие', start: '2027-09-01', end: '2027-12-28' },
      { name: '2 полугодие', start: '2028-01-09', end: '2028-05-31' },
    ],
  },
  grading: { system: 'five' },
};

const backend = (doneSteps: SetupStepId[], data: Record<string, unknown>) =>
  wizardBackend('/api/setup', STEPS, { done: doneSteps, optional: ['staff'], data });

const clearDrafts = async () => clearDraftsStartingWith('setup:');

interface Args {
  lang: string;
  today: string;
}

const meta: Meta<Args> = {
  title: 'Session/Setup wizard',
  component: 'edu-setup-wizard',
  args: { lang: 'ru', today: '2026-12-03' },
  argTypes: { lang: { control: 'inline-radio', options: ['ru', 'en'] } },
  loaders: [clearDrafts],
  render: ({ lang, today }) =>
    html`<edu-setup-wizard lang=${lang} today=${today}></edu-setup-wizard>`,
  parameters: { msw: { handlers: backend([], { profile }) } },
};
export default meta;

type Story = StoryObj<Args>;

/** The first step, prefilled from the application; the phone and the head are to add. */
export const Profile: Story = {};

/** The academic year with four quarters suggested; pick another kind to see them change. */
export const Year: Story = {
  parameters: { msw: { handlers: backend(['profile'], { profile: done.profile }) } },
};

/** A middle step: the bells table built from four numbers, each time editable. */
export const Bells: Story = {
  parameters: { msw: { handlers: backend(['profile', 'year', 'grading'], done) } },
};

/** A school in two shifts: a table for each, the second after the first. */
export const BellsTwoShifts: Story = {
  parameters: {
    msw: {
      handlers: backend(['profile', 'year', 'grading'], {
        ...done,
        bells: {
          lessons: [
            { start: '08:00', end: '08:45', shift: 1 },
            { start: '08:55', end: '09:40', shift: 1 },
            { start: '09:50', end: '10:35', shift: 1 },
            { start: '13:00', end: '13:45', shift: 2 },
            { start: '13:55', end: '14:40', shift: 2 },
            { start: '14:50', end: '15:35', shift: 2 },
          ],
        },
      }),
    },
  },
};

/** Waits for the wizard's step to render and returns its shadow root. */
async function stepRoot(canvasElement: HTMLElement, selector: string) {
  const root = canvasElement.querySelector('edu-setup-wizard')?.shadowRoot;
  for (let tries = 0; tries < 50 && !root?.querySelector(selector); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return root;
}

/** A lesson that ends before it starts: the error at its cell and a summary naming it. */
export const BellsErrors: Story = {
  parameters: Bells.parameters,
  play: async ({ canvasElement }) => {
    const root = await stepRoot(canvasElement, '#f-lessons-2-end');
    const end = root?.querySelector<HTMLInputElement>('#f-lessons-2-end');
    if (!root || !end) return;
    end.value = '09:00';
    end.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  },
};

/** The classes 1А … 11Б suggested; remove the ones the school does not have. */
export const Classes: Story = {
  parameters: { msw: { handlers: backend(['profile', 'year', 'grading', 'bells'], done) } },
};

/** A class removed: the button that brings it back, and the fields to add one class. */
export const ClassRemoved: Story = {
  parameters: Classes.parameters,
  play: async ({ canvasElement }) => {
    const root = await stepRoot(canvasElement, '.grade-classes button');
    root?.querySelector<HTMLButtonElement>('.grade-classes button')?.click();
  },
};

/** The optional last step: paste a list from a spreadsheet, or skip. */
export const Staff: Story = {
  parameters: {
    msw: { handlers: backend(['profile', 'year', 'grading', 'bells', 'classes'], done) },
  },
};

/** Every step done. */
export const Finished: Story = {
  parameters: { msw: { handlers: backend(STEPS, done) } },
};

/** The state is still on its way over a slow connection. */
export const Loading: Story = {
  parameters: { msw: { handlers: [http.get('/api/setup', () => delay('infinite'))] } },
};

/** The server fails to give the state: a retry. */
export const LoadFails: Story = {
  parameters: {
    msw: { handlers: [http.get('/api/setup', () => HttpResponse.json({}, { status: 503 }))] },
  },
};

export const English: Story = { args: { lang: 'en' } };
