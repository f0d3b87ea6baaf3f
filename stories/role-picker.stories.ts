import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/role-picker/define.js';

interface Args {
  value: string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Discovery/Role picker',
  component: 'edu-role-picker',
  args: { value: '', lang: 'ru' },
  argTypes: {
    value: { control: 'select', options: ['', 'school-staff', 'municipal-staff', 'pupil-parent'] },
    lang: { control: 'inline-radio', options: ['ru', 'en'] },
  },
  render: ({ value, lang }) =>
    html`<edu-role-picker .value=${value} lang=${lang}></edu-role-picker>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing chosen yet: the first screen after «Подключиться». */
export const Empty: Story = {};

/** School staff chosen; the composer moves on to the settlement. */
export const SchoolStaff: Story = { args: { value: 'school-staff' } };

/** A pupil or parent is told how to reach the electronic diary instead. */
export const PupilOrParent: Story = { args: { value: 'pupil-parent' } };

export const English: Story = { args: { lang: 'en' } };
