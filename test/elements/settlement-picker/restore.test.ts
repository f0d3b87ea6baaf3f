/**
 * The browser gives a form's fields back their state on back-navigation. The
 * picker checks the restored place with the contract's schemas, which it
 * fetches first; when they cannot be fetched, nothing typed is lost.
 */
import { expect, html } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { mock } from '../../support/mock.js';
import { byName, mount } from './harness.js';

describe('<edu-settlement-picker> restored by the browser', () => {
  before(() => mock.start());
  afterEach(() => mock.reset());

  it('gives the name back as text when the schemas cannot be fetched, and throws nothing', async () => {
    mock.worker.use(http.get(/\/src\/client\/checks\.(ts|js)(\?|$)/, () => HttpResponse.error()));
    const rejections: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
    addEventListener('unhandledrejection', onRejection);
    try {
      const { el, input, host } = await mount(
        html`<form>
          <edu-settlement-picker name="settlement" required></edu-settlement-picker>
        </form>`,
      );

      await el.formStateRestoreCallback(JSON.stringify(byName('Ахты')));
      await el.updateComplete;

      expect(input.value).to.equal('Ахты');
      expect(el.value).to.equal(null);
      expect(new FormData(host as HTMLFormElement).get('settlement')).to.equal(null);
      expect(rejections).to.deep.equal([]);
    } finally {
      removeEventListener('unhandledrejection', onRejection);
    }
  });

  // Last in this file: the fetch of the schemas it starts never ends.
  it('shows the name at once while the schemas are on their way', async () => {
    mock.worker.use(http.get(/\/src\/client\/checks\.(ts|js)(\?|$)/, () => delay('infinite')));
    const { el, input } = await mount(
      html`<form><edu-settlement-picker name="settlement"></edu-settlement-picker></form>`,
    );

    void el.formStateRestoreCallback(JSON.stringify(byName('Ахты')));
    await el.updateComplete;
    expect(input.value).to.equal('Ахты');
    expect(el.value).to.equal(null);
  });
});
