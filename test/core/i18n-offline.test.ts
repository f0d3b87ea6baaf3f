/**
 * English that cannot be fetched: the element shows Russian, the chunk is
 * not asked for again on every render, the console hears of it once, and
 * English comes back with the network.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/elements/role-picker/define.js';
import type { EduRolePicker } from '../../src/elements/role-picker/role-picker.js';
import { button, deepText } from '../support/dom.js';
import { mock } from '../support/mock.js';

describe('English that cannot be fetched', () => {
  before(() => mock.start());
  afterEach(() => mock.reset());

  it('shows Russian, asks once, warns once, and turns English when back online', async () => {
    let requests = 0;
    mock.worker.use(
      http.get(/\/elements\/role-picker\/messages\.en\.(js|ts)(\?|$)/, () => {
        requests++;
        return HttpResponse.error();
      }),
    );
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await fixture<EduRolePicker>(html`<edu-role-picker lang="en"></edu-role-picker>`);
      await waitUntil(() => deepText(el).includes('Кто вы?'), 'Russian shows');

      for (const role of [/Учитель/, /муниципального/, /Учитель/]) {
        button(el, role).click();
        await el.updateComplete;
      }
      expect(el.value).to.equal('school-staff');
      expect(requests, 'requests for the English chunk').to.equal(1);
      expect(warnings, 'console lines').to.have.length(1);

      mock.worker.resetHandlers();
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => deepText(el).includes('Who are you?'), 'English once back online');
      expect(deepText(el)).not.to.include('Кто вы?');
      expect(warnings, 'console lines').to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });
});
