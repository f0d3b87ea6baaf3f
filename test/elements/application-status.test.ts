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

/** What the live region says, as a screen reader hears it. */
const announced = (el: EduApplicationStatus) =>
  el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

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

  it('tells a received application, since when it waits, and what comes next', async () => {
    const el = await render();
    await ask(el, PENDING_APPLICATION.number, PENDING_APPLICATION.email);

    await waitUntil(() => textOf(el).includes('получена'));
    const shown = textOf(el);
    expect(shown).to.include(`Заявка № ${PENDING_APPLICATION.number} получена`);
    expect(shown).to.match(
      /отправлена 20 ноября 2026 г\. и ждёт, когда её возьмёт на рассмотрение модератор\./,
    );
    expect(shown).to.include(`на адрес ${PENDING_APPLICATION.email} придёт письмо с логином`);
    expect(shown).not.to.include('на рассмотрении');
    expect(announced(el)).to.include(`Заявка № ${PENDING_APPLICATION.number} получена.`);
    expect(announced(el)).to.include('Модератор проверит данные заявки');
    await expect(el).to.be.accessible();
  });

  it('tells an application a moderator has taken, since when, and what comes next', async () => {
    mock.db.reviewApplication(PENDING_APPLICATION.number);
    const el = await render();
    await ask(el, PENDING_APPLICATION.number, PENDING_APPLICATION.email);

    await waitUntil(() => textOf(el).includes('на рассмотрении'));
    const shown = textOf(el);
    const today = new Intl.DateTimeFormat('ru-RU', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date());
    expect(shown).to.include(`Заявка № ${PENDING_APPLICATION.number} на рассмотрении`);
    expect(shown).to.include(`Модератор взял заявку на рассмотрение ${today}`);
    expect(shown).to.include(
      `Когда модератор примет решение, на адрес ${PENDING_APPLICATION.email}`,
    );
    expect(shown).not.to.include('получена');
    expect(shown).not.to.include('Отправить письмо ещё раз');
    expect(announced(el)).to.include(`Заявка № ${PENDING_APPLICATION.number} на рассмотрении.`);
    expect(announced(el)).to.include('с причиной отказа');
    await expect(el).to.be.accessible();
  });

  it('announces the status politely, in a live region apart from the result', async () => {
    mock.worker.use(answer({ ...approved, status: 'review' }));
    const el = await render(approved.number, approved.email);

    await waitUntil(() => announced(el).includes('на рассмотрении'));
    const live = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(live.getAttribute('aria-live') ?? 'polite').to.equal('polite');
    expect(live.closest('[role="alert"], [aria-live="assertive"]')).to.equal(null);
  });

  it('speaks English with lang="en" in each of the waiting states', async () => {
    mock.worker.use(answer({ ...approved, status: 'pending' }));
    const el = await fixture<EduApplicationStatus>(
      html`<edu-application-status
        lang="en"
        number=${approved.number}
        email=${approved.email}
      ></edu-application-status>`,
    );
    await waitUntil(() => textOf(el).includes('is received'));
    expect(textOf(el)).to.include('waits for a moderator to take it up');

    mock.worker.use(answer({ ...approved, status: 'review' }));
    button(el.shadowRoot!, 'Check the status').click();
    await waitUntil(() => textOf(el).includes('is under review'));
    expect(textOf(el)).to.include('A moderator took it up on 24 November 2026');
    expect(textOf(el)).not.to.include('is received');
  });

  it('asks at once when both attributes are given; an approved one leads to login', async () => {
    mock.worker.use(answer(approved));
    const el = await render(approved.number, approved.email);

    await waitUntil(() => textOf(el).includes('одобрена'));
    expect(textOf(el)).to.include('отправлено на адрес a•••3@школа.рф');
    expect(textOf(el)).not.to.include('ahty3@школа.рф');
    expect(announced(el)).to.include(`Заявка № ${approved.number} одобрена.`);
    expect(announced(el)).to.include('отправлено на адрес a•••3@школа.рф');
    expect(announced(el)).not.to.include('ahty3@школа.рф');
    expect(textOf(el)).to.include('Отправить письмо ещё раз');
    await expect(el).to.be.accessible();

    const login = oneEvent(el, 'edu-login-request');
    button(el.shadowRoot!, 'Войти').click();
    await login;
  });

  it('shows the moderator’s reason for a rejection and offers to apply again', async () => {
    const el = await render();
    await ask(el, REJECTED_APPLICATION.number, REJECTED_APPLICATION.email);

    await waitUntil(() => textOf(el).includes('отклонена'));
    expect(textOf(el)).to.include(`Заявка № ${REJECTED_APPLICATION.number} отклонена`);
    expect(textOf(el)).to.include(REJECTED_APPLICATION.reason);
    expect(textOf(el)).to.include('Исправьте то, что указал модератор, и подайте заявку снова');
    expect(announced(el)).to.include('Исправьте то, что указал модератор');
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

  describe('sending the letter again', () => {
    /** An approved application of the mock, whose approval letter went `ago` ms before now. */
    function approvedInMock(ago: number) {
      const input = {
        kind: 'organization' as const,
        settlementId: '0500500000100',
        fullName: 'МКОУ «Ахтынская СОШ № 9»',
        inn: '0522004310',
        ogrn: '1020501781123',
        kpp: '052201001',
        address: '368730, с. Ахты, ул. Гаджибекова, 9',
        administrator: {
          lastName: 'Рамазанова',
          firstName: 'Зарема',
          position: 'Завуч',
          email: 'zarema@ахты-школа.рф',
          phone: '+79285551234',
        },
      };
      const { number } = mock.db.createApplication(input);
      mock.db.approveApplication(number);
      const letter = mock.db.outbox.at(-1) as { sentAt: string };
      letter.sentAt = new Date(Date.now() - ago).toISOString();
      return { number, email: input.administrator.email };
    }

    it('sends it to the masked address and then waits as the backend says', async () => {
      const { number, email } = approvedInMock(120_000);
      const letters = mock.db.outbox.length;
      const el = await render(number, email);
      await waitUntil(() => textOf(el).includes('одобрена'));

      button(el.shadowRoot!, 'Отправить письмо ещё раз').click();
      await waitUntil(() => textOf(el).includes('Письмо отправлено ещё раз'));
      expect(textOf(el)).to.include('на z•••a@ахты-школа.рф');
      expect(textOf(el)).to.match(/снова через (1 мин|59 с)/);
      expect(mock.db.outbox.length).to.equal(letters + 1);
      expect(mock.db.outbox.at(-1)!.password).to.equal(mock.db.outbox.at(-2)!.password);

      const resend = button(el.shadowRoot!, 'Отправить письмо ещё раз');
      expect(resend.getAttribute('aria-disabled')).to.equal('true');
      resend.click();
      await el.updateComplete;
      expect(mock.db.outbox.length).to.equal(letters + 1);
      await expect(el).to.be.accessible();
    });

    it('says when to try again when the backend refuses a letter too soon', async () => {
      const { number, email } = approvedInMock(10_000);
      const el = await render(number, email);
      await waitUntil(() => textOf(el).includes('одобрена'));

      button(el.shadowRoot!, 'Отправить письмо ещё раз').click();
      await waitUntil(() => textOf(el).includes('можно отправить снова через'));
      expect(textOf(el)).to.match(/через (50|49) с/);
      expect(textOf(el)).not.to.include('Повторить');
      const resend = button(el.shadowRoot!, 'Отправить письмо ещё раз');
      expect(resend.getAttribute('aria-disabled')).to.equal('true');
    });

    it('keeps the status and offers a retry when the letter cannot be asked for', async () => {
      mock.worker.use(
        answer(approved),
        http.post('/api/applications/:n/letter', () => HttpResponse.error()),
      );
      const el = await render(approved.number, approved.email);
      await waitUntil(() => textOf(el).includes('одобрена'));

      button(el.shadowRoot!, 'Отправить письмо ещё раз').click();
      await waitUntil(() => textOf(el).includes('Нет связи с сервером'));
      expect(textOf(el)).to.include('одобрена');
      expect(() => button(el.shadowRoot!, 'Повторить')).not.to.throw();
    });
  });
});
