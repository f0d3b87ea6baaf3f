import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/elements/settlement-picker/define.js';
import type { EduSettlementPicker } from '../../src/elements/settlement-picker/define.js';
import type { Municipality, Settlement } from '../../src/contract/types.js';
import { commonMessages } from '../../src/core/messages.js';
import { deepActiveElement, deepText, field, typeInto } from '../support/dom.js';
import { mock } from '../support/mock.js';

const ru = commonMessages.ru;

async function picker(template = html`<edu-settlement-picker></edu-settlement-picker>`) {
  const el = await fixture<EduSettlementPicker>(template);
  const input = field(el.shadowRoot!, /Населённый пункт|Муниципальное образование/);
  return { el, input, root: el.shadowRoot! };
}

function options(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[role="option"]')];
}

async function search(root: ShadowRoot, input: HTMLInputElement, text: string) {
  await typeInto(input, text);
  await waitUntil(() => options(root).length > 0, `no options for «${text}»`, { timeout: 4000 });
}

function statusText(root: ShadowRoot): string {
  return root.querySelector('[role="status"]')!.textContent!.trim();
}

describe('<edu-settlement-picker>', () => {
  before(() => mock.start());
  afterEach(() => mock.reset());

  it('is a labelled combobox with a hint, collapsed at first', async () => {
    const { input, root } = await picker();

    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    const listbox = root.getElementById(input.getAttribute('aria-controls')!)!;
    expect(listbox.getAttribute('role')).to.equal('listbox');
    const hint = root.getElementById(input.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(hint.textContent).to.include('Ахты');
    await expect(root.host).to.be.accessible();
  });

  it('finds «Ахты», marks the typed part and announces the count', async () => {
    const { input, root } = await picker();

    await search(root, input, 'Ахты');

    const akhty = options(root).find((option) => option.textContent!.includes('Ахтынский район'));
    expect(akhty, 'Ахты of Ахтынский район').to.not.equal(undefined);
    expect(akhty!.querySelector('mark')!.textContent).to.equal('Ахты');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await waitUntil(() => /^Найден(о)? \d+ населённ/.test(statusText(root)), 'no count', {
      timeout: 3000,
    });
    await expect(root.host).to.be.accessible();
  });

  it('finds «дербент» whatever the case and chooses it by arrows and Enter', async () => {
    const { el, input, root } = await picker();
    await search(root, input, 'дербент');

    await sendKeys({ press: 'ArrowDown' });
    const first = options(root)[0]!;
    expect(input.getAttribute('aria-activedescendant')).to.equal(first.id);
    expect(first.getAttribute('aria-selected')).to.equal('true');

    const chosen = oneEvent(el, 'edu-settlement-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await chosen) as CustomEvent<{ settlement: Settlement }>;

    expect(detail.settlement.name).to.match(/^Дербент/);
    expect(el.value).to.deep.equal(detail.settlement);
    expect(input.value).to.equal(detail.settlement.name);
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(deepActiveElement()).to.equal(input);
  });

  it('tells the three «Советское» apart by their districts', async () => {
    const { input, root } = await picker();

    await search(root, input, 'Советское');

    const texts = options(root).map((option) => option.textContent!.replace(/\s+/g, ' '));
    for (const district of ['Бабаюртовский', 'Магарамкентский', 'Хасавюртовский']) {
      const found = texts.some((text) => text.includes('Советское') && text.includes(district));
      expect(found, district).to.equal(true);
    }
  });

  it('moves with Home and End, wraps with the arrows and closes on Escape', async () => {
    const { input, root } = await picker();
    await search(root, input, 'Советское');
    const all = options(root);
    const active = () => input.getAttribute('aria-activedescendant');

    await sendKeys({ press: 'End' });
    expect(active()).to.equal(all[all.length - 1]!.id);
    await sendKeys({ press: 'ArrowDown' });
    expect(active()).to.equal(all[0]!.id);
    await sendKeys({ press: 'ArrowUp' });
    expect(active()).to.equal(all[all.length - 1]!.id);
    await sendKeys({ press: 'Home' });
    expect(active()).to.equal(all[0]!.id);

    await sendKeys({ press: 'Escape' });
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(input.value).to.equal('Советское');
  });

  it('chooses an option with the mouse', async () => {
    const { el, input, root } = await picker();
    await search(root, input, 'Ахты');

    const chosen = oneEvent(el, 'edu-settlement-select');
    options(root)[0]!.click();

    const { detail } = (await chosen) as CustomEvent<{ settlement: Settlement }>;
    expect(detail.settlement.name).to.equal('Ахты');
  });

  it('sends only the last query when typing fast', async () => {
    const queries: string[] = [];
    mock.worker.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/settlements')) queries.push(url.searchParams.get('query')!);
    });
    const { input, root } = await picker();

    try {
      await search(root, input, 'Дербент');
    } finally {
      mock.worker.events.removeAllListeners();
    }

    expect(queries).to.deep.equal(['Дербент']);
  });

  it('says so when nothing is found', async () => {
    mock.worker.use(
      http.get('/api/settlements', () => HttpResponse.json({ items: [], nextCursor: null })),
    );
    const { input, root } = await picker();

    await typeInto(input, 'Ъыъыъыъы');
    await waitUntil(() => statusText(root).startsWith('Ничего не найдено'), 'no announcement', {
      timeout: 4000,
    });

    expect(options(root)).to.have.length(0);
    expect(deepText(root)).to.include('Ничего не найдено');
  });

  it('shows a server failure below the field, keeps the text and retries', async () => {
    mock.worker.use(http.get('/api/settlements', () => new HttpResponse(null, { status: 500 })));
    const { input, root } = await picker();

    await typeInto(input, 'Ахты');
    await waitUntil(() => root.querySelector('[role="alert"]'), 'no failure', { timeout: 4000 });

    expect(root.querySelector('[role="alert"]')!.textContent).to.include(ru.server);
    expect(input.value).to.equal('Ахты');
    await expect(root.host).to.be.accessible();

    mock.worker.resetHandlers();
    (root.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    await waitUntil(() => options(root).length > 0, 'retry found nothing', { timeout: 4000 });
    expect(root.querySelector('[role="alert"]')).to.equal(null);
    expect(deepActiveElement()).to.equal(input);
  });

  it('explains a dropped connection', async () => {
    mock.worker.use(http.get('/api/settlements', () => HttpResponse.error()));
    const { input, root } = await picker();

    await typeInto(input, 'Ахты');
    await waitUntil(() => root.querySelector('[role="alert"]'), 'no failure', { timeout: 4000 });

    expect(root.querySelector('[role="alert"]')!.textContent).to.include(ru.network);
    expect(input.value).to.equal('Ахты');
  });

  it('refuses an answer that breaks the contract', async () => {
    mock.worker.use(
      http.get('/api/settlements', () => HttpResponse.json({ items: [{ name: 42 }] })),
    );
    const { input, root } = await picker();

    await typeInto(input, 'Ахты');
    await waitUntil(() => root.querySelector('[role="alert"]'), 'no failure', { timeout: 4000 });

    expect(root.querySelector('[role="alert"]')!.textContent).to.include(ru.contract);
    expect(options(root)).to.have.length(0);
  });

  it('shows names from the server as text, never as markup', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    mock.worker.use(
      http.get('/api/settlements', () =>
        HttpResponse.json({
          items: [{ id: 'evil', name: evil, municipality: { id: 'm', name: evil } }],
          nextCursor: null,
        }),
      ),
    );
    const { input, root } = await picker();

    await search(root, input, '<img');

    expect(options(root)[0]!.textContent).to.include(evil);
    expect(root.querySelector('img')).to.equal(null);
  });

  it('asks to choose from the list when the field is left with typed text only', async () => {
    const { input, root } = await picker();
    await search(root, input, 'Ахты');

    await sendKeys({ press: 'Tab' });

    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const errorId = input.getAttribute('aria-describedby')!.split(' ')[1]!;
    expect(root.getElementById(errorId)!.textContent).to.include('Выберите населённый пункт');
  });

  it('does not scold a required field that was only tabbed past', async () => {
    const el = await fixture<EduSettlementPicker>(
      html`<edu-settlement-picker required></edu-settlement-picker>`,
    );
    const input = field(el.shadowRoot!, 'Населённый пункт');

    input.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;

    expect(input.getAttribute('aria-invalid')).to.equal('false');
  });

  it('gives its form the chosen settlement’s id and blocks a required empty one', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <edu-settlement-picker name="settlement" required></edu-settlement-picker>
      </form>`,
    );
    const el = form.querySelector('edu-settlement-picker')!;
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);

    const input = field(el.shadowRoot!, 'Населённый пункт');
    await search(el.shadowRoot!, input, 'Ахты');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;

    expect(form.checkValidity()).to.equal(true);
    expect(new FormData(form).get('settlement')).to.equal(el.value!.id);
  });

  it('clears the choice when its text is edited', async () => {
    const { el, input, root } = await picker();
    await search(root, input, 'Ахты');
    options(root)[0]!.click();
    await el.updateComplete;

    const cleared = oneEvent(el, 'edu-settlement-select');
    await sendKeys({ press: 'Backspace' });

    expect(((await cleared) as CustomEvent).detail.settlement).to.equal(null);
    expect(el.value).to.equal(null);
  });

  it('shows a settlement given as its value, and forgets it once cleared', async () => {
    const akhty = {
      id: '0500500000100',
      name: 'Ахты',
      municipality: { id: '0500500000000', name: 'Ахтынский район' },
    };
    const { el, input } = await picker(
      html`<edu-settlement-picker .value=${akhty}></edu-settlement-picker>`,
    );
    expect(input.value).to.equal('Ахты');

    el.value = null;
    await el.updateComplete;

    expect(input.value).to.equal('');
  });

  it('searches municipalities with kind="municipality"', async () => {
    const { el, input, root } = await picker(
      html`<edu-settlement-picker kind="municipality"></edu-settlement-picker>`,
    );
    expect(deepText(root)).to.include('Муниципальное образование');

    await search(root, input, 'Ахтынский');
    await waitUntil(() => /^Найдено \d+ муниципальн/.test(statusText(root)), 'no count', {
      timeout: 3000,
    });

    const chosen = oneEvent(el, 'edu-municipality-select');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    const { detail } = (await chosen) as CustomEvent<{ municipality: Municipality }>;
    expect(detail.municipality.name).to.include('Ахтынский');
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<EduSettlementPicker>(
      html`<edu-settlement-picker lang="en"></edu-settlement-picker>`,
    );
    await aTimeout(0);
    expect(deepText(el.shadowRoot!)).to.include('Settlement');
  });
});
