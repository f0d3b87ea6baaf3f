import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import type { Application } from '../src/contract/types.js';
import '../src/elements/application-status/define.js';
import { HOSTILE_TEXT, PENDING_APPLICATION, REJECTED_APPLICATION } from '../src/mocks/index.js';

interface Args {
  number: string;
  email: string;
  lang: string;
}

const approved: Application = {
  number: 'ОО-2026-000300',
  kind: 'organization',
  status: 'approved',
  fullName: 'МКОУ «Ахтынская СОШ № 3»',
  email: 'ahty3@школа.рф',
  submittedAt: '2026-11-20T08:00:00Z',
  updatedAt: '2026-11-24T10:30:00Z',
};

/** Taken into review by a moderator two days after it was sent. */
const inReview: Application = {
  number: 'ОО-2026-000301',
  kind: 'organization',
  status: 'review',
  fullName: 'МКОУ «Ахтынская СОШ № 2»',
  email: 'ahty2@школа.рф',
  submittedAt: '2026-11-30T08:00:00Z',
  updatedAt: '2026-12-02T09:15:00Z',
};

const answer = (application: Application) =>
  http.get('/api/applications/:number', () => HttpResponse.json(application));

const meta: Meta<Args> = {
  title: 'Application/Application status',
  component: 'edu-application-status',
  args: { number: '', email: '', lang: 'ru' },
  argTypes: { lang: { control: 'inline-radio', options: ['ru', 'en'] } },
  render: ({ number, email, lang }) =>
    html`<edu-application-status
      number=${number}
      email=${email}
      lang=${lang}
    ></edu-application-status>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The form alone. Try the seeded applications of the mock backend. */
export const Empty: Story = {};

/** Received: sent and waiting for a moderator (a seeded application of the mock). */
export const Pending: Story = { args: PENDING_APPLICATION };

/** A moderator has taken the application and is checking it. */
export const UnderReview: Story = {
  args: { number: inReview.number, email: inReview.email },
  parameters: { msw: { handlers: [answer(inReview)] } },
};

export const Approved: Story = {
  args: { number: approved.number, email: approved.email },
  parameters: { msw: { handlers: [answer(approved)] } },
};

export const Rejected: Story = {
  args: { number: REJECTED_APPLICATION.number, email: REJECTED_APPLICATION.email },
};

/** A reason with markup in it is shown as the text it is. */
export const HostileReason: Story = {
  args: { number: approved.number, email: approved.email },
  parameters: {
    msw: {
      handlers: [answer({ ...approved, status: 'rejected', reason: `${HOSTILE_TEXT} Отказ` })],
    },
  },
};

export const NotFound: Story = {
  args: { number: 'ОО-2026-999999', email: 'nobody@example.ru' },
};

export const Loading: Story = {
  args: PENDING_APPLICATION,
  parameters: {
    msw: { handlers: [http.get('/api/applications/:number', () => delay('infinite'))] },
  },
};

export const ServerError: Story = {
  args: PENDING_APPLICATION,
  parameters: {
    msw: {
      handlers: [
        http.get('/api/applications/:number', () => new HttpResponse(null, { status: 500 })),
      ],
    },
  },
};

export const English: Story = { args: { ...PENDING_APPLICATION, lang: 'en' } };

export const UnderReviewEnglish: Story = {
  args: { number: inReview.number, email: inReview.email, lang: 'en' },
  parameters: { msw: { handlers: [answer(inReview)] } },
};

/** Presses «Отправить письмо ещё раз» once the status has loaded. */
const pressResend = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const status = canvasElement.querySelector('edu-application-status')!;
  for (let tries = 0; tries < 50; tries++) {
    const resend = [...(status.shadowRoot?.querySelectorAll('button') ?? [])].find((button) =>
      button.textContent!.includes('Отправить письмо ещё раз'),
    );
    if (resend) return resend.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** The letter sent again: where it went, masked, and when the next one may go. */
export const LetterSentAgain: Story = {
  args: { number: approved.number, email: approved.email },
  parameters: {
    msw: {
      handlers: [
        answer(approved),
        http.post('/api/applications/:number/letter', () =>
          HttpResponse.json(
            {
              sentTo: 'a•••3@школа.рф',
              sentAt: new Date().toISOString(),
              nextAllowedAt: new Date(Date.now() + 60_000).toISOString(),
            },
            { status: 202 },
          ),
        ),
      ],
    },
  },
  play: pressResend,
};

/** The backend takes no new letter yet (429): the wait, and no pointless retry. */
export const LetterTooSoon: Story = {
  args: { number: approved.number, email: approved.email },
  parameters: {
    msw: {
      handlers: [
        answer(approved),
        http.post('/api/applications/:number/letter', () =>
          HttpResponse.json(
            { status: 429, code: 'too-many-letters', title: 'Too soon' },
            {
              status: 429,
              headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '45' },
            },
          ),
        ),
      ],
    },
  },
  play: pressResend,
};
