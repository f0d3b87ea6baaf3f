/**
 * The whole journey of a school through <edu-connect>, by keyboard alone:
 * from "Подключиться" to the application sent, then from the letter's
 * credentials through activation and setup to a connected school.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/connect/define.js';
import type { EduConnect } from '../../src/elements/connect/connect.js';
import type { Session } from '../../src/contract/types.js';
import { DEMO_ACCOUNT, PENDING_APPLICATION } from '../../src/mocks/index.js';
import { mock } from '../support/mock.js';
import { deepActiveElement, deepText, field, tabTo, typeInto } from '../support/dom.js';
import {
  activate,
  chooseFirst,
  chooseByArrows,
  fillByKeyboard,
  headingFocused,
  press,
  screenShows,
  tick,
  withInnCheckDigit,
  withOgrnCheckDigit,
} from '../support/journey.js';

/** A 10-digit INN with a correct check digit, not used by any generated school. */
const NEW_INN = withInnCheckDigit('057199123');
const NEW_OGRN = withOgrnCheckDigit('102050099123');

describe('The school journey in <edu-connect>', () => {
  before(() => mock.start());
  beforeEach(() => localStorage.clear());
  afterEach(() => mock.reset());

  it('goes from "Подключиться" to the application sent, by keyboard alone', async function () {
    this.timeout(30_000);
    const journey = await fixture<EduConnect>(html`<edu-connect api-base="/api"></edu-connect>`);

    await activate(journey, 'Подключиться');
    await screenShows(journey, 'Учитель');
    await activate(journey, /Учитель/);

    await screenShows(journey, 'Найдите свою организацию');
    await chooseFirst(journey, 'Населённый пункт', 'ахты', 'Ахтынский район');

    await screenShows(journey, /Найдено \d+/);
    expect(deepText(journey)).to.match(/Пример.*Муниципальное казённое/);
    await activate(journey, 'Моей организации нет в списке');

    await screenShows(journey, 'Полное наименование');
    await fillByKeyboard(journey, [['Полное наименование', 'МКОУ «Ахтынская гимназия»']]);
    await chooseByArrows(journey, 'Средняя общеобразовательная школа', 3);
    await chooseByArrows(journey, 'Муниципальное бюджетное учреждение', 1);
    await fillByKeyboard(journey, [
      ['ИНН', NEW_INN],
      ['КПП', '052601001'],
      ['ОГРН', NEW_OGRN],
      [/^Юридический адрес/, '368730, с. Ахты, ул. Гаджибекова, 20'],
    ]);
    await tick(journey, 'совпадает с юридическим');
    await fillByKeyboard(journey, [
      ['Телефон организации', '8 (87263) 2-11-00'],
      ['Электронная почта организации', 'gimnaziya@ахты-гимназия.рф'],
      ['Фамилия руководителя', 'Алиев'],
      ['Имя руководителя', 'Расул'],
      ['Должность руководителя', 'Директор'],
      [/^Фамилия$/, 'Рамазанова'],
      [/^Имя$/, 'Зарема'],
      [/^Должность$/, 'Заместитель директора'],
      [/^Электронная почта$/, 'zarema@ахты-гимназия.рф'],
      [/^Электронная почта ещё раз/, 'zarema@ахты-гимназия.рф'],
      [/^Телефон$/, '8 (928) 555-12-34'],
    ]);
    await activate(journey, 'Проверить ответы');

    await screenShows(journey, 'zarema@ахты-гимназия.рф');
    expect(deepText(journey)).to.include('+7 928 555').and.include('Гимназия');
    await tick(journey, /даю согласие/);
    await activate(journey, 'Отправить заявку');

    await screenShows(journey, 'Заявка отправлена');
    const sent = mock.db.applications.filter((a) => a.application.email.startsWith('zarema'));
    expect(sent, 'the mock received one application').to.have.length(1);
    expect(deepText(journey)).to.include(sent[0]!.application.number);
    expect(deepActiveElement()?.textContent, 'focus moved to the new screen').to.include(
      'Заявка отправлена',
    );
    await expect(journey).to.be.accessible();
  });

  it('goes from the letter through activation and setup, by keyboard', async function () {
    this.timeout(60_000);
    const number = mock.db.applications[0]!.application.number;
    const letter = mock.db.approveApplication(number);
    const journey = await fixture<EduConnect>(html`<edu-connect api-base="/api"></edu-connect>`);
    let token = '';
    journey.addEventListener('edu-login', (event) => {
      token = (event as CustomEvent<{ session: Session }>).detail.session.token;
    });

    await activate(journey, /войти/);
    await screenShows(journey, 'Пароль');
    await typeInto(field(journey, 'Логин'), letter.login);
    await typeInto(field(journey, /^Пароль/), letter.password);
    await press('Enter');

    await screenShows(journey, 'Шаг 1 из 3');
    await screenShows(journey, 'Условия использования сети');
    await tabTo(field(journey, /принимаю условия/));
    await press('Space');
    await tabTo(field(journey, /даю согласие/));
    await press('Space');
    await activate(journey, 'Далее');

    await screenShows(journey, 'Шаг 2 из 3');
    await fillByKeyboard(journey, [
      ['Временный пароль из письма', letter.password],
      [/^Новый пароль(?! ещё)/, 'Gornyi-aul-2027'],
      ['Новый пароль ещё раз', 'Gornyi-aul-2027'],
    ]);
    await activate(journey, 'Далее');

    await screenShows(journey, 'Шаг 3 из 3');
    expect(
      field(journey, 'Электронная почта').value,
      'contacts come from the application',
    ).to.equal(PENDING_APPLICATION.email);
    await fillByKeyboard(journey, [['Электронная почта', 'direktor@ахты-гимназия.рф']]);
    await activate(journey, /^Отправить код на почту$/);
    await screenShows(journey, 'Код отправлен: direktor@ахты-гимназия.рф');
    await fillByKeyboard(journey, [
      ['Код из письма', mock.db.outbox[mock.db.outbox.length - 1]!.code!],
      ['Телефон', '+7 928 555 12 34'],
    ]);
    await activate(journey, /^Отправить код по SMS$/);
    await screenShows(journey, 'Код отправлен: +7 928 555-12-34');
    await fillByKeyboard(journey, [
      ['Код из SMS', mock.db.outbox[mock.db.outbox.length - 1]!.code!],
    ]);
    await activate(journey, 'Далее');

    await screenShows(journey, 'Шаг 1 из 6');
    expect(field(journey, 'Полное наименование').value).to.include('Ахтынская');
    await fillByKeyboard(journey, [
      ['Почтовый индекс', '368730'],
      ['Телефон', '8 928 555-12-34'],
      ['Электронная почта', 'direktor@ахты-гимназия.рф'],
      ['Руководитель', 'Рамазанов Руслан Маратович'],
    ]);
    await activate(journey, 'Далее');

    await screenShows(journey, 'Шаг 2 из 6');
    await activate(journey, 'Далее');
    await screenShows(journey, 'Шаг 3 из 6');
    await tabTo(field(journey, 'Пятибалльная'));
    await press('Space');
    await activate(journey, 'Далее');
    await screenShows(journey, 'Шаг 4 из 6');
    await activate(journey, 'Далее');
    await screenShows(journey, 'Шаг 5 из 6');
    expect(deepText(journey)).to.include('11Б');
    await activate(journey, 'Далее');
    await screenShows(journey, 'Шаг 6 из 6');
    await activate(journey, 'Пропустить');

    await screenShows(journey, 'Организация подключена');
    const account = mock.db.state.accounts.find((a) => a.login === letter.login);
    expect(account?.password, 'the new password replaced the temporary one').to.equal(
      'Gornyi-aul-2027',
    );
    await expect(journey).to.be.accessible();

    expect(token, 'a session was opened').not.to.equal('');
    expect(JSON.stringify({ ...localStorage }), 'the token lives in memory only').not.to.include(
      token,
    );
    await activate(journey, 'Выйти');
    await screenShows(journey, 'Подключиться');
    expect(mock.db.state.sessions[token], 'the server forgot the session').to.equal(undefined);
  });

  it('opens a registered school and reports its wrong profile, by keyboard alone', async () => {
    const journey = await fixture<EduConnect>(html`<edu-connect api-base="/api"></edu-connect>`);
    journey.go('find');
    await headingFocused(journey, 'Найдите свою организацию');
    await chooseFirst(journey, 'Населённый пункт', 'ахты', 'Ахтынский район');
    await screenShows(journey, /Найдено \d+/);

    await activate(journey, /Ахтынская СОШ № 1/);
    // The profile's screen comes with its element's chunk, a moment after the press.
    await screenShows(journey, 'Зарегистрироваться');
    await headingFocused(journey, 'Ахтынская СОШ № 1');

    await activate(journey, 'Сообщить о проблеме с профилем');
    await screenShows(journey, 'Что не так с профилем?');
    await tabTo(field(journey, /не работают в организации/));
    await press('Space');
    await fillByKeyboard(journey, [
      ['Комментарий', 'В списке сотрудников — люди из другой школы.'],
      ['Электронная почта для ответа', 'sekretar@ахты.рф'],
    ]);
    await activate(journey, 'Отправить сообщение');

    await screenShows(journey, 'Номер обращения');
    const [report] = mock.db.state.reports;
    expect(report?.reasons).to.deep.equal(['strangers-in-staff']);
    expect(report?.contactEmail).to.equal('sekretar@ахты.рф');
    await expect(journey).to.be.accessible();
  });

  it('after a reload mid-activation, asks only for the password and resumes there', async () => {
    const first = await fixture<EduConnect>(html`<edu-connect api-base="/api"></edu-connect>`);
    first.go('login');
    await fillByKeyboard(first, [
      ['Логин', DEMO_ACCOUNT.login],
      [/^Пароль/, DEMO_ACCOUNT.password],
    ]);
    await press('Enter');
    await screenShows(first, 'Шаг 1 из 3');
    first.remove();

    const again = await fixture<EduConnect>(html`<edu-connect api-base="/api"></edu-connect>`);
    await screenShows(again, 'Войдите снова');
    expect(field(again, 'Логин').value).to.equal(DEMO_ACCOUNT.login);
    await typeInto(field(again, /^Пароль/), DEMO_ACCOUNT.password);
    await press('Enter');
    await screenShows(again, 'Шаг 1 из 3');
  });

  it('does not show a finished journey to whoever opens the page next', async () => {
    const first = await fixture<EduConnect>(html`<edu-connect api-base="/api"></edu-connect>`);
    first.go('done');
    await screenShows(first, 'Организация подключена');
    first.remove();

    const next = await fixture<EduConnect>(html`<edu-connect api-base="/api"></edu-connect>`);
    await screenShows(next, 'Подключиться');
    expect(deepText(next)).not.to.include('Организация подключена');
  });

  it('keeps the screen, the settlement and the typed answers through a reload', async () => {
    const first = await fixture<EduConnect>(html`<edu-connect api-base="/api"></edu-connect>`);
    first.go('find');
    await headingFocused(first, 'Найдите свою организацию');
    await chooseFirst(first, 'Населённый пункт', 'Касумкент', 'Сулейман-Стальский район');
    await activate(first, 'Моей организации нет в списке');
    // The application's screen comes with its element's chunk, a moment after the press.
    await screenShows(first, 'Полное наименование');
    await typeInto(field(first, 'ИНН'), NEW_INN);
    await press('Tab');
    first.remove();

    const again = await fixture<EduConnect>(html`<edu-connect api-base="/api"></edu-connect>`);
    await screenShows(again, 'Населённый пункт: Касумкент');
    expect(field(again, 'ИНН').value).to.equal(NEW_INN);
  });
});
