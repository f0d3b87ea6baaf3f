import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { DuplicateQuery, Organization } from '../../src/contract/types.js';
import { commonMessages } from '../../src/core/messages.js';
import '../../src/elements/application-form/define.js';
import type { EduApplicationForm } from '../../src/elements/application-form/define.js';
import '../../src/elements/duplicate-panel/define.js';
import type { EduDuplicatePanel } from '../../src/elements/duplicate-panel/define.js';
import { button, deepActiveElement, deepText, field, tabTo } from '../support/dom.js';
import { mock } from '../support/mock.js';

const AKHTY = '0500500000100';
const DUPLICATES = '/api/duplicates';

function school(index: number): Organization {
  return {
    id: `school-${index}`,
    fullName: `Муниципальное казённое общеобразовательное учреждение «Ахтынская СОШ № ${index}»`,
    shortName: `МКОУ «Ахтынская СОШ № ${index}»`,
    address: 'Республика Дагестан, Ахтынский район, с. Ахты',
    settlementId: AKHTY,
  };
}

async function panel(candidate: DuplicateQuery | null) {
  const el = await fixture<EduDuplicatePanel>(
    html`<edu-duplicate-panel .candidate=${candidate}></edu-duplicate-panel>`,
  );
  return { el, root: el.shadowRoot! };
}

const statusText = (root: ShadowRoot) =>
  root.querySelector('[role="status"]')?.textContent?.trim() ?? '';
const matchNames = (root: ShadowRoot) =>
  [...root.querySelectorAll('.match-name')].map((name) => name.textContent!.trim());

describe('<edu-duplicate-panel>', () => {
  before(() => mock.start());
  afterEach(() => mock.reset());

  it('shows what the server finds for a name typed another way, with its reason', async () => {
    const { el, root } = await panel({ name: 'МКОУ СОШ №1 с. Ахты', settlementId: AKHTY });

    await waitUntil(() => matchNames(root).length > 0, 'no match shown', { timeout: 4000 });
    expect(matchNames(root)).to.deep.equal([
      'Муниципальное казённое общеобразовательное учреждение ' +
        '"Ахтынская средняя общеобразовательная школа № 1"',
    ]);
    const text = deepText(root);
    expect(text).to.include('Возможно, ваша организация уже зарегистрирована');
    expect(text).to.include('Совпадает: то же наименование в этом населённом пункте');
    expect(text).to.include('Если ни одна из них не ваша, продолжайте заполнять заявку');
    expect(statusText(root)).to.equal('Найдена 1 похожая организация среди зарегистрированных');
    await expect(el).to.be.accessible();
  });

  it('shows nothing for another school of the settlement', async () => {
    const { el, root } = await panel({ name: 'Ахтынская СОШ № 12', settlementId: AKHTY });
    await el.checkComplete;
    await el.updateComplete;
    expect(matchNames(root)).to.deep.equal([]);
    expect(statusText(root)).to.equal('');
    expect(root.querySelector('[role="alert"]')).to.equal(null);

    el.candidate = { name: 'Ахтынская СОШ № 2', settlementId: AKHTY };
    await el.updateComplete;
    await el.checkComplete;
    await el.updateComplete;
    expect(matchNames(root)).to.have.length(1);
  });

  it('leads to the profile with «Это моя организация»', async () => {
    mock.worker.use(
      http.post(DUPLICATES, () =>
        HttpResponse.json({
          matches: [{ organization: school(3), score: 1, reasons: ['same-inn'] }],
        }),
      ),
    );
    const { el, root } = await panel({ inn: '0522004310' });
    await waitUntil(() => matchNames(root).length === 1, 'no match', { timeout: 4000 });
    expect(deepText(root)).to.include('Совпадает: тот же ИНН');

    await tabTo(button(root, 'Это моя организация'));
    const chosen = oneEvent(el, 'edu-organization-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await chosen) as CustomEvent<{ organization: Organization }>;
    expect(detail.organization.id).to.equal('school-3');
  });

  it('puts a match aside with «Это не моя», and says so', async () => {
    const matches = [1, 2].map((index) => ({
      organization: school(index),
      score: 0.7,
      reasons: ['similar-name'],
    }));
    mock.worker.use(http.post(DUPLICATES, () => HttpResponse.json({ matches })));
    const { el, root } = await panel({ name: 'Ахтынская СОШ', settlementId: AKHTY });
    await waitUntil(() => matchNames(root).length === 2, 'no matches', { timeout: 4000 });
    expect(statusText(root)).to.equal('Найдены 2 похожие организации среди зарегистрированных');

    await tabTo(root.querySelectorAll<HTMLButtonElement>('[part="not-mine"]')[0]!);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => matchNames(root).length === 1, 'the match stayed');
    expect(matchNames(root)[0]).to.include('СОШ № 2');
    expect(statusText(root)).to.equal(
      'Убрали «МКОУ «Ахтынская СОШ № 1»» из похожих. Продолжайте заполнять заявку.',
    );
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Это моя организация');

    root.querySelector<HTMLButtonElement>('[part="not-mine"]')!.click();
    await waitUntil(() => matchNames(root).length === 0, 'the last match stayed');
    expect(deepText(root)).to.include('Вы отметили, что похожие организации не ваши');
    await expect(el).to.be.accessible();

    button(root, 'Показать их снова').click();
    await el.updateComplete;
    expect(matchNames(root)).to.have.length(2);
  });

  it('shows a failed check with a retry', async () => {
    mock.worker.use(http.post(DUPLICATES, () => new HttpResponse(null, { status: 500 })));
    const { root } = await panel({ name: 'Ахтынская СОШ № 1', settlementId: AKHTY });

    await waitUntil(() => root.querySelector('[role="alert"]'), 'no failure', { timeout: 4000 });
    expect(root.querySelector('[role="alert"]')!.textContent).to.include(commonMessages.ru.server);

    mock.worker.resetHandlers();
    button(root, 'Повторить').click();
    await waitUntil(() => matchNames(root).length === 1, 'retry found nothing', { timeout: 4000 });
  });

  it('refuses an answer that breaks the contract', async () => {
    mock.worker.use(
      http.post(DUPLICATES, () => HttpResponse.json({ matches: [{ organization: { id: 1 } }] })),
    );
    const { root } = await panel({ name: 'Ахтынская СОШ № 1', settlementId: AKHTY });

    await waitUntil(() => root.querySelector('[role="alert"]'), 'no failure', { timeout: 4000 });
    expect(root.querySelector('[role="alert"]')!.textContent).to.include(
      commonMessages.ru.contract,
    );
    expect(matchNames(root)).to.deep.equal([]);
  });

  it('appears in the application form while the name is typed', async () => {
    const form = await fixture<EduApplicationForm>(
      html`<edu-application-form
        .settlement=${{
          id: AKHTY,
          name: 'Ахты',
          municipality: { id: '0500500000000', name: 'Ахтынский район' },
        }}
      ></edu-application-form>`,
    );
    await tabTo(field(form.shadowRoot!, 'Полное наименование'));
    await sendKeys({ type: 'мкоу ахтынская сош N 2' });

    await waitUntil(() => deepText(form.shadowRoot!).includes('Возможно, ваша'), 'no panel', {
      timeout: 6000,
    });
    const text = deepText(form.shadowRoot!);
    expect(text).to.include('"Ахтынская средняя общеобразовательная школа № 2"');
    expect(text).not.to.include('школа № 1"');
  });
});
