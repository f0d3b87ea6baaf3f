/**
 * A profile that looks wrong is reported from the school list itself, before
 * anyone opens it or applies again.
 */
import { fixture, html } from '@open-wc/testing';
import '../../src/elements/connect/define.js';
import type { EduConnect } from '../../src/elements/connect/connect.js';
import { mock } from '../support/mock.js';
import { activate, chooseFirst, headingFocused, screenShows } from '../support/journey.js';

describe('Reporting a profile from the school list in <edu-connect>', () => {
  before(() => mock.start());
  beforeEach(() => localStorage.clear());
  afterEach(() => mock.reset());

  it('leads from a row of the list to the report on that profile', async function () {
    this.timeout(20_000);
    const journey = await fixture<EduConnect>(html`<edu-connect api-base="/api"></edu-connect>`);
    const [school] = mock.db.organizationsOf('0500500000100');
    const name = school!.shortName ?? school!.fullName;

    await activate(journey, 'Подключиться');
    await screenShows(journey, 'Учитель');
    await activate(journey, /Учитель/);
    await chooseFirst(journey, 'Населённый пункт', 'ахты', 'Ахтынский район');
    await screenShows(journey, /Найдено \d+/);

    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await activate(journey, new RegExp(`^Сообщить о проблеме с этим профилем\\s*: ${escaped}$`));
    await headingFocused(journey, `Сообщить о проблеме с профилем: ${name}`);
  });
});
