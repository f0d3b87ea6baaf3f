import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http } from 'msw';
import '../src/elements/login-form/define.js';
import { DEMO_ACCOUNT } from '../src/mocks/index.js';
import { problemAnswer } from './wizard-backend.js';

interface Args {
  login: string;
  lang: string;
}

/** Types a password and submits, as a person would, to show the server's answer. */
async function submitPassword(canvasElement: HTMLElement, password: string) {
  const form = canvasElement.querySelector('edu-login-form');
  await form?.updateComplete;
  const root = form?.shadowRoot;
  const input = form?.querySelector<HTMLInputElement>('input[autocomplete="current-password"]');
  if (!root || !input) return;
  input.value = password;
  input.dispatchEvent(new Event('input'));
  root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
}

const meta: Meta<Args> = {
  title: 'Session/Login form',
  component: 'edu-login-form',
  args: { login: '', lang: 'ru' },
  argTypes: { lang: { control: 'inline-radio', options: ['ru', 'en'] } },
  render: ({ login, lang }) => html`<edu-login-form login=${login} lang=${lang}></edu-login-form>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing typed. The mock accepts `demo-school` with the password `Vremya-2026`. */
export const Empty: Story = {};

/** The login from the letter, prefilled through the `login` attribute. */
export const Prefilled: Story = {
  args: { login: DEMO_ACCOUNT.login },
};

/** A wrong password: the login stays, the hint names layout and Caps Lock. */
export const WrongPassword: Story = {
  args: { login: DEMO_ACCOUNT.login },
  parameters: {
    msw: { handlers: [http.post('/api/session', () => problemAnswer(401, 'invalid-credentials'))] },
  },
  play: ({ canvasElement }) => submitPassword(canvasElement, 'Vremya-2025'),
};

/** The temporary password from the letter is too old. */
export const PasswordExpired: Story = {
  args: { login: 'expired-school' },
  parameters: {
    msw: { handlers: [http.post('/api/session', () => problemAnswer(403, 'password-expired'))] },
  },
  play: ({ canvasElement }) => submitPassword(canvasElement, 'Staryi-2026'),
};

/** Caps Lock was on while the password was typed: the warning under the field. */
export const CapsLock: Story = {
  args: { login: DEMO_ACCOUNT.login },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('edu-login-form');
    await form?.updateComplete;
    const input = form?.querySelector<HTMLInputElement>('input[autocomplete="current-password"]');
    input?.dispatchEvent(new KeyboardEvent('keydown', { key: 'A', modifierCapsLock: true }));
  },
};

/** A blocked account: the way to support. */
export const AccountBlocked: Story = {
  args: { login: 'blocked-school' },
  parameters: {
    msw: { handlers: [http.post('/api/session', () => problemAnswer(403, 'account-blocked'))] },
  },
  play: ({ canvasElement }) => submitPassword(canvasElement, 'Blok-2026'),
};

/** Too many attempts: a countdown, and the button waits with it. */
export const RateLimited: Story = {
  args: { login: DEMO_ACCOUNT.login },
  parameters: {
    msw: {
      handlers: [
        http.post('/api/session', () =>
          problemAnswer(429, 'too-many-attempts', { 'Retry-After': '45' }),
        ),
      ],
    },
  },
  play: ({ canvasElement }) => submitPassword(canvasElement, 'Vremya-2025'),
};

/** The server does not answer: the request is on its way. */
export const LoggingIn: Story = {
  args: { login: DEMO_ACCOUNT.login },
  parameters: { msw: { handlers: [http.post('/api/session', () => delay('infinite'))] } },
  play: ({ canvasElement }) => submitPassword(canvasElement, DEMO_ACCOUNT.password),
};

export const English: Story = {
  args: { lang: 'en' },
};
