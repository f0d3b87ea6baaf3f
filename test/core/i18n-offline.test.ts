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
    const requests: string[] = [];
    mock.worker.use(
      http.get(/\/elements\/([\w-]+)\/messages\.en\.(js|ts)(\?|$)/, ({ request }) => {
        requests.push(new URL(request.url).pathname.split('/').at(-2)!);
        return HttpResponse.error();
      }),
    );
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const roles = await fixture<EduRolePicker>(
        html`<edu-role-picker lang="en"></edu-role-picker>`,
      );
      await waitUntil(() => deepText(roles).includes('Кто вы?'), 'Russian shows');
      for (const role of [/Учитель/, /муниципального/, /Учитель/]) {
        button(roles, role).click();
        await roles.updateComplete;
      }
      expect(roles.value).to.equal('school-staff');

      // An element defined after the first failure, as a later step is.
      await import('../../src/elements/login-form/define.js');
      const login = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
        html`<edu-login-form lang="en"></edu-login-form>`,
      );
      await waitUntil(() => deepText(login).includes('Вход'), 'Russian shows');
      for (let i = 0; i < 3; i++) {
        login.setAttribute('region', `0${i}`);
        await login.updateComplete;
      }

      expect(requests.filter((name) => name === 'role-picker')).to.have.length(1);
      expect(requests.filter((name) => name === 'login-form')).to.have.length(1);
      expect(warnings, 'console lines').to.have.length(1);

      mock.worker.resetHandlers();
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => deepText(roles).includes('Who are you?'), 'English once back online');
      await waitUntil(() => deepText(login).includes('Log in'), 'English once back online');
      expect(deepText(roles)).not.to.include('Кто вы?');
      expect(warnings, 'console lines').to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('asks again for English that failed on a render half a minute later', async () => {
    let requests = 0;
    mock.worker.use(
      http.get(/\/elements\/application-sent\/messages\.en\.(js|ts)(\?|$)/, () => {
        requests++;
        return HttpResponse.error();
      }),
    );
    const warn = console.warn;
    console.warn = () => undefined;
    const now = Date.now;
    try {
      await import('../../src/elements/application-sent/define.js');
      const sent = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
        html`<edu-application-sent
          lang="en"
          .application=${{ number: 'З-2026-000123', email: 'school@example.ru' }}
        ></edu-application-sent>`,
      );
      await waitUntil(() => deepText(sent).includes('Заявка отправлена'), 'Russian shows');
      sent.setAttribute('region', '05');
      await sent.updateComplete;
      expect(requests).to.equal(1);

      mock.worker.resetHandlers();
      const later = now() + 31_000;
      Date.now = () => later;
      sent.setAttribute('region', '06');
      await waitUntil(() => deepText(sent).includes('Application sent'), 'English on a later try');
      expect(deepText(sent)).not.to.include('Заявка отправлена');
    } finally {
      Date.now = now;
      console.warn = warn;
    }
  });
});
