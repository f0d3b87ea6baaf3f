import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import '../src/elements/authority-flow/define.js';
import type { Municipality } from '../src/contract/types.js';
import { scenarioHandlers } from '../src/mocks/index.js';

interface Args {
  municipality: Municipality | undefined;
  lang: string;
}

const akhtynsky: Municipality = { id: '0500500000000', name: 'Ахтынский район', kind: 'district' };

/** Each story starts afresh, not from the screen a previous story left in the draft. */
const forgetDraft = async () => {
  localStorage.removeItem('edu-connect:draft:authority-flow');
};

const meta: Meta<Args> = {
  title: 'Journey/Authority flow',
  component: 'edu-authority-flow',
  args: { municipality: undefined, lang: 'ru' },
  argTypes: { lang: { control: 'inline-radio', options: ['ru', 'en'] } },
  loaders: [forgetDraft],
  render: ({ municipality, lang }) =>
    html`<edu-authority-flow .municipality=${municipality} lang=${lang}></edu-authority-flow>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing chosen yet. */
export const Start: Story = {};

/** Ахтынский район: its education authority is registered already. */
export const Registered: Story = { args: { municipality: akhtynsky } };

/** A municipality where no authority is registered: the application is the way on. */
export const NoneRegistered: Story = {
  args: { municipality: akhtynsky },
  parameters: {
    msw: {
      handlers: [
        http.get('/api/municipalities/:id/authorities', () =>
          HttpResponse.json({ items: [], nextCursor: null, total: 0 }),
        ),
      ],
    },
  },
};

export const ServerError: Story = {
  args: { municipality: akhtynsky },
  parameters: { msw: { handlers: scenarioHandlers.failing('/api') } },
};

export const English: Story = { args: { municipality: akhtynsky, lang: 'en' } };
