import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/elements/report-profile/define.js';
import type { EduReportProfile } from '../../src/elements/report-profile/define.js';
import type { Organization, ProfileReport } from '../../src/contract/types.js';
import { commonMessages } from '../../src/core/messages.js';
import { clearDraft, loadDraft } from '../../src/core/drafts.js';
import { button, deepActiveElement, deepText, field, tabTo, typeInto } from '../support/dom.js';
import { mock } from '../support/mock.js';

/** The first sample school of с. Ахты in the mock registry. */
const school: Organization = {
  id: 'oo-0500500000100-01',
  fullName: 'Муниципальное казённое общеобразовательное учреждение «Ахтынская СОШ № 1»',
  shortName: 'МКОУ «Ахтынская СОШ № 1»',
  settlementId: '0500500000100',
};

const DRAFT = `profile-report:${school.id}`;

async function report() {
  const el = await fixture<EduReportProfile>(
    html`<edu-report-profile .organization=${school}></edu-report-profile>`,
  );
  return { el, root: el.shadowRoot! };
}

function checkbox(root: ShadowRoot, label: string): HTMLInputElement {
  return field(root, label);
}

function errorOf(root: ShadowRoot, input: Element): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => root.getElementById(id)?.textContent ?? '').join(' ');
}

async function fillIn(root: ShadowRoot, email = 'sekretar@ахты-школа.рф') {
  checkbox(root, 'люди, которые не работают').click();
  await typeInto(field(root, 'Комментарий'), 'В списке сотрудников трое незнакомых людей');
  await typeInto(field(root, 'Электронная почта'), email);
}

describe('<edu-report-profile>', () => {
  before(() => mock.start());
  beforeEach(() => clearDraft(DRAFT));
  afterEach(() => mock.reset());

  it('offers the three reasons, a comment and a contact e-mail, all labelled', async () => {
    const { el, root } = await report();
    const text = deepText(root);

    expect(root.querySelector('h2')!.textContent).to.include('Ахтынская СОШ № 1');
    for (const reason of ['не работают', 'описывает организацию неверно', 'Другое']) {
      expect(text).to.include(reason);
    }
    expect(root.querySelectorAll('input[type="checkbox"]').length).to.equal(3);
    expect(field(root, 'Комментарий').tagName).to.equal('TEXTAREA');
    expect(field(root, 'Электронная почта').tagName).to.equal('INPUT');
    await expect(el).to.be.accessible();
  });

  it('sends the report, with a Cyrillic e-mail, and shows the receipt', async () => {
    let sent: ProfileReport | undefined;
    mock.worker.events.on('request:start', async ({ request }) => {
      if (request.method === 'POST') sent = (await request.clone().json()) as ProfileReport;
    });
    const { el, root } = await report();

    try {
      await fillIn(root);
      const done = oneEvent(el, 'edu-report-sent');
      await tabTo(button(root, 'Отправить сообщение'));
      await sendKeys({ press: 'Enter' });
      const { detail } = (await done) as CustomEvent;

      expect(detail.receipt.id).to.be.a('string');
      expect(sent).to.deep.equal({
        organizationId: school.id,
        reasons: ['strangers-in-staff'],
        comment: 'В списке сотрудников трое незнакомых людей',
        contactEmail: 'sekretar@ахты-школа.рф',
      });
      await el.updateComplete;
      expect(deepActiveElement()!.textContent).to.include('Сообщение отправлено');
      expect(deepText(root)).to.include(detail.receipt.id);
      expect(deepText(root)).to.include('обычно создаются по ошибке и удаляются');
      expect(loadDraft(DRAFT)).to.equal(undefined);
      await expect(el).to.be.accessible();
    } finally {
      mock.worker.events.removeAllListeners();
    }
  });

  it('checks a field when it is left, not while typing', async () => {
    const { root } = await report();
    const email = field(root, 'Электронная почта');

    await typeInto(email, 'sekretar@');
    expect(email.getAttribute('aria-invalid')).to.equal('false');

    await sendKeys({ press: 'Tab' });
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(errorOf(root, email)).to.include('имя@домен');
  });

  it('on sending unfilled, focuses an error summary whose links reach each field', async () => {
    const { el, root } = await report();

    button(root, 'Отправить сообщение').click();
    await el.updateComplete;

    const summary = root.querySelector<HTMLElement>('.error-summary')!;
    expect(deepActiveElement()).to.equal(summary);
    expect(summary.textContent).to.include('Отметьте, что не так с профилем');
    expect(summary.textContent).to.include('Укажите адрес электронной почты');
    await expect(el).to.be.accessible();

    button(summary, 'Укажите адрес электронной почты').click();
    expect(deepActiveElement()).to.equal(field(root, 'Электронная почта'));
    button(summary, 'Отметьте').click();
    expect(deepActiveElement()).to.equal(checkbox(root, 'люди, которые не работают'));
  });

  it('wants a comment when «Другое» is the reason', async () => {
    const { el, root } = await report();
    checkbox(root, 'Другое').click();
    await typeInto(field(root, 'Электронная почта'), 'school@mail.ru');

    button(root, 'Отправить сообщение').click();
    await el.updateComplete;

    expect(errorOf(root, field(root, 'Комментарий'))).to.include('Опишите проблему');
  });

  it('keeps what was typed in a draft, across a reload of the element', async () => {
    const first = await report();
    await fillIn(first.root);
    first.el.remove();

    const { root } = await report();

    expect(checkbox(root, 'люди, которые не работают').checked).to.equal(true);
    expect(field(root, 'Комментарий').value).to.include('незнакомых');
    expect(field(root, 'Электронная почта').value).to.equal('sekretar@ахты-школа.рф');
  });

  it('shows the server’s field errors at their fields', async () => {
    mock.worker.use(
      http.post('/api/reports', () =>
        HttpResponse.json(
          {
            title: 'Invalid report',
            status: 422,
            errors: [{ path: ['contactEmail'], message: 'Этот адрес не принимает почту' }],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { el, root } = await report();
    await fillIn(root);

    button(root, 'Отправить сообщение').click();
    await waitUntil(() => root.querySelector('.error-summary'), 'no summary', { timeout: 4000 });

    expect(errorOf(root, field(root, 'Электронная почта'))).to.include(
      'Этот адрес не принимает почту',
    );
    expect(deepActiveElement()).to.equal(root.querySelector('.error-summary'));
    await expect(el).to.be.accessible();
  });

  it('shows a server failure with a retry and loses nothing', async () => {
    mock.worker.use(http.post('/api/reports', () => new HttpResponse(null, { status: 500 })));
    const { el, root } = await report();
    await fillIn(root);

    button(root, 'Отправить сообщение').click();
    await waitUntil(() => root.querySelector('[role="alert"]'), 'no failure', { timeout: 4000 });

    expect(deepText(root)).to.include(commonMessages.ru.server);
    expect(field(root, 'Электронная почта').value).to.equal('sekretar@ахты-школа.рф');
    expect(loadDraft<{ contactEmail: string }>(DRAFT)?.contactEmail).to.equal(
      'sekretar@ахты-школа.рф',
    );
    await expect(el).to.be.accessible();

    mock.worker.resetHandlers();
    const done = oneEvent(el, 'edu-report-sent');
    button(root, 'Повторить').click();
    await done;
  });

  it('explains a dropped connection', async () => {
    mock.worker.use(http.post('/api/reports', () => HttpResponse.error()));
    const { root } = await report();
    await fillIn(root);

    button(root, 'Отправить сообщение').click();
    await waitUntil(() => root.querySelector('[role="alert"]'), 'no failure', { timeout: 4000 });

    expect(deepText(root)).to.include(commonMessages.ru.network);
  });

  it('refuses a receipt that breaks the contract', async () => {
    mock.worker.use(http.post('/api/reports', () => HttpResponse.json({ id: '' })));
    const { el, root } = await report();
    await fillIn(root);

    button(root, 'Отправить сообщение').click();
    await waitUntil(() => root.querySelector('[role="alert"]'), 'no failure', { timeout: 4000 });

    expect(deepText(root)).to.include(commonMessages.ru.contract);
    expect(el.shadowRoot!.querySelector('[part="receipt"]')).to.equal(null);
  });

  it('shows a malicious organization name as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = await fixture<EduReportProfile>(
      html`<edu-report-profile
        .organization=${{ ...school, shortName: undefined, fullName: evil }}
      ></edu-report-profile>`,
    );

    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.include(evil);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });
});
