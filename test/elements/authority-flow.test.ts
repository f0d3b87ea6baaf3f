import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/elements/authority-flow/define.js';
import type { EduAuthorityFlow } from '../../src/elements/authority-flow/define.js';
import type { Municipality } from '../../src/contract/types.js';
import { clearDraft } from '../../src/core/drafts.js';
import { mock } from '../support/mock.js';
import { allDeep, button, deepText } from '../support/dom.js';

const akhtynsky: Municipality = { id: '0500500000000', name: 'Ахтынский район', kind: 'district' };

async function shows(flow: EduAuthorityFlow, text: string) {
  await waitUntil(() => deepText(flow).includes(text), `never showed "${text}"`);
}

describe('edu-authority-flow', () => {
  before(() => mock.start());
  afterEach(() => {
    clearDraft('authority-flow');
    mock.reset();
  });

  it('lists the authority registered in the municipality and says not to apply', async () => {
    const flow = await fixture<EduAuthorityFlow>(
      html`<edu-authority-flow .municipality=${akhtynsky}></edu-authority-flow>`,
    );
    await shows(flow, 'Зарегистрировано: 1');
    expect(deepText(flow)).to.include('Управление образования');

    button(flow, 'Это наш орган').click();
    await shows(flow, 'Ваш орган уже зарегистрирован');
    expect(deepText(flow)).to.include('Новую заявку подавать не нужно');
    const link = allDeep(flow).find((element) => element.matches('a[href]'));
    expect(link?.getAttribute('href')).to.match(/^https?:\/\//);
    await expect(flow).to.be.accessible();
  });

  it('offers the application where no authority is registered', async () => {
    mock.worker.use(
      http.get('/api/municipalities/:id/authorities', () =>
        HttpResponse.json({ items: [], nextCursor: null, total: 0 }),
      ),
    );
    const flow = await fixture<EduAuthorityFlow>(
      html`<edu-authority-flow .municipality=${akhtynsky}></edu-authority-flow>`,
    );
    await shows(flow, 'Здесь ещё не зарегистрирован ни один орган');

    button(flow, 'Нашего органа нет в списке').click();
    await shows(flow, 'Полное наименование');
    await expect(flow).to.be.accessible();
  });

  it('rejects a profile link that is not a web address, and never links to it', async () => {
    mock.worker.use(
      http.get('/api/municipalities/:id/authorities', () =>
        HttpResponse.json({
          items: [
            {
              id: 'mouo-1',
              fullName: 'Управление образования',
              municipalityId: akhtynsky.id,
              profileUrl: 'javascript:alert(document.domain)',
            },
          ],
          nextCursor: null,
        }),
      ),
    );
    const flow = await fixture<EduAuthorityFlow>(
      html`<edu-authority-flow .municipality=${akhtynsky}></edu-authority-flow>`,
    );

    await shows(flow, 'Сервер прислал ответ, который нельзя показать');
    expect(allDeep(flow).some((element) => element.matches('a[href^="javascript"]'))).to.equal(
      false,
    );
  });
});
