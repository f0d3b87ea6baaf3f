import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Application } from '../src/contract/types.js';
import '../src/elements/application-sent/define.js';

interface Args {
  application: Application | undefined;
  lang: string;
}

const application: Application = {
  number: 'ОО-2026-000517',
  kind: 'organization',
  status: 'pending',
  fullName: 'Муниципальное казённое общеобразовательное учреждение «Ахтынская СОШ № 3»',
  email: 'ahty3@школа.рф',
  submittedAt: '2026-12-03T09:15:00Z',
  updatedAt: '2026-12-03T09:15:00Z',
};

const meta: Meta<Args> = {
  title: 'Application/Application sent',
  component: 'edu-application-sent',
  args: { application, lang: 'ru' },
  argTypes: { lang: { control: 'inline-radio', options: ['ru', 'en'] } },
  render: ({ application, lang }) =>
    html`<edu-application-sent .application=${application} lang=${lang}></edu-application-sent>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The number to keep, where the letter goes and what to do when it does not come. */
export const Filled: Story = {};

/** A long address still fits a phone's screen. */
export const LongAddress: Story = {
  args: {
    application: {
      ...application,
      email: 'zamestitel.direktora.po.uchebnoy.rabote@ahtynskaya-srednyaya-shkola-3.ru',
    },
  },
};

/** Without an application the element shows nothing. */
export const Empty: Story = { args: { application: undefined } };

export const English: Story = { args: { lang: 'en' } };
