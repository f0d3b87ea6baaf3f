import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import type {
  Application,
  ApplicationInput,
  Organization,
  Settlement,
} from '../../src/contract/types.js';
import { draftKey, dropDraft, keepDraft } from '../../src/elements/application-form/draft.js';
import {
  FIELDS,
  type ApplicationFormValues,
  type FieldName,
} from '../../src/elements/application-form/fields.js';
import { applicationFormMessages } from '../../src/elements/application-form/messages.js';
import { en } from '../../src/elements/application-form/messages.en.js';
import '../../src/elements/application-form/define.js';
import type { EduApplicationForm } from '../../src/elements/application-form/define.js';
import { createClient } from '../../src/client/client.js';
import { mock } from '../support/mock.js';
import { button, deepActiveElement, deepText, field, tabTo } from '../support/dom.js';

const akhty: Settlement = {
  id: '0500500000100',
  name: 'Ахты',
  kind: 'село',
  municipality: { id: '0500500000000', name: 'Ахтынский район' },
};

const valid: ApplicationFormValues = {
  fullName: 'Муниципальное казённое общеобразовательное учреждение «Ахтынская СОШ № 3»',
  shortName: 'МКОУ «Ахтынская СОШ № 3»',
  type: 'secondary-school',
  legalForm: 'municipal-treasury',
  inn: '0522004310',
  kpp: '052201001',
  ogrn: '1020501781123',
  address: '368730, с. Ахты, ул. Гаджибекова, 20',
  postalAddress: '368730, с. Ахты, а/я 3',
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

const KEY = draftKey('organization', akhty.id);

async function render(): Promise<EduApplicationForm> {
  const el = await fixture<EduApplicationForm>(
    html`<edu-application-form .settlement=${akhty}></edu-application-form>`,
  );
  await el.updateComplete;
  return el;
}

/** A form whose answers were typed before, standing on the given step. */
async function renderWithDraft(step: 'edit' | 'review', key = 'key-1') {
  keepDraft(KEY, { values: valid, postalSame: false, idempotencyKey: key, step });
  return render();
}

/** The label of a field as a person reads it, optional mark included. */
function labelOf(name: string): RegExp {
  const label = applicationFormMessages.ru.labels('organization')[name as FieldName];
  return new RegExp(`^${label}(\\s*\\(\\s*необязательно\\s*\\))?$`);
}

/** Ticks the consent, which no draft keeps, on the check of answers. */
async function consent(el: EduApplicationForm) {
  const box = field(el.shadowRoot!, /даю согласие/);
  if (!box.checked) box.click();
  await el.updateComplete;
}

/** Sends the application from the check of answers, with the consent given. */
async function send(el: EduApplicationForm) {
  await consent(el);
  button(el.shadowRoot!, 'Отправить заявку').click();
}

/** Types into a field and leaves it, the way a person does. */
async function typeAndLeave(el: HTMLElement, label: string | RegExp, value: string) {
  const input = field(el.shadowRoot!, label);
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.blur();
  await (el as EduApplicationForm).updateComplete;
  return input;
}

function errorOf(input: HTMLInputElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  const root = input.getRootNode() as ShadowRoot;
  return ids
    .map((id) => root.getElementById(id))
    .filter((node) => node?.classList.contains('error'))
    .map((node) => deepText(node!).trim())
    .join(' ');
}

const problem = (status: number, body: object, headers: Record<string, string> = {}) =>
  HttpResponse.json(
    { status, ...body },
    {
      status,
      headers: { 'Content-Type': 'application/problem+json', ...headers },
    },
  );

describe('<edu-application-form>', () => {
  before(() => mock.start());
  afterEach(() => {
    dropDraft(KEY);
    mock.reset();
  });

  describe('answers checked when a field is left', () => {
    it('says that the INN check digit does not match', async () => {
      const el = await render();
      const inn = await typeAndLeave(el, 'ИНН', '6907006969');

      expect(errorOf(inn)).to.include(
        'Контрольная цифра ИНН не совпадает: проверьте, не перепутаны ли цифры',
      );
      expect(inn.getAttribute('aria-invalid')).to.equal('true');
    });

    it('cleans the spaces typed in an INN and counts its digits', async () => {
      const el = await render();
      const inn = await typeAndLeave(el, 'ИНН', '690 700-696');

      expect(inn.value).to.equal('690700696');
      expect(errorOf(inn)).to.include('ИНН организации состоит из 10 цифр, вы ввели 9 цифр');
    });

    it('waits for the field to be left before it complains', async () => {
      const el = await render();
      const inn = field(el.shadowRoot!, 'ИНН');
      inn.focus();
      await sendKeys({ type: '6907' });
      await el.updateComplete;

      expect(errorOf(inn)).to.equal('');
      expect(inn.getAttribute('aria-invalid')).to.equal('false');

      inn.blur();
      await el.updateComplete;
      expect(errorOf(inn)).to.include('вы ввели 4 цифры');
    });

    it('refuses an e-mail without @ and two addresses that differ', async () => {
      const el = await render();
      const email = await typeAndLeave(el, /^Электронная почта$/, 'ahty3.школа.рф');
      expect(errorOf(email)).to.include('В адресе нет знака @');

      await typeAndLeave(el, /^Электронная почта$/, 'ahty3@школа.рф');
      const again = await typeAndLeave(el, 'Электронная почта ещё раз', 'ahty4@школа.рф');
      expect(errorOf(field(el.shadowRoot!, /^Электронная почта$/))).to.equal('');
      expect(errorOf(again)).to.include('Адреса не совпадают');
    });

    it('asks about a likely typo in a mail domain, and fixes both addresses on request', async () => {
      const el = await render();
      await typeAndLeave(el, /^Электронная почта$/, 'ahty3@mail.ry');
      await typeAndLeave(el, 'Электронная почта ещё раз', 'ahty3@mail.ry');
      const email = field(el.shadowRoot!, /^Электронная почта$/);
      expect(deepText(el.shadowRoot!)).to.include('возможно, вы имели в виду ahty3@mail.ru?');
      expect(email.getAttribute('aria-describedby')).to.include('field-email-suggestion');
      await expect(el).to.be.accessible();

      button(el.shadowRoot!, 'Исправить на ahty3@mail.ru').click();
      await el.updateComplete;
      expect(email.value).to.equal('ahty3@mail.ru');
      expect(field(el.shadowRoot!, 'Электронная почта ещё раз').value).to.equal('ahty3@mail.ru');
      expect(deepText(el.shadowRoot!)).not.to.include('возможно, вы имели в виду');
      expect(deepActiveElement()).to.equal(email);
    });

    it('says how long an answer may be, at the field, before anything is sent', async () => {
      const el = await render();
      const input = await typeAndLeave(el, 'Фамилия', 'Я'.repeat(5000));

      expect(errorOf(input)).to.include('Не больше 100 знаков, сейчас 5000');
    });

    it('shows the phone as +7 and ten digits once it is left', async () => {
      const el = await render();
      const phone = await typeAndLeave(el, /^Телефон$/, 'тел. 8 (928) 123 45 67');

      expect(phone.value).to.equal('+7 928 123-45-67');
      expect(errorOf(phone)).to.equal('');
    });

    it('has a label for every field and describes the hints', async () => {
      const el = await render();
      const controls = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
      expect(controls.length).to.equal(22 + 8 + 7);
      for (const control of controls) expect(control.labels?.length, control.id).to.equal(1);
      expect(deepText(el.shadowRoot!)).to.include('egrul.nalog.ru');
      await expect(el).to.be.accessible();
    });

    it('asks each field with the keyboard and autofill it needs', async () => {
      const el = await render();
      const attributes = (label: string | RegExp) => {
        const input = field(el.shadowRoot!, label);
        return [input.type, input.inputMode, input.autocomplete].join(' ');
      };

      expect(attributes('ИНН')).to.equal('text numeric off');
      expect(attributes('ОГРН')).to.equal('text numeric off');
      expect(attributes('КПП')).to.equal('text  off');
      expect(attributes('Полное наименование')).to.equal('text  organization');
      expect(attributes('Телефон организации')).to.equal('tel tel work tel');
      expect(attributes('Электронная почта организации')).to.equal('text email work email');
      expect(attributes('Сайт')).to.equal('url url url');
      expect(attributes('Фамилия руководителя')).to.equal('text  off');
      expect(attributes(/^Фамилия$/)).to.equal('text  family-name');
      expect(attributes(/^Имя$/)).to.equal('text  given-name');
      expect(attributes(/^Отчество \(/)).to.equal('text  additional-name');
      expect(attributes(/^Должность$/)).to.equal('text  organization-title');
      expect(attributes(/^Электронная почта$/)).to.equal('text email email');
      expect(attributes(/^Телефон$/)).to.equal('tel tel tel');
      const kinds = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="type"]');
      expect([...kinds].map((radio) => radio.type)).to.deep.equal(Array(8).fill('radio'));
    });

    it('takes «same as legal» for the postal address, and hides its field', async () => {
      const el = await render();
      field(el.shadowRoot!, 'совпадает с юридическим').click();
      await el.updateComplete;

      expect(() => field(el.shadowRoot!, 'Почтовый адрес с индексом')).to.throw();
      button(el.shadowRoot!, 'Проверить ответы').click();
      await el.updateComplete;
      const summary = deepText(el.shadowRoot!.querySelector('.summary')!);
      expect(summary).not.to.include('почтовый адрес');
      expect(summary).to.include('Введите юридический адрес');
    });

    it('offers an authority the kinds and legal forms of an authority', async () => {
      const el = await fixture<EduApplicationForm>(
        html`<edu-application-form
          kind="authority"
          .municipality=${{ id: '0500500000000', name: 'Ахтынский район' }}
        ></edu-application-form>`,
      );
      const kinds = [...el.shadowRoot!.querySelectorAll('input[name="type"]')].map((radio) =>
        deepText((radio as HTMLInputElement).labels![0]!).trim(),
      );
      expect(kinds).to.include('Управление образования');
      expect(kinds.join()).not.to.include('Гимназия');
      expect(deepText(el.shadowRoot!)).to.include('Руководитель органа');
    });
  });

  describe('on a narrow screen', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('fits 320 px without scrolling sideways, the check of answers too', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await render();
      el.style.display = 'block';
      expect(el.scrollWidth).to.be.at.most(320);

      const review = await renderWithDraft('review');
      review.style.display = 'block';
      expect(review.scrollWidth).to.be.at.most(320);
      const email = review.shadowRoot!.querySelector('.email-large')!;
      expect(email.getBoundingClientRect().right).to.be.at.most(320);
    });
  });

  describe('error summary', () => {
    it('takes focus on submit and leads to each field', async () => {
      const el = await render();
      await typeAndLeave(el, 'ИНН', '123');
      button(el.shadowRoot!, 'Проверить ответы').click();
      await el.updateComplete;
      await aTimeout(0);

      const summary = el.shadowRoot!.querySelector('.summary')!;
      expect(deepActiveElement()).to.equal(summary);
      expect(deepText(summary)).to.include('Исправьте ошибки');
      expect(deepText(summary)).to.include('Введите полное наименование');
      expect(deepText(summary)).to.include('вы ввели 3 цифры');

      const link = [...summary.querySelectorAll('a')].find((a) =>
        a.textContent!.includes('вы ввели 3'),
      )!;
      link.click();
      expect(deepActiveElement()).to.equal(field(el.shadowRoot!, 'ИНН'));
      await expect(el).to.be.accessible();
    });
  });

  describe('the whole way by keyboard', () => {
    it('goes from the first field to a sent application', async () => {
      const el = await render();
      const names = FIELDS;
      const typed: Partial<ApplicationFormValues> = {
        inn: '0522 004 310',
        ogrn: '1020501781123',
        orgPhone: '8 (87263) 2-14-56',
        website: 'ahty3.ru',
        phone: '8 928 123 45 67',
        email: 'ahty3@school.ru',
        emailConfirm: 'ahty3@school.ru',
      };

      field(el.shadowRoot!, 'Полное наименование').focus();
      for (const name of names) {
        await tabTo(el.shadowRoot!.querySelector(`#field-${name}`)!);
        if (name === 'type') {
          // Tab enters a radio group at its first choice; Space takes it, arrows move on.
          await sendKeys({ press: 'Space' });
        } else if (name === 'legalForm') {
          await sendKeys({ press: 'ArrowDown' });
        } else {
          await sendKeys({ type: typed[name] ?? valid[name] });
        }
      }
      await tabTo(button(el.shadowRoot!, 'Проверить ответы'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await aTimeout(0);

      const heading = el.shadowRoot!.querySelector('#review-title');
      expect(deepActiveElement()).to.equal(heading);
      expect(deepText(el.shadowRoot!)).to.include('ahty3@school.ru');
      expect(deepText(el.shadowRoot!)).to.include('0522004310');
      expect(deepText(el.shadowRoot!)).to.include('+7 928 123-45-67');
      expect(deepText(el.shadowRoot!)).to.include('Средняя общеобразовательная школа (СОШ)');
      expect(deepText(el.shadowRoot!)).to.include('https://ahty3.ru');
      await expect(el).to.be.accessible();

      await tabTo(field(el.shadowRoot!, /даю согласие/));
      await sendKeys({ press: 'Space' });
      await tabTo(button(el.shadowRoot!, 'Отправить заявку'));
      const sent = oneEvent(el, 'edu-application-sent');
      await sendKeys({ press: 'Enter' });
      const { detail } = (await sent) as CustomEvent<{ application: Application }>;

      expect(detail.application.email).to.equal('ahty3@school.ru');
      expect(detail.application.status).to.equal('pending');
      await el.updateComplete;
      expect(deepText(el.shadowRoot!)).to.include(detail.application.number);
    });
  });

  describe('the draft', () => {
    it('lives in session storage, never with the consent, and comes back with a notice', async () => {
      const first = await renderWithDraft('review', 'key-restored');
      await consent(first);
      first.remove();

      const stored = sessionStorage.getItem(`edu-connect:draft:${KEY}`) ?? '';
      expect(stored).to.include(valid.inn).and.include('key-restored');
      expect(stored).not.to.include('consent');
      expect(localStorage.getItem(`edu-connect:draft:${KEY}`)).to.equal(null);

      const again = await render();
      const text = deepText(again.shadowRoot!);
      expect(text).to.include('Мы восстановили ответы, которые вы ввели раньше');
      expect(text).to.include('Проверьте ответы');
      expect(field(again.shadowRoot!, /даю согласие/).checked).to.equal(false);
      await expect(again).to.be.accessible();
    });

    it('is promised for this tab only, as long as session storage keeps it', async () => {
      const el = await render();
      const text = deepText(el.shadowRoot!);
      expect(text).to.include('не пропадёт, если страница перезагрузится или пропадёт связь');
      expect(text).to.include('Когда вы закроете вкладку, ответы забудутся');
      expect(text).not.to.include('на этом устройстве');
      expect(en.intro).to.include('When you close the tab, the answers are forgotten');
      expect(en.intro).not.to.include('on this device');
    });

    it('starts again from nothing, with a new idempotency key', async () => {
      const keys: string[] = [];
      mock.worker.use(
        http.post('/api/applications', ({ request }) => {
          keys.push(request.headers.get('Idempotency-Key') ?? '');
          return undefined;
        }),
      );
      const el = await renderWithDraft('edit', 'key-old');
      button(el.shadowRoot!, 'Начать заново').click();
      await el.updateComplete;
      await aTimeout(0);

      expect(field(el.shadowRoot!, 'ИНН').value).to.equal('');
      expect(deepActiveElement()).to.equal(field(el.shadowRoot!, 'Полное наименование'));
      expect(deepText(el.shadowRoot!)).not.to.include('Мы восстановили');
      expect(sessionStorage.getItem(`edu-connect:draft:${KEY}`)).to.equal(null);

      keepDraft(KEY, { values: valid, postalSame: false, idempotencyKey: 'unused', step: 'edit' });
      const other = await render();
      button(other.shadowRoot!, 'Начать заново').click();
      await other.updateComplete;
      for (const [name, value] of Object.entries(valid)) {
        if (name === 'type' || name === 'legalForm') {
          other.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
        } else {
          await typeAndLeave(other, labelOf(name), value);
        }
      }
      button(other.shadowRoot!, 'Проверить ответы').click();
      await waitUntil(() => deepText(other.shadowRoot!).includes('Отправить заявку'));
      await send(other);
      await waitUntil(() => keys.length === 1);
      expect(keys[0]).not.to.equal('unused');
    });

    it('keeps what was typed when the element is created again', async () => {
      const first = await render();
      await typeAndLeave(first, 'Полное наименование', valid.fullName);
      await typeAndLeave(first, 'ИНН', '0522004310');
      first.remove();

      const second = await render();
      expect(field(second.shadowRoot!, 'Полное наименование').value).to.equal(valid.fullName);
      expect(field(second.shadowRoot!, 'ИНН').value).to.equal('0522004310');
    });

    it('fills empty answers from prefill, never over a draft', async () => {
      const values = { ...valid, fullName: 'Из черновика' };
      keepDraft(KEY, { values, postalSame: false, idempotencyKey: 'k', step: 'edit' });
      const el = await fixture<EduApplicationForm>(
        html`<edu-application-form
          .settlement=${akhty}
          .prefill=${{ fullName: 'Из поиска', position: 'Секретарь' }}
        ></edu-application-form>`,
      );
      expect(field(el.shadowRoot!, 'Полное наименование').value).to.equal('Из черновика');

      dropDraft(KEY);
      const fresh = await fixture<EduApplicationForm>(
        html`<edu-application-form
          .settlement=${akhty}
          .prefill=${{ fullName: 'Из поиска' }}
        ></edu-application-form>`,
      );
      expect(field(fresh.shadowRoot!, 'Полное наименование').value).to.equal('Из поиска');

      // The host passes the same prefill again after the person emptied the field.
      await typeAndLeave(fresh, 'Полное наименование', '');
      fresh.prefill = { fullName: 'Из поиска' };
      await fresh.updateComplete;
      expect(field(fresh.shadowRoot!, 'Полное наименование').value).to.equal('');
    });
  });

  describe('the check of answers', () => {
    it('shows every answer and the e-mail on its own, and goes back to change one', async () => {
      const el = await renderWithDraft('review');
      const text = deepText(el.shadowRoot!);
      expect(text).to.include('Проверьте ответы');
      expect(el.shadowRoot!.querySelector('.email-large')!.textContent).to.equal(valid.email);
      expect(text).to.include('если в нём ошибка, письмо не дойдёт');
      for (const name of ['inn', 'ogrn', 'kpp', 'lastName', 'phone'] as const) {
        expect(text).to.include(valid[name]);
      }

      button(el.shadowRoot!, /Изменить\s*: ОГРН/).click();
      await el.updateComplete;
      await aTimeout(0);
      expect(deepActiveElement()).to.equal(field(el.shadowRoot!, 'ОГРН'));
    });
  });

  describe('sending', () => {
    it('sends once, however often the button is pressed', async () => {
      const el = await renderWithDraft('review', 'double-click');
      await consent(el);
      const sent = oneEvent(el, 'edu-application-sent');
      const submit = button(el.shadowRoot!, 'Отправить заявку');
      submit.click();
      submit.click();
      await el.updateComplete;
      submit.click();
      await sent;

      const mine = mock.db.applications.filter((stored) => stored.input.inn === valid.inn);
      expect(mine.length).to.equal(1);
      expect(mine[0]!.input.head).to.deep.equal({
        lastName: 'Гаджиев',
        firstName: 'Руслан',
        middleName: 'Магомедович',
        position: 'Директор',
      });
      expect(mine[0]!.input).to.deep.include({
        type: 'secondary-school',
        legalForm: 'municipal-treasury',
        phone: '+78726321456',
        email: valid.orgEmail,
        website: valid.website,
        consent: true,
      });
    });

    it('asks for the consent on the check of answers, and leads to it', async () => {
      let asked = 0;
      mock.worker.use(
        http.post('/api/applications', () => {
          asked += 1;
          return undefined;
        }),
      );
      const el = await renderWithDraft('review');
      button(el.shadowRoot!, 'Отправить заявку').click();
      await el.updateComplete;
      await aTimeout(0);

      const summary = el.shadowRoot!.querySelector('.summary')!;
      expect(deepActiveElement()).to.equal(summary);
      expect(deepText(summary)).to.include('Отметьте согласие на обработку персональных данных');
      expect(deepText(el.shadowRoot!)).to.include('Проверьте ответы');
      summary.querySelector('a')!.click();
      expect(deepActiveElement()).to.equal(field(el.shadowRoot!, /даю согласие/));
      expect(asked).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('keeps everything through a timeout and sends on retry', async () => {
      let slow = true;
      mock.worker.use(
        http.post('/api/applications', async () => {
          if (!slow) return undefined;
          // The first answer comes long after the client gave up waiting.
          slow = false;
          await delay(1500);
          return HttpResponse.error();
        }),
      );
      keepDraft(KEY, { values: valid, postalSame: false, idempotencyKey: 'slow', step: 'review' });
      const form = await fixture<EduApplicationForm>(
        html`<edu-application-form
          .settlement=${akhty}
          .client=${createClient({ baseUrl: '/api', timeoutMs: 300 })}
        ></edu-application-form>`,
      );
      await send(form);
      await waitUntil(() => deepText(form.shadowRoot!).includes('Сервер не ответил вовремя'));
      expect(form.shadowRoot!.querySelector('.email-large')!.textContent).to.equal(valid.email);

      const sent = oneEvent(form, 'edu-application-sent');
      button(form.shadowRoot!, 'Повторить').click();
      await sent;
      expect(mock.db.applications.filter((a) => a.input.inn === valid.inn).length).to.equal(1);
    });

    it('puts a 422 about the head or the consent at its own field', async () => {
      mock.worker.use(
        http.post('/api/applications', () =>
          problem(422, {
            title: 'Invalid',
            errors: [
              { path: ['head', 'lastName'], message: 'Фамилия руководителя не как в ЕГРЮЛ' },
              { path: ['phone'], message: 'Номер не отвечает' },
            ],
          }),
        ),
      );
      const el = await renderWithDraft('review');
      await send(el);
      await waitUntil(() => el.shadowRoot!.querySelector('.summary'));

      const head = field(el.shadowRoot!, 'Фамилия руководителя');
      expect(errorOf(head)).to.include('не как в ЕГРЮЛ');
      expect(errorOf(field(el.shadowRoot!, 'Телефон организации'))).to.include('не отвечает');
      expect(head.value).to.equal(valid.headLastName);
    });

    it('sends the same idempotency key again after a lost answer: one application', async () => {
      const keys: string[] = [];
      let loseAnswer = true;
      mock.worker.use(
        http.post('/api/applications', async ({ request }) => {
          const key = request.headers.get('Idempotency-Key') ?? '';
          keys.push(key);
          if (!loseAnswer) return undefined;

          // The server creates the application, but the answer never reaches the phone.
          loseAnswer = false;
          mock.db.createApplication((await request.json()) as ApplicationInput, key);
          return HttpResponse.error();
        }),
      );
      const el = await renderWithDraft('review', 'draft-key-7');

      await send(el);
      await waitUntil(() => deepText(el.shadowRoot!).includes('Нет связи с сервером'));
      expect(deepText(el.shadowRoot!)).to.include(valid.email);

      const sent = oneEvent(el, 'edu-application-sent');
      button(el.shadowRoot!, 'Повторить').click();
      await sent;

      expect(keys).to.deep.equal(['draft-key-7', 'draft-key-7']);
      const mine = mock.db.applications.filter((stored) => stored.input.inn === valid.inn);
      expect(mine.length).to.equal(1);
    });

    it('after a lost answer and a changed e-mail, says the first sending arrived', async () => {
      let loseAnswer = true;
      mock.worker.use(
        http.post('/api/applications', async ({ request }) => {
          if (!loseAnswer) return undefined;
          loseAnswer = false;
          const key = request.headers.get('Idempotency-Key') ?? '';
          mock.db.createApplication((await request.json()) as ApplicationInput, key);
          return HttpResponse.error();
        }),
      );
      const el = await renderWithDraft('review', 'draft-key-8');
      const root = el.shadowRoot!;
      await send(el);
      await waitUntil(() => deepText(root).includes('Нет связи с сервером'));

      // The person notices a typo in the e-mail and corrects it before trying again.
      button(root, 'Изменить : Электронная почта').click();
      await el.updateComplete;
      await typeAndLeave(el, /^Электронная почта$/, 'ahty-3@школа.рф');
      await typeAndLeave(el, 'Электронная почта ещё раз', 'ahty-3@школа.рф');
      button(root, 'Проверить ответы').click();
      await waitUntil(() => deepText(root).includes('Отправить заявку'));
      await send(el);

      await waitUntil(() => deepText(root).includes('уже дошла до сервера'));
      const [first] = mock.db.applications.filter((stored) => stored.input.inn === valid.inn);
      expect(deepText(root)).to.include(first!.application.number).and.include(valid.email);
      await expect(el).to.be.accessible();

      const sent = oneEvent(el, 'edu-application-sent');
      button(root, 'Отправить исправленную заявку').click();
      const { detail } = (await sent) as CustomEvent<{ application: Application }>;
      expect(detail.application.email).to.equal('ahty-3@школа.рф');
      const mine = mock.db.applications.filter((stored) => stored.input.inn === valid.inn);
      expect(mine.map((stored) => stored.application.email)).to.deep.equal([
        valid.email,
        'ahty-3@школа.рф',
      ]);
    });

    it('clears the draft once the application is sent', async () => {
      const el = await renderWithDraft('review');
      const sent = oneEvent(el, 'edu-application-sent');
      await send(el);
      await sent;

      const again = await render();
      expect(field(again.shadowRoot!, 'ИНН').value).to.equal('');
    });

    it('shows the organization a 409 names, with «Это моя организация»', async () => {
      const existing: Organization = {
        id: 'org-1',
        fullName: 'МКОУ «Ахтынская СОШ № 3» <b>имени</b>',
        settlementId: akhty.id,
        inn: valid.inn,
      };
      mock.worker.use(
        http.post('/api/applications', () =>
          problem(409, { title: 'Duplicate', code: 'duplicate', existing }),
        ),
      );
      const el = await renderWithDraft('review');

      await send(el);
      await waitUntil(() => deepText(el.shadowRoot!).includes('уже зарегистрирована'));
      expect(deepText(el.shadowRoot!)).to.include('МКОУ «Ахтынская СОШ № 3» <b>имени</b>');
      expect(el.shadowRoot!.querySelector('b')).to.equal(null);
      await expect(el).to.be.accessible();

      const selected = oneEvent(el, 'edu-organization-select');
      button(el.shadowRoot!, 'Это моя организация').click();
      const { detail } = (await selected) as CustomEvent<{ organization: Organization }>;
      expect(detail.organization.id).to.equal('org-1');
    });

    it('shows the field errors of a 422 at the fields and in the summary', async () => {
      mock.worker.use(
        http.post('/api/applications', () =>
          problem(422, {
            title: 'Invalid',
            errors: [
              { path: ['inn'], message: 'ИНН не найден в ЕГРЮЛ' },
              { path: ['administrator', 'email'], message: 'Домен почты не принимает письма' },
            ],
          }),
        ),
      );
      const el = await renderWithDraft('review');

      await send(el);
      await waitUntil(() => el.shadowRoot!.querySelector('.summary'));
      await aTimeout(0);

      const summary = el.shadowRoot!.querySelector('.summary')!;
      expect(deepActiveElement()).to.equal(summary);
      expect(deepText(summary)).to.include('ИНН не найден в ЕГРЮЛ');
      expect(errorOf(field(el.shadowRoot!, 'ИНН'))).to.include('ИНН не найден в ЕГРЮЛ');
      const email = field(el.shadowRoot!, /^Электронная почта$/);
      expect(errorOf(email)).to.include('Домен почты не принимает');
      expect(field(el.shadowRoot!, 'ИНН').value).to.equal(valid.inn);
    });

    it('says how long to wait on a 429, and keeps everything on a 500', async () => {
      mock.worker.use(
        http.post(
          '/api/applications',
          () => problem(429, { title: 'Slow down' }, { 'Retry-After': '30' }),
          { once: true },
        ),
        http.post('/api/applications', () => problem(500, { title: 'Oops' }), { once: true }),
      );
      const el = await renderWithDraft('review');

      await send(el);
      await waitUntil(() => deepText(el.shadowRoot!).includes('Подождите 30 с'));

      button(el.shadowRoot!, 'Повторить').click();
      await waitUntil(() => deepText(el.shadowRoot!).includes('На сервере произошла ошибка'));
      expect(el.shadowRoot!.querySelector('.email-large')!.textContent).to.equal(valid.email);
      await expect(el).to.be.accessible();
    });
  });

  describe('for a municipal education authority', () => {
    const district = { id: '0500500000000', name: 'Ахтынский район', kind: 'district' as const };
    const authorityKey = draftKey('authority', district.id);
    afterEach(() => dropDraft(authorityKey));

    it('names the authority, matches it by numbers only, and shows a 409 in words', async () => {
      const queries: unknown[] = [];
      mock.worker.use(
        http.post('/api/duplicates', async ({ request }) => {
          queries.push(await request.json());
          return HttpResponse.json({ matches: [] });
        }),
        http.post('/api/applications', () =>
          problem(409, { code: 'duplicate', detail: 'Управление образования уже подключено.' }),
        ),
      );
      const values = { ...valid, type: 'authority-department', legalForm: 'local-government' };
      keepDraft(authorityKey, { values, postalSame: false, idempotencyKey: 'a-1', step: 'edit' });
      const el = await fixture<EduApplicationForm>(
        html`<edu-application-form
          kind="authority"
          .municipality=${district}
        ></edu-application-form>`,
      );

      const text = deepText(el.shadowRoot!);
      expect(text).to.include('Заявка на подключение органа управления образованием');
      expect(text).to.include('Муниципальное образование: Ахтынский район');
      await waitUntil(() => queries.length > 0);
      expect(queries[0]).to.deep.equal({ inn: valid.inn, ogrn: valid.ogrn });

      button(el.shadowRoot!, 'Проверить ответы').click();
      await el.updateComplete;
      await send(el);
      await waitUntil(() => deepText(el.shadowRoot!).includes('уже подключено'));
      expect(el.shadowRoot!.querySelector('.email-large')!.textContent).to.equal(valid.email);
    });
  });

  describe('likely duplicates', () => {
    it('are shown while the INN is typed, each with its reason', async () => {
      const queries: unknown[] = [];
      const registered: Organization = {
        id: 'org-7',
        fullName: '<img src=x onerror="window.hacked=1">МКОУ «Ахтынская СОШ № 3»',
        settlementId: akhty.id,
        inn: valid.inn,
        address: '368730, с. Ахты',
      };
      mock.worker.use(
        http.post('/api/duplicates', async ({ request }) => {
          queries.push(await request.json());
          return HttpResponse.json({
            matches: [
              { organization: registered, score: 1, reasons: ['same-inn', 'similar-name'] },
            ],
          });
        }),
      );
      const el = await render();
      field(el.shadowRoot!, 'ИНН').focus();
      await sendKeys({ type: '0522004310' });

      await waitUntil(() => deepText(el.shadowRoot!).includes('уже зарегистрирована'), '', {
        timeout: 6000,
      });
      const text = deepText(el.shadowRoot!);
      expect(text).to.include('тот же ИНН, похожее наименование в этом населённом пункте');
      expect(text).to.include('<img src=x onerror="window.hacked=1">МКОУ');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(queries.at(-1)).to.deep.include({ inn: valid.inn, settlementId: akhty.id });
      expect(text).to.include('Найдена 1 похожая организация');
      await expect(el).to.be.accessible();

      const selected = oneEvent(el, 'edu-organization-select');
      button(el.shadowRoot!, 'Это моя организация').click();
      const { detail } = (await selected) as CustomEvent<{ organization: Organization }>;
      expect(detail.organization.id).to.equal('org-7');
    });

    it('do not ask the server about a half-typed INN', async () => {
      let asked = 0;
      mock.worker.use(
        http.post('/api/duplicates', () => {
          asked += 1;
          return HttpResponse.json({ matches: [] });
        }),
      );
      const el = await render();
      await typeAndLeave(el, 'ИНН', '05220');
      await aTimeout(700);
      expect(asked).to.equal(0);
    });
  });
});
