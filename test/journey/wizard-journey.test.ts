/**
 * The wizards inside <edu-connect> on a village connection: the page reloads
 * in the middle of every step, the session ends halfway through a step. Each
 * time the person logs in again and finds the step and what they typed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/connect/define.js';
import type { EduConnect } from '../../src/elements/connect/connect.js';
import { ACTIVATED_ACCOUNT, DEMO_ACCOUNT } from '../../src/mocks/index.js';
import { mock } from '../support/mock.js';
import { button, deepText, field, tabTo, typeInto } from '../support/dom.js';
import { activate, fillByKeyboard, press, screenShows } from '../support/journey.js';

const openJourney = () => fixture<EduConnect>(html`<edu-connect api-base="/api"></edu-connect>`);

/** A reload: the page is gone and comes back; only the password is asked again. */
async function reload(journey: EduConnect, password: string): Promise<EduConnect> {
  journey.remove();
  const again = await openJourney();
  await screenShows(again, 'Войдите снова');
  await typeInto(field(again, /^Пароль/), password);
  await press('Enter');
  return again;
}

async function logIn(account: { login: string; password: string }): Promise<EduConnect> {
  const journey = await openJourney();
  journey.go('login');
  await fillByKeyboard(journey, [
    ['Логин', account.login],
    [/^Пароль/, account.password],
  ]);
  await press('Enter');
  return journey;
}

const checked = (journey: Element, label: string) => field(journey, label).checked;

describe('Wizards through reloads and ended sessions', () => {
  before(() => mock.start());
  beforeEach(() => localStorage.clear());
  afterEach(() => mock.reset());

  it('the login inputs inside the whole journey are in the page’s document, for autofill', async () => {
    const journey = await openJourney();
    journey.go('login');
    await screenShows(journey, 'Пароль');
    for (const input of [field(journey, 'Логин'), field(journey, /^Пароль/)]) {
      expect(input.getRootNode(), 'not inside any shadow root').to.equal(document);
    }
    expect(document.querySelector('input[autocomplete="current-password"]')).to.equal(
      field(journey, /^Пароль/),
    );
    await expect(journey).to.be.accessible();

    journey.go('role');
    await screenShows(journey, 'Кто вы');
    expect(journey.querySelector('input'), 'gone with its screen').to.equal(null);
  });

  it('setup: a reload in the middle of every step finds the step and its data again', async function () {
    this.timeout(90_000);
    const password = ACTIVATED_ACCOUNT.password;
    let journey = await logIn(ACTIVATED_ACCOUNT);

    await screenShows(journey, 'Шаг 1 из 6');
    await fillByKeyboard(journey, [
      ['Почтовый индекс', '368730'],
      ['Руководитель', 'Эминов Руслан Шамилович'],
    ]);
    journey = await reload(journey, password);
    await screenShows(journey, 'Шаг 1 из 6');
    expect(field(journey, 'Руководитель').value).to.equal('Эминов Руслан Шамилович');
    await fillByKeyboard(journey, [['Телефон', '8 928 555-44-33']]);
    await activate(journey, 'Далее');

    await screenShows(journey, 'Шаг 2 из 6');
    // A radio group takes one Tab; the arrows choose within it.
    await tabTo(field(journey, 'Четверти'));
    await press('ArrowDown');
    await press('ArrowDown');
    journey = await reload(journey, password);
    await screenShows(journey, 'Шаг 2 из 6');
    expect(checked(journey, 'Полугодия')).to.equal(true);
    await activate(journey, 'Далее');

    await screenShows(journey, 'Шаг 3 из 6');
    await tabTo(field(journey, 'Пятибалльная'));
    await press('Space');
    await press('ArrowDown');
    journey = await reload(journey, password);
    await screenShows(journey, 'Шаг 3 из 6');
    expect(checked(journey, 'Десятибалльная')).to.equal(true);
    await activate(journey, 'Далее');

    await screenShows(journey, 'Шаг 4 из 6');
    await typeInto(field(journey, 'Уроков в день'), '5');
    await press('Tab');
    journey = await reload(journey, password);
    await screenShows(journey, 'Шаг 4 из 6');
    expect(field(journey, 'Уроков в день').value).to.equal('5');
    await activate(journey, 'Далее');

    await screenShows(journey, 'Шаг 5 из 6');
    await activate(journey, 'Удалить класс 1Б');
    await screenShows(journey, 'Класс 1Б удалён');
    journey = await reload(journey, password);
    await screenShows(journey, 'Шаг 5 из 6');
    expect(deepText(journey)).to.include('21 класс');
    expect(() => button(journey, 'Удалить класс 1Б'), '1Б stays removed').to.throw();
    await activate(journey, 'Далее');

    await screenShows(journey, 'Шаг 6 из 6');
    await fillByKeyboard(journey, [['Фамилия, имя, отчество', 'Алиева Патимат Гаджиевна']]);
    journey = await reload(journey, password);
    await screenShows(journey, 'Шаг 6 из 6');
    expect(field(journey, 'Фамилия, имя, отчество').value).to.equal('Алиева Патимат Гаджиевна');

    const saved = mock.db.state.wizards[ACTIVATED_ACCOUNT.login]!.setup;
    expect(saved.profile).to.include({
      headName: 'Эминов Руслан Шамилович',
      phone: '+79285554433',
    });
    expect(saved.year).to.include({ periodKind: 'semesters' });
    expect(saved.grading).to.deep.equal({ system: 'ten' });
    expect((saved.bells as { lessons: unknown[] }).lessons).to.have.length(5);
    expect((saved.classes as { classes: unknown[] }).classes).to.have.length(21);
  });

  it('a session that ends on the password step: log in again, the passwords are still typed', async function () {
    this.timeout(30_000);
    mock.db.saveActivationStep(DEMO_ACCOUNT.login, 'terms', {
      acceptTerms: true,
      acceptPersonalData: true,
    });
    const journey = await logIn(DEMO_ACCOUNT);
    await screenShows(journey, 'Шаг 2 из 3');
    await fillByKeyboard(journey, [
      ['Временный пароль из письма', DEMO_ACCOUNT.password],
      [/^Новый пароль(?! ещё)/, 'Gornyi-aul-2027'],
      ['Новый пароль ещё раз', 'Gornyi-aul-2027'],
    ]);
    // The server forgets every session, as it does after a long pause.
    for (const token of Object.keys(mock.db.state.sessions)) mock.db.closeSession(token);
    await activate(journey, 'Далее');

    await screenShows(journey, 'Войдите снова');
    await typeInto(field(journey, /^Пароль/), DEMO_ACCOUNT.password);
    await press('Enter');
    await screenShows(journey, 'Шаг 2 из 3');
    expect(field(journey, 'Новый пароль ещё раз').value).to.equal('Gornyi-aul-2027');
    expect(JSON.stringify({ ...localStorage })).not.to.include('Gornyi-aul-2027');
    await activate(journey, 'Далее');
    await screenShows(journey, 'Шаг 3 из 3');
  });
});
