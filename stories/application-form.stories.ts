import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import type { Municipality, Organization, Settlement } from '../src/contract/types.js';
import '../src/elements/application-form/define.js';
import type { EduApplicationForm } from '../src/elements/application-form/define.js';
import {
  draftKey,
  dropDraft,
  keepDraft,
  type FormStep,
} from '../src/elements/application-form/draft.js';
import type { ApplicationFormValues } from '../src/elements/application-form/fields.js';

interface Args {
  kind: 'organization' | 'authority';
  settlement: Settlement | undefined;
  municipality: Municipality | undefined;
  prefill: Partial<ApplicationFormValues> | undefined;
  lang: string;
}

/** Real settlements of Dagestan; each story has its own, so their drafts never mix. */
const place = (id: string, name: string, municipalityId: string, municipality: string) => ({
  id,
  name,
  kind: 'село',
  municipality: { id: municipalityId, name: municipality },
});
const akhty = place('0500500000100', 'Ахты', '0500500000000', 'Ахтынский район');
const artlukh = place('0501500000300', 'Артлух', '0501500000000', 'Казбековский район');
const arussi = place('0502500004800', 'Арусси', '0502500000000', 'Лакский район');
const arkhida = place('0503900006200', 'Архида', '0503900000000', 'Хунзахский район');
const archib = place('0504200000300', 'Арчиб', '0504200000000', 'Чародинский район');
const archo = place('0500400000300', 'Арчо', '0500400000000', 'Ахвахский район');

const akhtyDistrict: Municipality = {
  id: '0500500000000',
  name: 'Ахтынский район',
  kind: 'district',
};

/** Answers that pass every check; the numbers are made up with valid check digits. */
const answers: ApplicationFormValues = {
  fullName: 'Муниципальное казённое общеобразовательное учреждение «Ахтынская СОШ № 3»',
  shortName: 'МКОУ «Ахтынская СОШ № 3»',
  type: 'secondary-school',
  legalForm: 'municipal-treasury',
  inn: '0522004310',
  kpp: '052201001',
  ogrn: '1020501781123',
  address: '368730, с. Ахты, ул. Гаджибекова, 20',
  postalAddress: '',
  orgPhone: '+7 872 632-14-56',
  orgEmail: 'ahty3-school@mail.ru',
  website: 'https://ahty3.ru',
  headLastName: 'Гаджиев',
  headFirstName: 'Руслан',
  headMiddleName: 'Магомедович',
  headPosition: 'Директор',
  lastName: 'Магомедова',
  firstName: 'Патимат',
  middleName: 'Абдуллаевна',
  position: 'Заместитель директора',
  email: 'ahty3@школа.рф',
  emailConfirm: 'ahty3@школа.рф',
  phone: '+7 928 123-45-67',
};

/** Starts a story from a draft on the given step, or from no draft at all. */
function draft(settlement: Settlement, step: FormStep | null, values = answers) {
  return async () => {
    const key = draftKey('organization', settlement.id);
    const idempotencyKey = `story-${settlement.id}`;
    if (step) keepDraft(key, { values, postalSame: true, idempotencyKey, step });
    else dropDraft(key);
  };
}

const registered: Organization = {
  id: 'story-akhty-3',
  fullName: 'Муниципальное казённое общеобразовательное учреждение «Ахтынская СОШ № 3»',
  shortName: 'МКОУ «Ахтынская СОШ № 3»',
  inn: answers.inn,
  address: '368730, Республика Дагестан, Ахтынский район, с. Ахты',
  settlementId: akhty.id,
  generated: true,
};

const meta: Meta<Args> = {
  title: 'Application/Application form',
  component: 'edu-application-form',
  args: {
    kind: 'organization',
    settlement: akhty,
    municipality: undefined,
    prefill: undefined,
    lang: 'ru',
  },
  argTypes: {
    kind: { control: 'inline-radio', options: ['organization', 'authority'] },
    lang: { control: 'inline-radio', options: ['ru', 'en'] },
  },
  loaders: [draft(akhty, null)],
  render: ({ kind, settlement, municipality, prefill, lang }) =>
    html`<edu-application-form
      kind=${kind}
      .settlement=${settlement}
      .municipality=${municipality}
      .prefill=${prefill}
      lang=${lang}
    ></edu-application-form>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing typed yet. What is typed is kept as a draft: reload the story to see it stay. */
export const Empty: Story = {};

/** The name typed in the school search comes along. */
export const Prefilled: Story = {
  args: { settlement: artlukh, prefill: { fullName: 'МКОУ «Артлухская СОШ»' } },
  loaders: [draft(artlukh, null)],
};

/** Typing the INN of a registered school shows it, with the reason. */
export const LikelyDuplicate: Story = {
  args: { settlement: arussi, prefill: { fullName: answers.fullName, inn: answers.inn } },
  loaders: [draft(arussi, null)],
  parameters: {
    msw: {
      handlers: [
        http.post('/api/duplicates', () =>
          HttpResponse.json({
            matches: [
              { organization: registered, score: 0.95, reasons: ['same-inn', 'similar-name'] },
            ],
          }),
        ),
      ],
    },
  },
};

/** Every answer given: the check of answers, with the e-mail on its own. */
export const Review: Story = {
  args: { settlement: arkhida },
  loaders: [draft(arkhida, 'review')],
};

/** The consent ticked and the application sent: the story does both when it opens. */
const tickAndSend = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const form = canvasElement.querySelector<EduApplicationForm>('edu-application-form')!;
  await form.updateComplete;
  form.shadowRoot!.querySelector<HTMLInputElement>('#field-consent')!.click();
  await form.updateComplete;
  [...form.shadowRoot!.querySelectorAll('button')]
    .find((button) => button.textContent!.includes('Отправить заявку'))!
    .click();
};

/** Sent without the consent: the error summary on the check of answers leads to it. */
export const ConsentMissing: Story = {
  args: { settlement: arkhida },
  loaders: [draft(arkhida, 'review')],
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector<EduApplicationForm>('edu-application-form')!;
    await form.updateComplete;
    [...form.shadowRoot!.querySelectorAll('button')]
      .find((button) => button.textContent!.includes('Отправить заявку'))!
      .click();
  },
};

/** Answers typed before a reload come back, with the notice and «Начать заново». */
export const Restored: Story = {
  args: { settlement: artlukh },
  loaders: [draft(artlukh, 'edit')],
};

/** Every answer checked on «Проверить ответы»: the error summary takes focus. */
export const ErrorSummary: Story = {
  args: { settlement: arussi },
  loaders: [draft(arussi, null)],
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector<EduApplicationForm>('edu-application-form')!;
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

/** An address at «mail.ry»: the check of answers asks whether «mail.ru» was meant. */
export const EmailTypo: Story = {
  args: { settlement: archo },
  loaders: [
    draft(archo, 'review', { ...answers, email: 'ahty3@mail.ry', emailConfirm: 'ahty3@mail.ry' }),
  ],
};

/** Sending on a slow connection. Press «Отправить заявку». */
export const Sending: Story = {
  args: { settlement: archib },
  loaders: [draft(archib, 'review')],
  parameters: {
    msw: { handlers: [http.post('/api/applications', () => delay('infinite'))] },
  },
};

/** The server fails on sending: the answers stay and «Повторить» sends again. */
export const ServerError: Story = {
  args: { settlement: archo },
  loaders: [draft(archo, 'review')],
  play: tickAndSend,
  parameters: {
    msw: {
      handlers: [http.post('/api/applications', () => new HttpResponse(null, { status: 500 }))],
    },
  },
};

/** The server knows this organization already (409) and names it. */
export const AlreadyRegistered: Story = {
  args: { settlement: archo },
  loaders: [draft(archo, 'review')],
  play: tickAndSend,
  parameters: {
    msw: {
      handlers: [
        http.post('/api/applications', () =>
          HttpResponse.json(
            { status: 409, code: 'duplicate', title: 'Duplicate', existing: registered },
            { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      ],
    },
  },
};

/** A municipal education authority applies for its municipality. */
export const Authority: Story = {
  args: { kind: 'authority', settlement: undefined, municipality: akhtyDistrict },
};

export const English: Story = {
  args: { lang: 'en' },
};
