/**
 * A lazily loaded element whose module fails, used directly on a page, is
 * tried again while its tag is there; the idle prefetch goes past it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { defineWhenUsed } from '../../src/core/lazy-define.js';
import { lazyElements } from '../support/lazy-elements.js';
import { deepText } from '../support/dom.js';
import { mock } from '../support/mock.js';

const elements = (names: string[], options?: { fail?: number }) =>
  lazyElements('retry', names, options);

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('lazily loaded elements that fail to load', () => {
  const stops: (() => void)[] = [];
  before(() => mock.start());
  afterEach(() => {
    stops.splice(0).forEach((stop) => stop());
    mock.reset();
  });

  it('a tag on the page is defined when the browser comes back online', async () => {
    const { tags, loaders, imported } = elements(['online'], { fail: 1 });
    const root = await fixture(html`<div></div>`);
    root.append(document.createElement(tags[0]!));
    stops.push(defineWhenUsed(loaders, { root }));
    await waitUntil(() => imported.length === 1);
    await settle();
    expect(customElements.get(tags[0]!)).to.equal(undefined);

    window.dispatchEvent(new Event('online'));
    await waitUntil(() => customElements.get(tags[0]!), 'defined once online');
    expect(imported).to.deep.equal([tags[0], tags[0]]);
  });

  it('a tag on the page is tried again a few seconds later, without any event', async function () {
    this.timeout(12000);
    const { tags, loaders, imported } = elements(['later'], { fail: 1 });
    const root = await fixture(html`<div></div>`);
    root.append(document.createElement(tags[0]!));
    stops.push(defineWhenUsed(loaders, { root }));

    await waitUntil(() => customElements.get(tags[0]!), 'defined on the next try', {
      timeout: 8000,
    });
    expect(imported).to.deep.equal([tags[0], tags[0]]);
  });

  it('a tag on the page that failed is not fetched again by the prefetch before its retry', async function () {
    this.timeout(12000);
    const { tags, loaders, imported } = elements(['used', 'other'], { fail: 1 });
    const root = await fixture(html`<div></div>`);
    root.append(document.createElement(tags[0]!));
    stops.push(defineWhenUsed(loaders, { root, prefetch: true }));

    await waitUntil(() => customElements.get(tags[1]!), 'the other prefetched', { timeout: 6000 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(imported, 'nothing more before the retry').to.deep.equal([tags[0], tags[1]]);
    await waitUntil(() => customElements.get(tags[0]!), 'defined on its retry', { timeout: 8000 });
    expect(imported).to.deep.equal([tags[0], tags[1], tags[0]]);
  });

  it('a tag no longer on the page is not tried again until it is added', async () => {
    const { tags, loaders, imported } = elements(['gone'], { fail: 1 });
    const root = await fixture(html`<div></div>`);
    const element = root.appendChild(document.createElement(tags[0]!));
    stops.push(defineWhenUsed(loaders, { root }));
    await waitUntil(() => imported.length === 1);
    element.remove();

    window.dispatchEvent(new Event('online'));
    await settle();
    expect(imported).to.have.length(1);
  });

  it('the prefetch goes past a module that fails and fetches the others', async function () {
    this.timeout(12000);
    const { tags, loaders, imported } = elements(['broken', 'next', 'last'], { fail: 1 });
    const root = await fixture(html`<div></div>`);
    stops.push(defineWhenUsed(loaders, { root, prefetch: true }));

    await waitUntil(
      () => customElements.get(tags[1]!) && customElements.get(tags[2]!),
      'the others prefetched',
      { timeout: 10000 },
    );
    expect(imported.slice(0, 3)).to.deep.equal(tags);
    expect(customElements.get(tags[0]!)).to.equal(undefined);
  });

  it('<edu-coverage> on a page shows once its chunk can be fetched again', async () => {
    mock.worker.use(
      http.get(/\/elements\/coverage\/define\.(js|ts)(\?|$)/, () => HttpResponse.error()),
    );
    const root = await fixture(html`<div><edu-coverage api-base="/api"></edu-coverage></div>`);
    let imports = 0;
    stops.push(
      defineWhenUsed(
        {
          'edu-coverage': () => {
            imports++;
            return import('../../src/elements/coverage/define.js');
          },
        },
        { root },
      ),
    );
    await waitUntil(() => imports === 1);
    await settle();
    expect(customElements.get('edu-coverage')).to.equal(undefined);

    mock.worker.resetHandlers();
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => customElements.get('edu-coverage'), 'defined once online');
    const coverage = root.querySelector('edu-coverage')!;
    await waitUntil(() => deepText(coverage).trim().length > 0, 'the coverage shows');
  });
});
