import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { Application } from '../../src/contract/types.js';
import '../../src/elements/application-status/define.js';
import type { EduApplicationStatus } from '../../src/elements/application-status/define.js';
import { PENDING_APPLICATION, REJECTED_APPLICATION } from '../../src/mocks/db.js';
import { mock } from '../support/mock.js';
import { button, deepText, field } from '../support/dom.js';

const approved: Application = {
  number: 'ОО-2026-000300',
  kind: 'organization',
  status: 'approved',
  fullName: 'МКОУ «Ахтынская СОШ № 3»',
  email: 'ahty3@школа.рф',
  submittedAt: '2026-11-20T08:00:00Z',
  updatedAt: '2026-11-24T10:30:00Z',
};

function answer(application: Application) {
  return http.get('/api/applications/:number', () => HttpResponse.json(application));
}

async function render(number = '', email = '') {
  return fixture<EduApplicationStatus>(
    html`<edu-application-status number=${number} email=${email}></edu-application-status>`,
  );
}

const textOf = (el: EduApplicationStatus) => deepText(el.shadowRoot!);

async function ask(el: EduApplicationStatus, number: string, email: string) {
  const root = el.shadowRoot!;
  for (const [label, value] of [
    ['Номер заявки', number],
    ['Электронная почта', email],
  ] as const) {
    const input = field(root, label);
    input.value = value;
    input.dispatchEvent(new InputEvent('input'));
    input.blur();
  }
  await el.updateComplete;
  button(root, 'Узнать статус').click();
}

describe('<edu-application-status>', () => {
  before(() => mock.start());
  afterEach(() => mock.reset());

  it('asks for the number and the e-mail, and checks them before asking the server', async () => {
    let asked = 0;
    mock.worker.use(
      http.get('/api/applications/:number', () => {
        asked += 1;
        return HttpResponse.json(approved);
      }),
    );
    const el = await render();
    await expect(el).to.be.accessible();

    await ask(el, '', 'ahty3.школа.рф');
    await el.updateComplete;
    expect(textOf(el)).to.include('Введите номер заявки');
    expect(textOf(el)).to.include('В адресе нет знака @');
    expect(asked).to.equal(0);
    expect(field(el.shadowRoot!, 'Номер заявки').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('tells a pending application and since when', async () => {
    const el = await render();
    await ask(el, PENDING_APPLICATION.number, PENDING_APPLICATION.email);

    await waitUntil(() => textOf(el).includes('на проверке'));
    expect(textOf(el)).to.include(`Заявка № ${PENDING_APPLICATION.number} на проверке`);
    expect(textOf(el)).to.match(/отправлена \d{1,2} [а-я]+ \d{4} г\. и ждёт модератора\./);
    await expect(el).to.be.accessible();
  });

  it('asks at once when both attributes are given; an approved one leads to login', async () => {
    mock.worker.use(answer(approved));
    const el = await render(approved.number, approved.email);

    await waitUntil(() => textOf(el).includes('одобрена'));
    expect(textOf(el)).to.include('отправлено на адрес ahty3@школа.рф');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.include('одобрена');
    await expect(el).to.be.accessible();

    const login = oneEvent(el, 'edu-login-request');
    button(el.shadowRoot!, 'Войти').click();
    await login;
  });

  it('shows the moderator’s reason for a rejection and offers to apply again', async () => {
    const el = await render();
    await ask(el, REJECTED_APPLICATION.number, REJECTED_APPLICATION.email);

    await waitUntil(() => textOf(el).includes('отклонена'));
    expect(textOf(el)).to.include(REJECTED_APPLICATION.reason);
    await expect(el).to.be.accessible();

    const reapply = oneEvent(el, 'edu-reapply');
    button(el.shadowRoot!, 'Подать заявку снова').click();
    const { detail } = (await reapply) as CustomEvent<{ application: Application }>;
    expect(detail.application.number).to.equal(REJECTED_APPLICATION.number);
  });

  it('shows a hostile reason from the server as text', async () => {
    const reason = '<script>window.hacked = 1</script><b>Отказ</b>';
    mock.worker.use(answer({ ...approved, status: 'rejected', reason }));
    const el = await render(approved.number, approved.email);

    await waitUntil(() => textOf(el).includes('отклонена'));
    expect(el.shadowRoot!.querySelector('blockquote')!.textContent).to.equal(reason);
    expect(el.shadowRoot!.querySelector('blockquote b, blockquote script')).to.equal(null);
  });

  it('says no application was found with that number and e-mail', async () => {
    const el = await render();
    await ask(el, 'ОО-2026-999999', 'nobody@example.ru');

    await waitUntil(() => textOf(el).includes('не найдена'));
    expect(textOf(el)).to.include('Проверьте номер заявки и адрес');
    await expect(el).to.be.accessible();
  });

  it('shows a server failure with a retry that asks again', async () => {
    mock.worker.use(
      http.get('/api/applications/:number', () => new HttpResponse(null, { status: 503 }), {
        once: true,
      }),
      answer(approved),
    );
    const el = await render(approved.number, approved.email);

    await waitUntil(() => textOf(el).includes('На сервере произошла ошибка'));
    button(el.shadowRoot!, 'Повторить').click();
    await waitUntil(() => textOf(el).includes('одобрена'));
  });
});
