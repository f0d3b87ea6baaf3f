import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import '../src/elements/organization-profile/define.js';
import type { Organization } from '../src/contract/types.js';

interface Args {
  organization: Organization | null;
  organizationId: string;
  lang: string;
}

const school: Organization = {
  id: 'story-akhty-1',
  fullName: 'Муниципальное казённое общеобразовательное учреждение «Ахтынская СОШ № 1»',
  shortName: 'МКОУ «Ахтынская СОШ № 1»',
  inn: '0526001234',
  ogrn: '1020501234567',
  kpp: '052601001',
  address: 'Республика Дагестан, Ахтынский район, с. Ахты',
  settlementId: '0500500000100',
  profileUrl: 'https://network.example.ru/organizations/story-akhty-1',
  generated: true,
};

const meta: Meta<Args> = {
  title: 'Discovery/Organization profile',
  component: 'edu-organization-profile',
  args: { organization: school, organizationId: '', lang: 'ru' },
  argTypes: { lang: { control: 'inline-radio', options: ['ru', 'en'] } },
  render: ({ organization, organizationId, lang }) =>
    html`<edu-organization-profile
      .organization=${organization}
      organization-id=${organizationId}
      lang=${lang}
    ></edu-organization-profile>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A sample organization, with its page in the network. */
export const Filled: Story = {};

/** A real record without a profile link: the steps say how to find it. */
export const WithoutLink: Story = {
  args: { organization: { ...school, profileUrl: undefined, generated: false } },
};

export const Loading: Story = {
  args: { organization: null, organizationId: 'story-akhty-1' },
  parameters: {
    msw: { handlers: [http.get('/api/organizations/:id', async () => delay('infinite'))] },
  },
};

export const ServerError: Story = {
  args: { organization: null, organizationId: 'story-akhty-1' },
  parameters: {
    msw: {
      handlers: [http.get('/api/organizations/:id', () => new HttpResponse(null, { status: 500 }))],
    },
  },
};

export const Empty: Story = { args: { organization: null } };

export const English: Story = { args: { lang: 'en' } };
