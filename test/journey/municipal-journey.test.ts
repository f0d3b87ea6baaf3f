/**
 * The municipal authority's way through <edu-connect>, and what the person
 * sees when the backend fails on the way.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import '../../src/elements/connect/define.js';
import type { EduConnect } from '../../src/elements/connect/connect.js';
import { createClient } from '../../src/client/client.js';
import { HOSTILE_TEXT } from '../../src/mocks/index.js';
import { mock } from '../support/mock.js';
import { allDeep, button, deepText, field, typeInto } from '../support/dom.js';
import {
  activate,
  chooseByArrows,
  chooseFirst,
  fillByKeyboard,
  headingFocused,
  screenShows,
  tick,
  withInnCheckDigit,
} from '../support/journey.js';

describe('The municipal journey in <edu-connect>', () => {
  before(() => mock.start());
  beforeEach(() => localStorage.clear());
  afterEach(() => mock.reset());

  it('shows the registered authority and sends a new authority application', async function () {
    this.timeout(30_000);
    const journey = await fixture<EduConnect>(html`<edu-connect api-base="/api"></edu-connect>`);

    await activate(journey, 'Подключиться');
    await screenShows(journey, 'Кто вы?');
    await activate(journey, /Сотрудник муниципального органа/);
    // The authority flow's screen comes with its element's chunk, a moment after the press.
    await screenShows(journey, 'Муниципальное образование');
    await chooseFirst(journey, 'Муниципальное образование', 'ахтынский', 'муниципальный район');

    await screenShows(journey, 'Управление образования');
    await activate(journey, 'Это наш орган');
    await screenShows(journey, 'Ваш орган уже зарегистрирован');
    expect(deepText(journey)).to.include('Новую заявку подавать не нужно');
    await activate(journey, 'Это не наш орган');

    await screenShows(journey, 'Нашего органа нет в списке');
    await activate(journey, 'Нашего органа нет в списке');
    await screenShows(journey, 'Полное наименование');
    await fillByKeyboard(journey, [
      ['Полное наименование', 'Отдел образования администрации МР «Ахтынский район»'],
    ]);
    await chooseByArrows(journey, 'Управление образования', 1);
    await chooseByArrows(journey, 'Орган местного самоуправления', 0);
    await fillByKeyboard(journey, [
      ['ИНН', withInnCheckDigit('052609999')],
      ['КПП', '052601001'],
      ['ОГРН', '1020500991235'],
      [/^Юридический адрес/, '368730, с. Ахты, ул. Гаджибекова, 3'],
      [/^Почтовый адрес/, '368730, с. Ахты, ул. Гаджибекова, 3, каб. 12'],
      ['Телефон органа', '8 (87263) 2-10-10'],
      ['Электронная почта органа', 'otdel@ahty.ru'],
      ['Фамилия руководителя', 'Гасанов'],
      ['Имя руководителя', 'Ибрагим'],
      ['Должность руководителя', 'Начальник отдела'],
      [/^Фамилия$/, 'Алиев'],
      [/^Имя$/, 'Магомед'],
      [/^Должность$/, 'Специалист отдела'],
      [/^Электронная почта$/, 'uo@ahty.ru'],
      [/^Электронная почта ещё раз/, 'uo@ahty.ru'],
      [/^Телефон$/, '89285551122'],
    ]);
    await activate(journey, 'Проверить ответы');
    await screenShows(journey, 'Проверьте ответы');
    expect(deepText(journey)).to.include('Отдел образования');
    await tick(journey, /даю согласие/);
    await activate(journey, 'Отправить заявку');

    await screenShows(journey, 'Заявка отправлена');
    const sent = mock.db.applications.filter((a) => a.application.email === 'uo@ahty.ru');
    expect(sent.map((a) => a.application.kind)).to.deep.equal(['authority']);
    expect(deepText(journey)).to.include(sent[0]!.application.number);
    await expect(journey).to.be.accessible();
  });

  it('says what happened when the search answers 500, and recovers on retry', async () => {
    mock.worker.use(
      http.get('/api/settlements', () => HttpResponse.json({ title: 'boom' }, { status: 500 })),
    );
    const journey = await fixture<EduConnect>(html`<edu-connect api-base="/api"></edu-connect>`);
    journey.go('find');
    await headingFocused(journey, 'Найдите свою организацию');
    await typeInto(field(journey, 'Населённый пункт'), 'Дербент');

    await screenShows(journey, 'На сервере произошла ошибка');
    expect(field(journey, 'Населённый пункт').value, 'the typed text stays').to.equal('Дербент');

    mock.worker.resetHandlers();
    await activate(journey, 'Повторить');
    await screenShows(journey, 'городской округ "город Дербент"');
  });

  it('gives up waiting after the timeout and says the connection is slow', async () => {
    mock.worker.use(
      http.get('/api/settlements', async () => {
        await delay(2000);
        return HttpResponse.json({ items: [], nextCursor: null });
      }),
    );
    const client = createClient({ baseUrl: '/api', timeoutMs: 300 });
    const journey = await fixture<EduConnect>(html`<edu-connect .client=${client}></edu-connect>`);
    journey.go('find');
    await headingFocused(journey, 'Найдите свою организацию');
    await typeInto(field(journey, 'Населённый пункт'), 'Кизляр');

    await screenShows(journey, 'Сервер не ответил вовремя');
    expect(button(journey, 'Повторить')).to.be.instanceOf(HTMLButtonElement);
  });

  it('rejects a list that breaks the contract and never renders its markup', async () => {
    mock.worker.use(
      http.get('/api/settlements/:id/organizations', () =>
        HttpResponse.json({ items: [{ id: 1, fullName: HOSTILE_TEXT }], nextCursor: null }),
      ),
    );
    const journey = await fixture<EduConnect>(html`<edu-connect api-base="/api"></edu-connect>`);
    journey.go('find');
    await headingFocused(journey, 'Найдите свою организацию');
    await chooseFirst(journey, 'Населённый пункт', 'Ахты', 'Ахтынский район');

    await screenShows(journey, 'Сервер прислал ответ, который нельзя показать');
    expect(allDeep(journey).some((element) => element.matches('img'))).to.equal(false);
    expect(deepText(journey)).not.to.include(HOSTILE_TEXT);
  });
});
