import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/elements/school-list/define.js';
import type { EduSchoolList } from '../../src/elements/school-list/define.js';
import type { Organization, Settlement } from '../../src/contract/types.js';
import { commonMessages } from '../../src/core/messages.js';
import {
  accessibleText,
  button,
  deepActiveElement,
  deepText,
  field,
  tabTo,
  typeInto,
} from '../support/dom.js';
import { mock } from '../support/mock.js';

const akhty: Settlement = {
  id: '0500500000100',
  name: 'Ахты',
  municipality: { id: '0500500000000', name: 'Ахтынский район' },
};

const ORGANIZATIONS = '/api/settlements/:id/organizations';

function organization(index: number, extra: Partial<Organization> = {}): Organization {
  return {
    id: `test-${index}`,
    fullName: `Муниципальное казённое общеобразовательное учреждение «Тестовая СОШ № ${index}»`,
    shortName: `МКОУ «Тестовая СОШ № ${index}»`,
    inn: '0526001234',
    settlementId: akhty.id,
    ...extra,
  };
}

async function list(settlement: Settlement = akhty) {
  const el = await fixture<EduSchoolList>(
    html`<edu-school-list .settlement=${settlement}></edu-school-list>`,
  );
  const root = el.shadowRoot!;
  await waitUntil(
    () => root.querySelector('.organizations, [role="alert"]') || statusText(root),
    'the list never loaded',
    { timeout: 4000 },
  );
  return { el, root };
}

/** The organizations of the list, one list item each. */
function cards(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('li.organization')];
}

/** The button with an organization's name, which chooses it. */
function chooser(card: HTMLElement): HTMLButtonElement {
  return card.querySelector<HTMLButtonElement>('h3 button')!;
}

function statusText(root: ShadowRoot): string {
  return root.querySelector('[role="status"]')?.textContent?.trim() ?? '';
}

function failure(root: ShadowRoot): Promise<Element> {
  return waitUntil(() => root.querySelector('[role="alert"]'), 'no failure shown', {
    timeout: 4000,
  }).then(() => root.querySelector('[role="alert"]')!);
}

describe('<edu-school-list>', () => {
  before(() => mock.start());
  afterEach(() => mock.reset());

  it('lists the organizations registered in Ахты, marked as samples', async () => {
    const { root } = await list();

    expect(root.querySelector('h2')!.textContent).to.match(
      /Организации, уже зарегистрированные в .*Ахты/,
    );
    expect(deepText(root)).to.include('Ахтынский район');
    const all = cards(root);
    expect(all.length).to.be.greaterThan(0);
    expect(all[0]!.textContent).to.match(/ИНН \d{10}/);
    expect(all[0]!.textContent).to.include('Пример');
    expect(all[0]!.textContent).to.include('Республика Дагестан, Ахтынский район, с. Ахты');
    for (const card of all) {
      expect(card.querySelector('h3')!.textContent, 'a heading names each').to.include(
        chooser(card).textContent!.trim(),
      );
      expect(card.textContent).to.match(
        /Подключена к сети|Заявка на подключение рассматривается|Ещё не подключена к сети/,
      );
    }
    expect(deepText(root)).to.include('за ними не стоит настоящая организация');
    expect(statusText(root)).to.match(/^(Найден[оа]? \d+ организац|Показаны \d+ из \d+)/);
    await expect(root.host).to.be.accessible();
  });

  it('chooses an organization by Tab and Enter', async () => {
    const { el, root } = await list();
    const first = chooser(cards(root)[0]!);

    await tabTo(first);
    const chosen = oneEvent(el, 'edu-organization-select');
    await sendKeys({ press: 'Enter' });

    const { detail } = (await chosen) as CustomEvent<{ organization: Organization }>;
    const { shortName, fullName } = detail.organization;
    expect(first.textContent).to.include(shortName ?? fullName);
    expect(detail.organization.settlementId).to.equal(akhty.id);
  });

  it('searches on the server by name and announces the count', async () => {
    const { root } = await list();
    const wanted = root.querySelector('#name-0')!.textContent!.trim();
    const queries: string[] = [];
    mock.worker.events.on('request:start', ({ request }) => {
      const query = new URL(request.url).searchParams.get('query');
      if (query) queries.push(query);
    });

    try {
      await typeInto(field(root, 'Найти по названию или ИНН'), wanted);
      await waitUntil(() => queries.includes(wanted), 'no search', { timeout: 4000 });
      await waitUntil(() => statusText(root).startsWith('Найден'), 'no count', { timeout: 4000 });
    } finally {
      mock.worker.events.removeAllListeners();
    }

    expect(queries).to.deep.equal([wanted]);
    const names = cards(root).map((card) => chooser(card).textContent!.trim());
    expect(names).to.include(wanted);
    expect(statusText(root)).to.match(/^Найден(а|о) \d+ организац/);
  });

  it('finds an organization by the INN printed on its card, typed with spaces', async () => {
    const { root } = await list();
    const inn = cards(root)[1]!.textContent!.match(/ИНН (\d{10})/)![1]!;
    const name = chooser(cards(root)[1]!).textContent;

    await typeInto(field(root, 'Найти по названию или ИНН'), `${inn.slice(0, 4)} ${inn.slice(4)}`);
    await waitUntil(() => cards(root).length === 1, 'the INN did not narrow the list', {
      timeout: 4000,
    });
    expect(chooser(cards(root)[0]!).textContent).to.equal(name);
  });

  it('reads a name the way the duplicate check does', async () => {
    const { root } = await list();

    await typeInto(field(root, 'Найти по названию или ИНН'), 'сош № 1 с. Ахты');
    await waitUntil(() => cards(root).length === 1, 'no single school found', { timeout: 4000 });
    expect(chooser(cards(root)[0]!).textContent).to.include('Ахтынская СОШ № 1');
    expect(statusText(root)).to.match(/^Найдена 1 организация/);
  });

  it('shows whether each organization is connected', async () => {
    mock.worker.use(
      http.get(ORGANIZATIONS, () =>
        HttpResponse.json({
          items: [
            organization(1, { status: 'connected' }),
            organization(2, { status: 'pending' }),
            organization(3),
          ],
          nextCursor: null,
        }),
      ),
    );
    const { root } = await list();

    const statuses = cards(root).map((card) => card.querySelector('.status')!.textContent!.trim());
    expect(statuses).to.deep.equal([
      'Подключена к сети',
      'Заявка на подключение рассматривается',
      'Ещё не подключена к сети',
    ]);
    expect(accessibleText(chooser(cards(root)[1]!))).to.include('МКОУ «Тестовая СОШ № 2»');
    await expect(root.host).to.be.accessible();
  });

  it('offers a report on each profile, named after its organization', async () => {
    const { el, root } = await list();
    const second = cards(root)[1]!;
    const report = second.querySelector<HTMLButtonElement>('button.report')!;
    const name = chooser(second).textContent!.trim();
    expect(report.textContent).to.include('Сообщить о проблеме с этим профилем');
    expect(report.textContent, 'the name told to a screen reader').to.include(name);

    await tabTo(report);
    const reported = oneEvent(el, 'edu-organization-report');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await reported) as CustomEvent<{ organization: Organization }>;
    expect(detail.organization.shortName ?? detail.organization.fullName).to.equal(name);
  });

  it('says when a search finds nothing, and still offers the way on', async () => {
    const { el, root } = await list();

    await typeInto(field(root, 'Найти по названию или ИНН'), 'Несуществующая гимназия');
    await waitUntil(() => statusText(root).includes('ничего не найдено'), 'no empty result', {
      timeout: 4000,
    });
    expect(cards(root)).to.have.length(0);
    await expect(el).to.be.accessible();

    const missing = oneEvent(el, 'edu-organization-missing');
    button(root, 'Моей организации нет в списке').click();
    const { detail } = (await missing) as CustomEvent;
    expect(detail).to.deep.equal({ settlement: akhty, query: 'Несуществующая гимназия' });
  });

  it('tells when a settlement has no organization yet', async () => {
    const none = { items: [], nextCursor: null };
    mock.worker.use(http.get(ORGANIZATIONS, () => HttpResponse.json(none)));

    const { root } = await list();

    expect(deepText(root)).to.include('ещё не зарегистрирована ни одна организация');
    expect(button(root, 'Моей организации нет в списке').tagName).to.equal('BUTTON');
    await expect(root.host).to.be.accessible();
  });

  it('loads the next page with «Показать ещё»', async () => {
    mock.worker.use(
      http.get(ORGANIZATIONS, ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        return cursor === 'page-2'
          ? HttpResponse.json({ items: [organization(3)], nextCursor: null, total: 3 })
          : HttpResponse.json({
              items: [organization(1), organization(2)],
              nextCursor: 'page-2',
              total: 3,
            });
      }),
    );
    const { root } = await list();
    expect(statusText(root)).to.equal('Показаны 2 из 3 организаций');

    button(root, 'Показать ещё').click();
    await waitUntil(() => cards(root).length === 3, 'no next page', { timeout: 4000 });

    expect(cards(root)[2]!.textContent).to.include('Тестовая СОШ № 3');
    expect(root.querySelector('[part="more"]')).to.equal(null);
    expect(deepActiveElement()).to.equal(chooser(cards(root)[2]!));
  });

  it('shows a server failure with a retry', async () => {
    mock.worker.use(http.get(ORGANIZATIONS, () => new HttpResponse(null, { status: 500 })));
    const { root } = await list();

    expect((await failure(root)).textContent).to.include(commonMessages.ru.server);
    expect(button(root, 'Моей организации нет в списке').tagName).to.equal('BUTTON');
    expect(deepText(root), 'no invitation to apply as if the list were checked').to.include(
      'Список не загрузился',
    );
    await expect(root.host).to.be.accessible();

    mock.worker.resetHandlers();
    button(root, 'Повторить').click();
    await waitUntil(() => cards(root).length > 0, 'retry showed nothing', { timeout: 4000 });
  });

  it('explains a dropped connection', async () => {
    mock.worker.use(http.get(ORGANIZATIONS, () => HttpResponse.error()));
    const { root } = await list();

    expect((await failure(root)).textContent).to.include(commonMessages.ru.network);
  });

  it('refuses an answer that breaks the contract', async () => {
    mock.worker.use(
      http.get(ORGANIZATIONS, () => HttpResponse.json({ items: [{ id: 1 }], nextCursor: null })),
    );
    const { root } = await list();

    expect((await failure(root)).textContent).to.include(commonMessages.ru.contract);
    expect(cards(root)).to.have.length(0);
  });

  it('shows a malicious name as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    mock.worker.use(
      http.get(ORGANIZATIONS, () =>
        HttpResponse.json({
          items: [organization(1, { shortName: undefined, fullName: evil, address: evil })],
          nextCursor: null,
        }),
      ),
    );
    const { root } = await list();

    expect(cards(root)[0]!.textContent).to.include(evil);
    expect(root.querySelector('img')).to.equal(null);
  });

  it('works from a settlement-id attribute alone', async () => {
    const el = await fixture<EduSchoolList>(
      html`<edu-school-list settlement-id=${akhty.id}></edu-school-list>`,
    );

    await waitUntil(() => el.shadowRoot!.querySelector('h2'), 'no heading', { timeout: 4000 });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.include('Ахты');
    await waitUntil(() => cards(el.shadowRoot!).length > 0, 'no organizations', {
      timeout: 4000,
    });
  });

  it('asks for a settlement when it has none', async () => {
    const el = await fixture<EduSchoolList>(html`<edu-school-list></edu-school-list>`);

    expect(deepText(el.shadowRoot!)).to.include('Сначала выберите населённый пункт');
  });
});
