import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineWhenUsed } from '../../src/core/lazy-define.js';
import { lazyElements } from '../support/lazy-elements.js';
import type { Application } from '../../src/contract/types.js';

const elements = (names: string[], options?: { fail?: number }) =>
  lazyElements('lazy', names, options);

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('elements defined when used', () => {
  const stops: (() => void)[] = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  it('imports the module of a tag already on the page, and of no other', async () => {
    const { tags, loaders, imported } = elements(['here', 'absent']);
    const root = await fixture(
      html`<div>
        <p>Ahead: <span></span></p>
      </div>`,
    );
    root.querySelector('span')!.append(document.createElement(tags[0]!));

    stops.push(defineWhenUsed(loaders, { root }));
    await waitUntil(() => customElements.get(tags[0]!), 'the tag on the page is defined');

    expect(imported).to.deep.equal([tags[0]]);
    expect(customElements.get(tags[1]!)).to.equal(undefined);
  });

  it('imports a module when its tag is added later, deep in a new subtree', async () => {
    const { tags, loaders, imported } = elements(['later']);
    const root = await fixture(html`<div></div>`);
    stops.push(defineWhenUsed(loaders, { root }));
    await settle();
    expect(imported).to.deep.equal([]);

    const section = document.createElement('section');
    const article = section.appendChild(document.createElement('article'));
    article.append(document.createElement(tags[0]!));
    root.append(section);

    await waitUntil(() => customElements.get(tags[0]!), 'the added tag is defined');
    expect(root.querySelector(tags[0]!)).to.be.instanceOf(customElements.get(tags[0]!));
  });

  it('imports each module once, however often its tag is added', async () => {
    const { tags, loaders, imported } = elements(['once', 'other']);
    const root = await fixture(html`<div></div>`);
    stops.push(defineWhenUsed(loaders, { root }));

    for (let i = 0; i < 3; i++) root.append(document.createElement(tags[0]!));
    await waitUntil(() => customElements.get(tags[0]!));
    root.append(document.createElement(tags[0]!));
    await settle();

    expect(imported).to.deep.equal([tags[0]]);
  });

  it('leaves a tag that another copy of the library has defined', async () => {
    const { tags, loaders, imported } = elements(['elsewhere']);
    customElements.define(tags[0]!, class extends HTMLElement {});
    const root = await fixture(html`<div></div>`);
    root.append(document.createElement(tags[0]!));

    stops.push(defineWhenUsed(loaders, { root }));
    await settle();

    expect(imported).to.deep.equal([]);
  });

  it('tries a failed import again when the tag is added again', async () => {
    const { tags, loaders, imported } = elements(['offline'], { fail: 1 });
    const root = await fixture(html`<div></div>`);
    stops.push(defineWhenUsed(loaders, { root }));

    root.append(document.createElement(tags[0]!));
    await waitUntil(() => imported.length === 1);
    await settle();
    expect(customElements.get(tags[0]!)).to.equal(undefined);

    root.append(document.createElement(tags[0]!));
    await waitUntil(() => customElements.get(tags[0]!), 'defined on the second try');
    expect(imported).to.deep.equal([tags[0], tags[0]]);
  });

  it('stops importing once it is told to stop', async () => {
    const { tags, loaders, imported } = elements(['stopped']);
    const root = await fixture(html`<div></div>`);
    defineWhenUsed(loaders, { root })();

    root.append(document.createElement(tags[0]!));
    await settle();

    expect(imported).to.deep.equal([]);
  });

  it('with prefetch, imports the modules not on the page once the browser is idle', async () => {
    const { tags, loaders, imported } = elements(['next', 'after']);
    const root = await fixture(html`<div></div>`);
    stops.push(defineWhenUsed(loaders, { root, prefetch: true }));

    await waitUntil(() => tags.every((tag) => customElements.get(tag)), 'both prefetched', {
      timeout: 8000,
    });
    expect(imported).to.deep.equal(tags);
  });

  it('upgrades a real element of a later step, which then shows its content', async () => {
    const root = await fixture(html`<div></div>`);
    stops.push(
      defineWhenUsed(
        { 'edu-application-sent': () => import('../../src/elements/application-sent/define.js') },
        { root },
      ),
    );
    const sent = document.createElement('edu-application-sent') as HTMLElement & {
      application?: Partial<Application>;
      updateComplete?: Promise<boolean>;
    };
    // Set before the element is defined, as a composer or a page may do.
    sent.application = { number: 'З-2026-000123', email: 'school@example.ru' };
    root.append(sent);

    await customElements.whenDefined('edu-application-sent');
    await sent.updateComplete;
    expect(sent.shadowRoot?.textContent).to.include('З-2026-000123');
  });
});
