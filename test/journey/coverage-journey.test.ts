/**
 * A municipal authority's journey to the coverage of its schools: the demo
 * panel approves the authority's application, the authority logs in with the
 * letter's credentials and activates its account, and <edu-connect> ends in
 * the coverage view, whose numbers move when the panel approves a school.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/connect/define.js';
import '../../demo/moderator-panel.js';
import type { EduConnect } from '../../src/elements/connect/connect.js';
import { createClient } from '../../src/client/client.js';
import { PENDING_APPLICATION } from '../../src/mocks/index.js';
import { mock } from '../support/mock.js';
import { button, deepText, field, tabTo, typeInto } from '../support/dom.js';
import {
  activate,
  fillByKeyboard,
  press,
  screenShows,
  withInnCheckDigit,
} from '../support/journey.js';

const AKHTY_DISTRICT = '0500500000000';

/** The district's numbers as the mock's registry and applications give them. */
function districtFigures() {
  const registry = mock.db.organizations.filter((o) => o.municipalityId === AKHTY_DISTRICT);
  const applicants = mock.db.applications.filter(
    (a) =>
      a.input.kind === 'organization' &&
      a.municipalityId === AKHTY_DISTRICT &&
      a.application.status !== 'approved',
  );
  const connected = registry.filter((o) => o.connected).length;
  return { known: registry.length + applicants.length, connected };
}

const summaryOf = (known: number, connected: number) =>
  `Подключено ${connected} из ${known}, ${Math.round((connected / known) * 100)} %`;

describe('The authority journey to coverage', () => {
  before(() => mock.start());
  beforeEach(() => localStorage.clear());
  afterEach(() => mock.reset());

  it('ends in the coverage view, whose numbers move after an approval', async function () {
    this.timeout(60_000);
    const sent = await createClient({ baseUrl: '/api' }).createApplication(
      {
        kind: 'authority',
        municipalityId: AKHTY_DISTRICT,
        fullName: 'Отдел образования администрации МР «Ахтынский район»',
        inn: withInnCheckDigit('052609999'),
        ogrn: '1020500991235',
        kpp: '052601001',
        address: '368730, с. Ахты, ул. Гаджибекова, 3',
        administrator: {
          lastName: 'Алиев',
          firstName: 'Магомед',
          position: 'Начальник отдела',
          email: 'uo@ahty.ru',
          phone: '+79285551122',
        },
      },
      'authority-coverage',
    );

    const page = await fixture<HTMLElement>(
      html`<div>
        <edu-connect api-base="/api"></edu-connect>
        <demo-moderator-panel api-base="/api"></demo-moderator-panel>
      </div>`,
    );
    const journey = page.querySelector<EduConnect>('edu-connect')!;
    const panel = page.querySelector('demo-moderator-panel')!;

    await screenShows(panel, `Одобрить ${sent.number}`);
    await activate(panel, `Одобрить ${sent.number}`);
    await screenShows(panel, 'Кому: uo@ahty.ru');
    const letter = mock.db.outbox.find((l) => l.to === 'uo@ahty.ru')!;
    expect(deepText(panel)).to.include(`Логин: ${letter.login}`);

    await activate(journey, /войти/);
    await screenShows(journey, 'Пароль');
    await typeInto(field(journey, 'Логин'), letter.login!);
    await typeInto(field(journey, /^Пароль/), letter.password!);
    await press('Enter');

    await screenShows(journey, 'Шаг 1 из 3');
    await tabTo(field(journey, /принимаю условия/));
    await press('Space');
    await tabTo(field(journey, /даю согласие/));
    await press('Space');
    await activate(journey, 'Далее');
    await screenShows(journey, 'Шаг 2 из 3');
    await fillByKeyboard(journey, [
      ['Временный пароль из письма', letter.password!],
      [/^Новый пароль(?! ещё)/, 'Ahty-uprava-2027'],
      ['Новый пароль ещё раз', 'Ahty-uprava-2027'],
    ]);
    await activate(journey, 'Далее');
    await screenShows(journey, 'Шаг 3 из 3');
    await activate(journey, /^Отправить код на почту$/);
    await screenShows(journey, 'Код отправлен: uo@ahty.ru');
    await fillByKeyboard(journey, [['Код из письма', mock.db.outbox.at(-1)!.code!]]);
    await activate(journey, /^Отправить код по SMS$/);
    await screenShows(journey, 'Код отправлен: +7 928 555-11-22');
    await fillByKeyboard(journey, [['Код из SMS', mock.db.outbox.at(-1)!.code!]]);
    await activate(journey, 'Далее');

    await screenShows(journey, 'Охват подключения: Ахтынский район');
    const before = districtFigures();
    await screenShows(journey, summaryOf(before.known, before.connected));
    await screenShows(journey, /Заявка на модерации ?: 1/);
    await expect(journey).to.be.accessible();

    await activate(panel, `Одобрить ${PENDING_APPLICATION.number}`);
    await screenShows(panel, `Заявка ${PENDING_APPLICATION.number} одобрена`);
    await activate(journey, 'Обновить');
    await screenShows(journey, summaryOf(before.known, before.connected + 1));
    await screenShows(journey, /Заявка на модерации ?: 0/);
    expect(districtFigures().connected).to.equal(before.connected + 1);
    expect(button(journey, 'Выйти')).to.be.instanceOf(HTMLButtonElement);
  });
});
