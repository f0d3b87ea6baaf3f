/**
 * The whole journey of a school through <edu-connect>, by keyboard alone:
 * from "Подключиться" to the application sent, then from the letter's
 * credentials through activation and setup to a connected school.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/connect/define.js';
import type { EduConnect } from '../../src/elements/connect/connect.js';
import { mock } from '../support/mock.js';
import { button, deepActiveElement, deepText, field, tabTo, typeInto } from '../support/dom.js';

/** A 10-digit INN with a correct check digit, not used by any generated school. */
const NEW_INN = withInnCheckDigit('057199123');
const NEW_OGRN = withOgrnCheckDigit('102050099123');

function withInnCheckDigit(nine: string): string {
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(nine[i]), 0);
  return `${nine}${(sum % 11) % 10}`;
}

function withOgrnCheckDigit(twelve: string): string {
  return `${twelve}${Number(BigInt(twelve) % 11n) % 10}`;
}

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Waits until the journey shows `text` somewhere on its screen. */
async function screenShows(journey: Element, text: string | RegExp, timeout = 5000) {
  const shows = () => {
    const shown = deepText(journey);
    return typeof text === 'string' ? shown.includes(text) : text.test(shown);
  };
  try {
    await waitUntil(shows, '', { timeout });
  } catch {
    throw new Error(`The screen never showed "${text}"; it showed: ${deepText(journey)}`);
  }
}

function fieldOrNull(journey: Element, label: string | RegExp): HTMLInputElement | null {
  try {
    return field(journey, label);
  } catch {
    return null;
  }
}

/** Reaches a button by Tab and presses Enter on it. */
async function activate(journey: Element, text: string | RegExp): Promise<void> {
  await tabTo(button(journey, text));
  await press('Enter');
}

async function fillByKeyboard(journey: Element, answers: [string | RegExp, string][]) {
  for (const [label, value] of answers) {
    await waitUntil(() => fieldOrNull(journey, label), `no field "${label}"`, { timeout: 5000 });
    await typeInto(field(journey, label), value);
  }
}

describe('The school journey in <edu-connect>', () => {
  before(() => mock.start());
  beforeEach(() => localStorage.clear());
  afterEach(() => mock.reset());

  it('goes from "Подключиться" to the application sent, by keyboard alone', async () => {
    const journey = await fixture<EduConnect>(html`<edu-connect api-base="/api"></edu-connect>`);

    await activate(journey, 'Подключиться');
    await screenShows(journey, 'Учитель');
    await activate(journey, /Учитель/);

    await screenShows(journey, 'Найдите свою организацию');
    await tabTo(field(journey, 'Населённый пункт'));
    await sendKeys({ type: 'ахты' });
    await screenShows(journey, 'Ахтынский район');
    await press('ArrowDown');
    await press('Enter');

    await screenShows(journey, /Найдено \d+/);
    expect(deepText(journey)).to.match(/Пример.*Муниципальное казённое/);
    await activate(journey, 'Моей организации нет в списке');

    await screenShows(journey, 'Полное наименование');
    await fillByKeyboard(journey, [
      ['Полное наименование', 'Муниципальное казённое общеобразовательное учреждение «Ахтынская гимназия»'],
      ['ИНН', NEW_INN],
      ['ОГРН', NEW_OGRN],
      ['КПП', '052601001'],
      [/^Юридический адрес/, '368730, с. Ахты, ул. Гаджибекова, 20'],
      [/^Фамилия/, 'Рамазанова'],
      [/^Имя/, 'Зарема'],
      [/^Должность/, 'Заместитель директора'],
      [/^Электронная почта(?! ещё)/, 'zarema@ахты-гимназия.рф'],
      [/^Электронная почта ещё раз/, 'zarema@ахты-гимназия.рф'],
      [/^Телефон/, '8 (928) 555-12-34'],
    ]);
    await activate(journey, 'Проверить ответы');

    await screenShows(journey, 'zarema@ахты-гимназия.рф');
    expect(deepText(journey)).to.include('+7 928 555');
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

  it('goes from the credentials in the letter through activation and setup, by keyboard', async () => {
    const number = mock.db.applications[0]!.application.number;
    const letter = mock.db.approveApplication(number);
    const journey = await fixture<EduConnect>(html`<edu-connect api-base="/api"></edu-connect>`);

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
    await fillByKeyboard(journey, [
      ['Электронная почта', 'direktor@ахты-гимназия.рф'],
      ['Телефон', '+7 928 555 12 34'],
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
  });

  it('keeps the screen, the settlement and the typed answers through a reload', async () => {
    const first = await fixture<EduConnect>(html`<edu-connect api-base="/api"></edu-connect>`);
    first.go('find');
    await screenShows(first, 'Найдите свою организацию');
    await typeInto(field(first, 'Населённый пункт'), 'Касумкент');
    await screenShows(first, 'Сулейман-Стальский район');
    await press('ArrowDown');
    await press('Enter');
    await activate(first, 'Моей организации нет в списке');
    await typeInto(field(first, 'ИНН'), NEW_INN);
    await press('Tab');
    first.remove();

    const again = await fixture<EduConnect>(html`<edu-connect api-base="/api"></edu-connect>`);
    await screenShows(again, 'Населённый пункт: Касумкент');
    expect(field(again, 'ИНН').value).to.equal(NEW_INN);
  });
});
