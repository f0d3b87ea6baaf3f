/**
 * An element shown in English waits only for the English it renders, and
 * not for long: a chunk that hangs leaves the element in Russian, which
 * turns English when the chunk comes.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { delay, http, passthrough } from 'msw';
import '../../src/elements/settlement-picker/define.js';
import '../../src/elements/role-picker/define.js';
import { deepText, field, typeInto } from '../support/dom.js';
import { mock } from '../support/mock.js';

/** The English chunk of an element, as the test server serves it. */
const englishOf = (name: string) => new RegExp(`/elements/${name}/messages\\.en\\.(js|ts)(\\?|$)`);

describe('English that is slow to come', () => {
  before(() => mock.start());
  afterEach(() => mock.reset());

  it("an element shows and updates in English while another element's English hangs", async () => {
    mock.worker.use(
      http.get(englishOf('setup-wizard'), async () => {
        await delay('infinite');
        return passthrough();
      }),
    );
    // As the idle prefetch does: the wizard is defined, though the page never shows it.
    await import('../../src/elements/setup-wizard/define.js');

    const el = await fixture<HTMLElement>(
      html`<edu-settlement-picker lang="en"></edu-settlement-picker>`,
    );
    expect(deepText(el)).to.include('Start typing the name');
    const input = field(el.shadowRoot!, /Settlement/);
    await typeInto(input, 'Ахты');
    await waitUntil(
      () => el.shadowRoot!.querySelectorAll('[role="option"]').length > 0,
      'the picker lists the places found',
      { timeout: 4000 },
    );
    await waitUntil(() => /\d+ settlements? found/.test(deepText(el)), 'the count in English', {
      timeout: 3000,
    });
  });

  it('an element whose English hangs shows Russian after a few seconds, then English', async function () {
    this.timeout(20000);
    mock.worker.use(
      http.get(englishOf('role-picker'), async () => {
        await delay(6500);
        return passthrough();
      }),
    );
    const el = document.createElement('edu-role-picker');
    el.lang = 'en';
    document.body.append(el);
    try {
      await waitUntil(() => deepText(el).includes('Кто вы?'), 'Russian shows meanwhile', {
        timeout: 7000,
      });
      await waitUntil(() => deepText(el).includes('Who are you?'), 'English once it came', {
        timeout: 6000,
      });
      expect(deepText(el)).not.to.include('Кто вы?');
    } finally {
      el.remove();
    }
  });
});
