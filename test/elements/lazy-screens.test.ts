/**
 * The composers load the elements of later screens when they first show
 * them: the screen appears complete, with its heading focused, and a screen
 * whose element cannot be fetched says so and offers a retry.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { delay, http, HttpResponse, passthrough } from 'msw';
import '../../src/elements/connect/define.js';
import '../../src/elements/authority-flow/define.js';
import type { EduConnect } from '../../src/elements/connect/connect.js';
import type { EduAuthorityFlow } from '../../src/elements/authority-flow/authority-flow.js';
import type { Municipality } from '../../src/contract/types.js';
import { ScreenModules } from '../../src/core/screen-modules.js';
import { clearDraft, saveDraft } from '../../src/core/drafts.js';
import { mock } from '../support/mock.js';
import { button, deepActiveElement, deepText } from '../support/dom.js';

const akhtynsky: Municipality = { id: '0500500000000', name: 'Ахтынский район', kind: 'district' };

/** The module of an element, as the test server serves it. */
const moduleOf = (name: string) => new RegExp(`/elements/${name}/define\\.(js|ts)(\\?|$)`);

describe('screens loaded when first shown', () => {
  before(() => mock.start());
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    clearDraft('authority-flow');
    mock.reset();
  });

  it('the journey defines the status screen only when it goes there, then focuses it', async () => {
    expect(customElements.get('edu-application-status')).to.equal(undefined);
    const journey = await fixture<EduConnect>(html`<edu-connect api-base="/api"></edu-connect>`);

    button(journey, 'Я уже подал заявку').click();
    await waitUntil(() => customElements.get('edu-application-status'), 'status is defined');
    await waitUntil(
      () => deepActiveElement()?.textContent?.trim() === 'Статус заявки',
      'the heading of the status screen takes the focus',
    );
    const status = journey.shadowRoot!.querySelector('edu-application-status')!;
    expect(status).to.be.instanceOf(customElements.get('edu-application-status'));
  });

  it('the authority flow defines the application form when it opens it', async () => {
    expect(customElements.get('edu-application-form')).to.equal(undefined);
    mock.worker.use(
      http.get('/api/municipalities/:id/authorities', () =>
        HttpResponse.json({ items: [], nextCursor: null, total: 0 }),
      ),
    );
    const flow = await fixture<EduAuthorityFlow>(
      html`<edu-authority-flow .municipality=${akhtynsky}></edu-authority-flow>`,
    );
    await waitUntil(() => deepText(flow).includes('Нашего органа нет в списке'));

    button(flow, 'Нашего органа нет в списке').click();
    await waitUntil(() => deepText(flow).includes('Полное наименование'), 'the form shows');
    expect(customElements.get('edu-application-form')).to.not.equal(undefined);
  });

  it('on a slow line, says the screen is loading under its heading, then focuses the screen', async () => {
    mock.worker.use(
      http.get(moduleOf('report-profile'), async () => {
        await delay(1500);
        return passthrough();
      }),
    );
    const journey = await fixture<EduConnect>(html`<edu-connect api-base="/api"></edu-connect>`);

    journey.go('report');
    await waitUntil(() => deepText(journey).includes('Загрузка…'), 'the loading notice shows');
    expect(journey.shadowRoot!.querySelector('[data-screen]')!.getAttribute('aria-busy')).to.equal(
      'true',
    );
    await waitUntil(
      () => deepActiveElement()?.textContent?.trim() === 'Сообщение о проблеме',
      'the notice heading takes the focus',
    );
    await expect(journey).to.be.accessible();

    await waitUntil(() => customElements.get('edu-report-profile'), 'defined', { timeout: 4000 });
    await waitUntil(() => {
      const focused = deepActiveElement();
      const root = focused?.getRootNode() as ShadowRoot | undefined;
      return (
        /^H[1-3]$/.test(focused?.tagName ?? '') && root?.host?.localName === 'edu-report-profile'
      );
    }, 'the screen replaces the notice and its heading has the focus');
    expect(deepText(journey)).to.not.include('Загрузка…');
  });

  it('a page that opens on a restored step leaves the focus where the reader has it', async () => {
    mock.worker.use(
      http.get(moduleOf('organization-profile'), async () => {
        await delay(800);
        return passthrough();
      }),
    );
    saveDraft('journey', { trail: ['start', 'organization'] });
    const page = await fixture<HTMLElement>(
      html`<div>
        <a href="#main">Главная страница министерства</a>
        <edu-connect api-base="/api"></edu-connect>
      </div>`,
    );
    const link = page.querySelector('a')!;
    link.focus();
    const journey = page.querySelector<EduConnect>('edu-connect')!;

    await waitUntil(() => customElements.get('edu-organization-profile'), 'defined', {
      timeout: 4000,
    });
    await waitUntil(() => journey.shadowRoot!.querySelector('edu-organization-profile'));
    await aTimeout(300);
    expect(document.activeElement).to.equal(link);
    clearDraft('journey');
  });

  it('a step whose element hangs says so after the timeout, and offers a retry', async () => {
    const timeout = ScreenModules.timeoutMs;
    ScreenModules.timeoutMs = 1000;
    mock.worker.use(http.get(moduleOf('coverage'), () => delay('infinite')));
    try {
      const journey = await fixture<EduConnect>(html`<edu-connect api-base="/api"></edu-connect>`);
      journey.go('coverage');
      await waitUntil(() => deepText(journey).includes('Загрузка…'), 'the loading notice shows');
      await waitUntil(() => deepText(journey).includes('Нет связи с сервером'), 'the failure', {
        timeout: 3000,
      });
      expect(deepText(journey)).to.include('Охват подключения');
      expect(button(journey, 'Повторить')).to.not.equal(null);
    } finally {
      ScreenModules.timeoutMs = timeout;
    }
  });

  it('a screen whose element does not arrive says so, and shows it after a retry', async () => {
    mock.worker.use(http.get(moduleOf('application-sent'), () => HttpResponse.error()));
    const journey = await fixture<EduConnect>(html`<edu-connect api-base="/api"></edu-connect>`);

    journey.go('sent');
    await waitUntil(() => deepText(journey).includes('Нет связи с сервером'), 'the failure shows');
    expect(customElements.get('edu-application-sent')).to.equal(undefined);
    await expect(journey).to.be.accessible();

    mock.worker.resetHandlers();
    button(journey, 'Повторить').click();
    await waitUntil(() => customElements.get('edu-application-sent'), 'defined after the retry');
    await waitUntil(() => !deepText(journey).includes('Нет связи с сервером'), 'failure gone');
  });
});
