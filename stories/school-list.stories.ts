import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import '../src/elements/school-list/define.js';
import type { Settlement } from '../src/contract/types.js';

interface Args {
  settlement: Settlement | null;
  lang: string;
}

const akhty: Settlement = {
  id: '0500500000100',
  name: 'Ахты',
  municipality: { id: '0500500000000', name: 'Ахтынский район' },
};

const ORGANIZATIONS = '/api/settlements/:id/organizations';

const meta: Meta<Args> = {
  title: 'Discovery/School list',
  component: 'edu-school-list',
  args: { settlement: akhty, lang: 'ru' },
  argTypes: { lang: { control: 'inline-radio', options: ['ru', 'en'] } },
  render: ({ settlement, lang }) =>
    html`<edu-school-list .settlement=${settlement} lang=${lang}></edu-school-list>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The generated sample schools of с. Ахты. */
export const Filled: Story = {};

/** A settlement where nobody is registered yet: the way on is still there. */
export const Empty: Story = {
  parameters: {
    msw: {
      handlers: [http.get(ORGANIZATIONS, () => HttpResponse.json({ items: [], nextCursor: null }))],
    },
  },
};

export const Loading: Story = {
  parameters: { msw: { handlers: [http.get(ORGANIZATIONS, async () => delay('infinite'))] } },
};

export const ServerError: Story = {
  parameters: {
    msw: { handlers: [http.get(ORGANIZATIONS, () => new HttpResponse(null, { status: 500 }))] },
  },
};

/** More than one page: «Показать ещё» appears. */
export const WithMore: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(ORGANIZATIONS, () =>
          HttpResponse.json({
            items: [1, 2, 3].map((number) => ({
              id: `story-${number}`,
              fullName:
                'Муниципальное казённое общеобразовательное учреждение ' +
                `«Ахтынская СОШ № ${number}»`,
              shortName: `МКОУ «Ахтынская СОШ № ${number}»`,
              inn: '0526001234',
              address: 'Республика Дагестан, Ахтынский район, с. Ахты',
              settlementId: akhty.id,
              generated: true,
            })),
            nextCursor: 'next',
            total: 7,
          }),
        ),
      ],
    },
  },
};

/** Connected, awaiting moderation, not yet connected: each row says which. */
export const Statuses: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(ORGANIZATIONS, () =>
          HttpResponse.json({
            items: (['connected', 'pending', undefined] as const).map((status, index) => ({
              id: `story-status-${index}`,
              fullName:
                'Муниципальное казённое общеобразовательное учреждение ' +
                `«Ахтынская СОШ № ${index + 1}»`,
              shortName: `МКОУ «Ахтынская СОШ № ${index + 1}»`,
              inn: '0526001234',
              address: 'Республика Дагестан, Ахтынский район, с. Ахты',
              settlementId: akhty.id,
              status,
            })),
            nextCursor: null,
          }),
        ),
      ],
    },
  },
};

/** A city with hundreds of schools: the first page, the count of all, and «Показать ещё». */
export const ManySchools: Story = {
  args: {
    settlement: {
      id: '0500000100000',
      name: 'Махачкала',
      kind: 'город',
      municipality: { id: '0500000100000', name: 'городской округ "город Махачкала"' },
    },
  },
};

/** No settlement given yet. */
export const NoSettlement: Story = { args: { settlement: null } };

export const English: Story = { args: { lang: 'en' } };
