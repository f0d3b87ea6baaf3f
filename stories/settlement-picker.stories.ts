import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { delay, http, HttpResponse } from 'msw';
import '../src/elements/settlement-picker/define.js';
import type { Settlement } from '../src/contract/types.js';
import type { EduSettlementPicker } from '../src/elements/settlement-picker/define.js';

interface Args {
  kind: 'settlement' | 'municipality';
  value: Settlement | null;
  required: boolean;
  lang: string;
  typed: string;
}

/** Types into the picker's field once it has rendered, as a person would. */
function typeIn(text: string) {
  return ref(async (element) => {
    if (!text || !element) return;
    const picker = element as EduSettlementPicker;
    await picker.updateComplete;
    const input = picker.shadowRoot!.querySelector('input')!;
    if (input.value === text) return;
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  });
}

const akhty: Settlement = {
  id: '0500500000100',
  name: 'Ахты',
  municipality: { id: '0500500000000', name: 'Ахтынский район' },
};

const meta: Meta<Args> = {
  title: 'Discovery/Settlement picker',
  component: 'edu-settlement-picker',
  args: { kind: 'settlement', value: null, required: false, lang: 'ru', typed: '' },
  argTypes: {
    kind: { control: 'inline-radio', options: ['settlement', 'municipality'] },
    lang: { control: 'inline-radio', options: ['ru', 'en'] },
    typed: { description: 'Text typed into the field when the story opens' },
  },
  render: ({ kind, value, required, lang, typed }) =>
    html`<edu-settlement-picker
      kind=${kind}
      .value=${value}
      ?required=${required}
      lang=${lang}
      ${typeIn(typed)}
    ></edu-settlement-picker>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Empty: Story = {};

/** Three villages named «Советское», told apart by their districts. */
export const Options: Story = { args: { typed: 'Советское' } };

export const Loading: Story = {
  args: { typed: 'Дербент' },
  parameters: {
    msw: { handlers: [http.get('/api/settlements', async () => delay('infinite'))] },
  },
};

export const NothingFound: Story = {
  args: { typed: 'Ъыъыъыъы' },
  parameters: {
    msw: {
      handlers: [
        http.get('/api/settlements', () => HttpResponse.json({ items: [], nextCursor: null })),
      ],
    },
  },
};

export const ServerError: Story = {
  args: { typed: 'Ахты' },
  parameters: {
    msw: {
      handlers: [http.get('/api/settlements', () => new HttpResponse(null, { status: 500 }))],
    },
  },
};

export const NoConnection: Story = {
  args: { typed: 'Ахты' },
  parameters: { msw: { handlers: [http.get('/api/settlements', () => HttpResponse.error())] } },
};

/** A settlement already chosen. */
export const Filled: Story = { args: { value: akhty } };

/** The municipal flow: districts and city districts. */
export const Municipality: Story = { args: { kind: 'municipality', typed: 'Ахтынский' } };
