/**
 * The coverage view on a phone: everything fits the width, wide tables scroll
 * inside their own labelled region, long names wrap and the bars shrink.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/elements/coverage/define.js';
import '../../../src/elements/connect/define.js';
import type { EduCoverage } from '../../../src/elements/coverage/define.js';
import { clearDraft } from '../../../src/core/drafts.js';
import { mock } from '../../support/mock.js';
import { AUTHORITY_ACCOUNT } from '../../../src/mocks/index.js';
import { button, deepText, field, typeInto } from '../../support/dom.js';
import { activate, press, screenShows } from '../../support/journey.js';

const AKHTY_DISTRICT = '0500500000000';

/** Elements of the shadow tree that reach past the right edge of the viewport. */
function beyond(coverage: EduCoverage, width: number): string[] {
  return Array.from(coverage.shadowRoot!.querySelectorAll<HTMLElement>('*'))
    .filter((element) => !element.closest('.table-wrap'))
    .filter((element) => element.getBoundingClientRect().right > width + 0.5)
    .map(
      (element) =>
        `${element.localName}.${element.className} ${Math.round(element.getBoundingClientRect().right)}`,
    );
}

describe('<edu-coverage> on a small screen', () => {
  before(() => mock.start());
  afterEach(async () => {
    clearDraft('coverage');
    mock.reset();
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [320, 375]) {
    it(`fits ${width} pixels without scrolling sideways`, async () => {
      await setViewport({ width, height: 700 });
      // As a page lays it out on a phone: one grid column, as wide as its content allows.
      const page = await fixture<HTMLElement>(
        html`<div style="display: grid; grid-template-columns: 1fr">
          <edu-coverage municipality-id=${AKHTY_DISTRICT}></edu-coverage>
        </div>`,
      );
      const coverage = page.querySelector<EduCoverage>('edu-coverage')!;
      await waitUntil(() => deepText(coverage).includes('По населённым пунктам'), '', {
        timeout: 5000,
      });
      button(coverage, /показать в списке/i).click();
      for (const details of coverage.shadowRoot!.querySelectorAll('details')) details.open = true;
      await waitUntil(() => coverage.shadowRoot!.querySelector('table[part=list] tbody tr'), '', {
        timeout: 5000,
      }).catch(() => {});
      await coverage.updateComplete;
      expect(beyond(coverage, width)).to.deep.equal([]);
      expect(coverage.getBoundingClientRect().width).to.be.at.most(width);
      expect(coverage.scrollWidth).to.be.at.most(coverage.clientWidth);

      // Each bar lies under its own name and figure, as wide as the row.
      const name = coverage.shadowRoot!.querySelector('.bar-name')!.getBoundingClientRect();
      const bar = coverage.shadowRoot!.querySelector('.bar')!.getBoundingClientRect();
      const figure = coverage.shadowRoot!.querySelector('.bar-figure')!.getBoundingClientRect();
      expect(bar.top).to.be.at.least(Math.max(name.bottom, figure.bottom) - 1);
      expect(bar.width).to.be.greaterThan(width / 2);

      // A table wider than the screen scrolls in its own region, which keys can reach.
      for (const region of coverage.shadowRoot!.querySelectorAll<HTMLElement>('.table-wrap')) {
        expect(region.getAttribute('role')).to.equal('region');
        expect(region.getAttribute('aria-label')).to.be.a('string').and.not.equal('');
        expect(region.tabIndex).to.equal(0);
        expect(region.getBoundingClientRect().right).to.be.at.most(width);
      }
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
    });
  }

  it('keeps the authority’s coverage screen of the composer within 375 pixels', async function () {
    this.timeout(30_000);
    localStorage.clear();
    await setViewport({ width: 375, height: 700 });
    const page = await fixture<HTMLElement>(
      html`<div style="display: grid; grid-template-columns: 1fr">
        <edu-connect api-base="/api"></edu-connect>
      </div>`,
    );
    const journey = page.querySelector('edu-connect')!;
    await activate(journey, /войти/);
    await screenShows(journey, 'Пароль');
    await typeInto(field(journey, 'Логин'), AUTHORITY_ACCOUNT.login);
    await typeInto(field(journey, /^Пароль/), AUTHORITY_ACCOUNT.password);
    await press('Enter');
    await screenShows(journey, 'По населённым пунктам');
    await activate(journey, /показать в списке/i);
    await screenShows(journey, 'Выйти');

    expect(journey.getBoundingClientRect().width).to.be.at.most(375);
    expect(journey.scrollWidth).to.be.at.most(journey.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(375);
    const logout = button(journey, /Выйти/).getBoundingClientRect();
    expect(logout.right).to.be.at.most(375);
    localStorage.clear();
  });
});
