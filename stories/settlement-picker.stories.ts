import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import { delay, http, HttpResponse } from 'msw';
import '../src/elements/settlement-picker/define.js';
import type { Settlement } from '../src/contract/types.js';
import type { EduSettlementPicker } from '../src/elements/settlement-picker/define.js';
import data from '../src/mocks/data/dagestan-settlements.json';

const dagestan = data.settlements as Settlement[];

interface Args {
  kind: 'settlement' | 'municipality';
  value: Settlement | null;
  required: boolean;
  disabled: boolean;
  lang: string;
  typed: string;
  /** Search Dagestan's settlements here rather than ask the server. */
  localList: boolean;
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
  args: {
    kind: 'settlement',
    value: null,
    required: false,
    disabled: false,
    lang: 'ru',
    typed: '',
    localList: false,
  },
  argTypes: {
    kind: { control: 'inline-radio', options: ['settlement', 'municipality'] },
    lang: { control: 'inline-radio', options: ['ru', 'en'] },
    typed: { description: 'Text typed into the field when the story opens' },
  },
  render: ({ kind, value, required, disabled, lang, typed, localList }) =>
    html`<edu-settlement-picker
      kind=${kind}
      .value=${value}
      .places=${localList ? dagestan : null}
      ?required=${required}
      ?disabled=${disabled}
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

/** Presses a key in the picker's field, as the keyboard would. */
function press(canvasElement: HTMLElement, key: string) {
  const picker = canvasElement.querySelector('edu-settlement-picker')!;
  const input = picker.shadowRoot!.querySelector('input')!;
  input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  return picker.updateComplete;
}

/** A list given to the element, searched without any request; the typed words are marked. */
export const GivenList: Story = { args: { localList: true, typed: 'с. Н. Казан' } };

/** A Latin spelling finds the Cyrillic name. */
export const LatinSpelling: Story = { args: { localList: true, typed: 'Makhachkala' } };

/** An option made active with the arrow keys. */
export const ActiveOption: Story = {
  args: { localList: true, typed: 'Советское' },
  play: async ({ canvasElement }) => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    await press(canvasElement, 'ArrowDown');
    await press(canvasElement, 'ArrowDown');
  },
};

/** Nothing matches the list given: what to try instead. */
export const NothingInList: Story = { args: { localList: true, typed: 'Ъыъыъыъы' } };

/** Required and left empty when the form was sent. */
export const Required: Story = {
  args: { required: true },
  play: async ({ canvasElement }) => {
    const picker = canvasElement.querySelector('edu-settlement-picker')!;
    await picker.updateComplete;
    picker.reportValidity();
  },
};

export const Disabled: Story = { args: { value: akhty, disabled: true } };

/** Inside a box that clips its overflow: the list lies above it, whole. */
export const InClippingBox: Story = {
  args: { localList: true, typed: 'Верхний' },
  render: (args, context) =>
    html`<div style=${styleMap({ height: '9em', overflow: 'hidden' })}>
      ${meta.render!(args, context)}
    </div>`,
};

/** On a phone 320 pixels wide. */
export const Narrow: Story = {
  args: { localList: true, typed: 'Верхний Дженгутай' },
  render: (args, context) =>
    html`<div style=${styleMap({ width: '320px' })}>${meta.render!(args, context)}</div>`,
};
