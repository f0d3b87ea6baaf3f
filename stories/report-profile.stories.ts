import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { delay, http, HttpResponse } from 'msw';
import '../src/elements/report-profile/define.js';
import type { Organization } from '../src/contract/types.js';
import type { EduReportProfile } from '../src/elements/report-profile/define.js';

type Prepare = 'nothing' | 'submit-empty' | 'fill-and-submit';

interface Args {
  organization: Organization | null;
  lang: string;
  prepare: Prepare;
}

const school: Organization = {
  id: 'story-akhty-1',
  fullName: 'Муниципальное казённое общеобразовательное учреждение «Ахтынская СОШ № 1»',
  shortName: 'МКОУ «Ахтынская СОШ № 1»',
  settlementId: '0500500000100',
  generated: true,
};

function type(root: ShadowRoot, selector: string, text: string): void {
  const field = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Brings the form to a state as a person would: typing, ticking, pressing send. */
function prepared(prepare: Prepare) {
  return ref(async (element) => {
    if (prepare === 'nothing' || !element) return;
    const report = element as EduReportProfile;
    await report.updateComplete;
    const root = report.shadowRoot!;
    if (root.querySelector('[part="receipt"], .error-summary, [role="alert"]')) return;

    if (prepare === 'fill-and-submit') {
      root.querySelector<HTMLInputElement>('#reason-strangers-in-staff')!.click();
      type(root, '#comment', 'В списке сотрудников трое незнакомых людей');
      type(root, '#email', 'sekretar@ахты-школа.рф');
      await report.updateComplete;
    }
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  });
}

const meta: Meta<Args> = {
  title: 'Discovery/Report profile',
  component: 'edu-report-profile',
  args: { organization: school, lang: 'ru', prepare: 'nothing' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['ru', 'en'] },
    prepare: {
      control: 'select',
      options: ['nothing', 'submit-empty', 'fill-and-submit'],
      description: 'What the story does with the form when it opens',
    },
  },
  render: ({ organization, lang, prepare }) =>
    html`<edu-report-profile
      .organization=${organization}
      lang=${lang}
      ${prepared(prepare)}
    ></edu-report-profile>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Empty: Story = {};

/** Sent without answers: the error summary and the errors at each field. */
export const Errors: Story = { args: { prepare: 'submit-empty' } };

export const Sending: Story = {
  args: { prepare: 'fill-and-submit' },
  parameters: { msw: { handlers: [http.post('/api/reports', async () => delay('infinite'))] } },
};

/** The receipt and what happens next. */
export const Success: Story = { args: { prepare: 'fill-and-submit' } };

export const ServerError: Story = {
  args: { prepare: 'fill-and-submit' },
  parameters: {
    msw: { handlers: [http.post('/api/reports', () => new HttpResponse(null, { status: 500 }))] },
  },
};

export const English: Story = { args: { lang: 'en' } };
