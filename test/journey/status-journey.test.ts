/**
 * An applicant follows an application through moderation: received, taken
 * into review by the demo panel's moderator, then approved; the status widget
 * tells each state as the applicant checks it again.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/application-status/define.js';
import '../../demo/moderator-panel.js';
import type { EduApplicationStatus } from '../../src/elements/application-status/define.js';
import { PENDING_APPLICATION } from '../../src/mocks/index.js';
import { mock } from '../support/mock.js';
import { deepActiveElement, deepText } from '../support/dom.js';
import { activate, screenShows } from '../support/journey.js';

describe('The applicant’s journey through moderation', () => {
  before(() => mock.start());
  beforeEach(() => localStorage.clear());
  afterEach(() => mock.reset());

  it('shows received, then under review, then approved', async function () {
    this.timeout(30_000);
    const { number, email } = PENDING_APPLICATION;
    const page = await fixture<HTMLElement>(
      html`<div>
        <edu-application-status
          api-base="/api"
          number=${number}
          email=${email}
        ></edu-application-status>
        <demo-moderator-panel api-base="/api"></demo-moderator-panel>
      </div>`,
    );
    const status = page.querySelector<EduApplicationStatus>('edu-application-status')!;
    const panel = page.querySelector('demo-moderator-panel')!;

    await screenShows(status, `Заявка № ${number} получена`);
    await screenShows(panel, `Взять на рассмотрение ${number}`);
    await activate(panel, `Взять на рассмотрение ${number}`);
    await screenShows(panel, `Заявка ${number} взята на рассмотрение.`);
    await screenShows(panel, `${number} · на рассмотрении`);
    expect(deepText(panel)).not.to.include(`Взять на рассмотрение ${number}`);
    await waitUntil(
      () => deepActiveElement()?.textContent?.includes(`Одобрить ${number}`),
      'the focus goes on to the approval',
    );

    await activate(status, 'Узнать статус');
    await screenShows(status, `Заявка № ${number} на рассмотрении`);
    expect(deepText(status)).not.to.include('получена');

    await activate(panel, `Одобрить ${number}`);
    await screenShows(panel, 'Временный пароль:');
    await screenShows(panel, `Заявка ${number} одобрена: письмо с логином — ниже.`);
    // The panel moves the focus on to the letters; only then does the applicant look again.
    await waitUntil(
      () => deepActiveElement()?.id === 'letters',
      'the focus goes on to the letters',
    );
    await activate(status, 'Узнать статус');
    await screenShows(status, `Заявка № ${number} одобрена`);
    expect(deepText(status)).to.include('отправлено на адрес s•••r@ahty-school.ru');
    expect(deepText(status)).to.include('Отправить письмо ещё раз');
  });

  it('shows each confirmation code in the panel as it is sent, by e-mail and by SMS', async () => {
    const panel = await fixture<HTMLElement>(
      html`<demo-moderator-panel api-base="/api"></demo-moderator-panel>`,
    );
    await screenShows(panel, 'Писем пока нет.');

    // Well before the panel's own periodic look at the outbox.
    const soon = { timeout: 1000 };
    mock.db.sendContactCode('demo-school', 'phone', '+79281234567');
    const sms = mock.db.state.wizards['demo-school']!.codes!.phone!.code;
    await waitUntil(() => deepText(panel).includes(`Код: ${sms}`), 'the SMS code shows', soon);
    expect(deepText(panel)).to.include('Кому: +7 928 123-45-67');

    mock.db.sendContactCode('demo-school', 'email', 'head@example.ru');
    const letter = mock.db.state.wizards['demo-school']!.codes!.email!.code;
    await waitUntil(
      () => deepText(panel).includes(`Код: ${letter}`),
      'the e-mail code shows',
      soon,
    );
  });
});
