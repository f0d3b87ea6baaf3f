import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import '../src/elements/coverage/define.js';
import { scenarioHandlers } from '../src/mocks/index.js';

interface Args {
  municipalityId: string;
  lang: string;
}

/** Кумторкалинский район: a small district, nineteen sample schools. */
const KUMTORKALA = '0502300000000';
const AKHTY_DISTRICT = '0500500000000';

/** Each story starts with the list's default filter, not the one a previous story left. */
const forgetDraft = async () => {
  localStorage.removeItem('edu-connect:draft:coverage');
};

const meta: Meta<Args> = {
  title: 'Authority/Coverage',
  component: 'edu-coverage',
  args: { municipalityId: KUMTORKALA, lang: 'ru' },
  argTypes: { lang: { control: 'inline-radio', options: ['ru', 'en'] } },
  loaders: [forgetDraft],
  render: ({ municipalityId, lang }) =>
    html`<edu-coverage municipality-id=${municipalityId} lang=${lang}></edu-coverage>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A small district: a bar per settlement, its weeks, and whom to call. */
export const SmallDistrict: Story = {};

/** The ministry's view: every municipality of the region, least covered first. */
export const WholeRegion: Story = { args: { municipalityId: '' } };

/** Ахтынский район, where one application is with the moderator. */
export const WithPendingApplication: Story = { args: { municipalityId: AKHTY_DISTRICT } };

/** A municipality without a single known organization. */
export const EmptyMunicipality: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get('/api/coverage', () =>
          HttpResponse.json({
            municipalityId: KUMTORKALA,
            name: 'Кумторкалинский район',
            known: 0,
            connected: 0,
            pending: 0,
            rejected: 0,
            notConnected: 0,
            breakdown: 'settlement',
            areas: [],
          }),
        ),
      ],
    },
  },
};

/** Nothing connected yet: the time line says so, the list holds everyone. */
export const NoConnectionsYet: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get('/api/coverage/timeline', () =>
          HttpResponse.json({ municipalityId: KUMTORKALA, weeks: [] }),
        ),
      ],
    },
  },
};

export const Loading: Story = {
  parameters: { msw: { handlers: [http.get('/api/coverage', async () => delay('infinite'))] } },
};

export const ServerError: Story = {
  parameters: { msw: { handlers: scenarioHandlers.failing('/api') } },
};

/** The figures load, the list fails: the error stays where it happened. */
export const ListFails: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get('/api/coverage/organizations', () =>
          HttpResponse.json({ title: 'boom' }, { status: 503 }),
        ),
      ],
    },
  },
};

/** An answer that breaks the contract is refused, not drawn. */
export const BrokenAnswer: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get('/api/coverage', () => HttpResponse.json({ known: 'many', connected: -1 })),
      ],
    },
  },
};

export const English: Story = { args: { lang: 'en' } };

/** Every table behind a chart opened, as a person copying the figures would have it. */
export const TablesOpen: Story = {
  args: { municipalityId: AKHTY_DISTRICT },
  play: async ({ canvasElement }) => {
    const coverage = canvasElement.querySelector('edu-coverage')!;
    const tables = () => coverage.shadowRoot!.querySelectorAll('details');
    // Both charts appear once their figures have arrived.
    for (let waited = 0; tables().length < 2 && waited < 3000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (const details of tables()) details.open = true;
    if (tables().length < 2) throw new Error('The charts never appeared');
  },
};
