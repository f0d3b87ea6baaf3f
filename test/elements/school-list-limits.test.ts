/**
 * The school list shows what it asked for, whatever the backend sends: at
 * most `limit` organizations a page, each once.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/elements/school-list/define.js';
import type { EduSchoolList } from '../../src/elements/school-list/define.js';
import type { Organization, Settlement } from '../../src/contract/types.js';
import { button, deepActiveElement } from '../support/dom.js';
import { mock } from '../support/mock.js';

const akhty: Settlement = {
  id: '0500500000100',
  name: 'Ахты',
  municipality: { id: '0500500000000', name: 'Ахтынский район' },
};

const ORGANIZATIONS = '/api/settlements/:id/organizations';

function organization(index: number): Organization {
  return {
    id: `test-${index}`,
    fullName: `Муниципальное казённое общеобразовательное учреждение «Тестовая СОШ № ${index}»`,
    shortName: `МКОУ «Тестовая СОШ № ${index}»`,
    settlementId: akhty.id,
  };
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => organization(from + i));

async function list(template = html`<edu-school-list .settlement=${akhty}></edu-school-list>`) {
  const el = await fixture<EduSchoolList>(template);
  const root = el.shadowRoot!;
  await waitUntil(() => root.querySelector('.organizations'), 'the list loaded', {
    timeout: 4000,
  });
  return { el, root };
}

const cards = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('li.organization')];
const statusText = (root: ShadowRoot) =>
  root.querySelector('[role="status"]')?.textContent?.trim() ?? '';

describe('<edu-school-list> and a backend that sends too much', () => {
  before(() => mock.start());
  afterEach(() => mock.reset());

  it('shows at most the asked limit of a page far larger, and the count the backend gave', async () => {
    mock.worker.use(
      http.get(ORGANIZATIONS, () =>
        HttpResponse.json({ items: range(1, 20000), nextCursor: 'page-2', total: 20000 }),
      ),
    );
    const { root } = await list();

    expect(cards(root)).to.have.length(20);
    expect(statusText(root)).to.equal('Показаны 20 из 20000 организаций');
    expect(button(root, 'Показать ещё').tagName).to.equal('BUTTON');
  });

  it('says how many came when a page without a total is cut to the limit', async () => {
    mock.worker.use(
      http.get(ORGANIZATIONS, () => HttpResponse.json({ items: range(1, 50), nextCursor: null })),
    );
    const { root } = await list(
      html`<edu-school-list .settlement=${akhty} limit="10"></edu-school-list>`,
    );

    expect(cards(root)).to.have.length(10);
    expect(statusText(root)).to.equal('Показаны 10 из 50 организаций');
  });

  it('lists an organization once when pages overlap or repeat, then stops offering more', async () => {
    const pages: Record<string, { items: Organization[]; nextCursor: string | null }> = {
      first: { items: [...range(1, 3), organization(2)], nextCursor: 'page-2' },
      'page-2': { items: range(3, 5), nextCursor: 'page-3' },
      // From here the server repeats itself.
      'page-3': { items: range(4, 5), nextCursor: 'page-3' },
    };
    mock.worker.use(
      http.get(ORGANIZATIONS, ({ request }) =>
        HttpResponse.json(pages[new URL(request.url).searchParams.get('cursor') ?? 'first']),
      ),
    );
    const { root } = await list();
    expect(cards(root)).to.have.length(3);

    button(root, 'Показать ещё').click();
    await waitUntil(() => cards(root).length === 5, 'the new ones of page 2', { timeout: 4000 });
    expect(button(root, 'Показать ещё').tagName).to.equal('BUTTON');

    button(root, 'Показать ещё').click();
    await waitUntil(() => !root.querySelector('[part="more"]'), '«Показать ещё» is gone', {
      timeout: 4000,
    });
    const names = cards(root).map((card) => card.querySelector('h3')!.textContent!.trim());
    expect(names).to.deep.equal(range(1, 5).map(({ shortName }) => shortName));
    expect(deepActiveElement(), 'the focus stays in the list').to.equal(
      cards(root)[4]!.querySelector('h3 button'),
    );
  });
});
