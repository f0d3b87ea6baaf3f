import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/elements/coverage/define.js';
import type { EduCoverage } from '../../../src/elements/coverage/define.js';
import type { CoverageExportDetail } from '../../../src/elements/coverage/coverage.js';
import { clearDraft } from '../../../src/core/drafts.js';
import { HOSTILE_TEXT } from '../../../src/mocks/index.js';
import { mock } from '../../support/mock.js';
import {
  allDeep,
  button,
  deepActiveElement,
  deepText,
  field,
  typeInto,
} from '../../support/dom.js';
import { openAsExcel, shown } from '../../support/excel-csv.js';

const AKHTY_DISTRICT = '0500500000000';

async function shows(element: Element, text: string | RegExp) {
  const found = () =>
    typeof text === 'string' ? deepText(element).includes(text) : text.test(deepText(element));
  try {
    await waitUntil(found, '', { timeout: 5000 });
  } catch {
    throw new Error(`Never showed "${text}"; showed: ${deepText(element).slice(-600)}`);
  }
}

/** Whole per cent as the view rounds it. */
const share = (part: number, whole: number) => Math.round((part / whole) * 100);

/** Text with every run of spaces (no-break ones too) as one space. */
const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

const rowsOf = (table: HTMLTableElement) =>
  Array.from(table.tBodies[0]!.rows, (row) =>
    Array.from(row.cells, (cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
  );

const tables = (coverage: EduCoverage) =>
  Array.from(coverage.shadowRoot!.querySelectorAll('table'));

/** The file of the next export of `coverage`, kept from the download. */
function nextExport(coverage: EduCoverage): Promise<CoverageExportDetail> {
  return new Promise((resolve) =>
    coverage.addEventListener(
      'edu-coverage-export',
      (event) => {
        event.preventDefault();
        resolve((event as CustomEvent<CoverageExportDetail>).detail);
      },
      { once: true },
    ),
  );
}

/** What the mock holds for the district: its registry and the one seeded applicant. */
function districtFigures() {
  const registry = mock.db.organizations.filter((o) => o.municipalityId === AKHTY_DISTRICT);
  const connected = registry.filter((o) => o.connected).length;
  return { known: registry.length + 1, connected, never: registry.length - connected };
}

describe('edu-coverage', () => {
  before(() => mock.start());
  afterEach(() => {
    clearDraft('coverage');
    mock.reset();
  });

  it('sums up a district with the numbers of the mock', async () => {
    const { known, connected, never } = districtFigures();
    const coverage = await fixture<EduCoverage>(
      html`<edu-coverage municipality-id=${AKHTY_DISTRICT}></edu-coverage>`,
    );
    await shows(coverage, 'Охват подключения: Ахтынский район');
    const summary = coverage.shadowRoot!.querySelector('[part=summary]')!.textContent!;
    expect(summary.replace(/\s+/g, ' ').trim()).to.equal(
      `Подключено ${connected} из ${known}, ${share(connected, known)} %`,
    );
    expect(deepText(coverage)).to.match(new RegExp(`Не подключались ?: ${never}`));
    expect(deepText(coverage)).to.match(/Заявка на модерации ?: 1/);
  });

  it('draws a bar per settlement, least covered first, with the numbers of its table', async () => {
    const coverage = await fixture<EduCoverage>(
      html`<edu-coverage municipality-id=${AKHTY_DISTRICT}></edu-coverage>`,
    );
    await shows(coverage, 'По населённым пунктам');
    const [areas] = tables(coverage);
    const rows = rowsOf(areas!);
    const settlements = new Set(
      mock.db.organizations
        .filter((o) => o.municipalityId === AKHTY_DISTRICT)
        .map((o) => o.settlementId),
    );
    expect(rows).to.have.length(settlements.size);

    const shares = rows.map((row) => Number(row[3]));
    expect(shares).to.deep.equal([...shares].sort((a, b) => a - b));
    const akhty = rows.find((row) => row[0] === 'Ахты')!;
    const school = mock.db.organizationsOf('0500500000100');
    expect(Number(akhty[1])).to.equal(school.length + 1);
    expect(Number(akhty[2])).to.equal(school.filter((o) => o.connected).length);

    const figures = Array.from(coverage.shadowRoot!.querySelectorAll('.bar-figure'), (figure) =>
      spaced(figure.textContent!),
    );
    expect(figures).to.deep.equal(rows.map((row) => `${row[2]} из ${row[1]} · ${row[3]} %`));
    const chart = coverage.shadowRoot!.querySelector('[part=bars]')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.include('в таблице ниже');
    await expect(coverage).to.be.accessible();
  });

  it('shows the region by municipality and opens one from its table', async () => {
    const coverage = await fixture<EduCoverage>(html`<edu-coverage></edu-coverage>`);
    await shows(coverage, 'Охват подключения: вся республика');
    const region = await mock.db.coverage(null);
    const figures = [region.connected, region.known].map((n) => n.toLocaleString('ru-RU'));
    expect(spaced(deepText(coverage))).to.include(spaced(`Подключено ${figures.join(' из ')}`));
    const [areas] = tables(coverage);
    expect(rowsOf(areas!)).to.have.length(mock.db.municipalities.length);

    const scope = new Promise<string | null>((resolve) =>
      coverage.addEventListener('edu-coverage-scope', (event) =>
        resolve((event as CustomEvent<{ municipalityId: string | null }>).detail.municipalityId),
      ),
    );
    button(coverage, 'Ахтынский район').click();
    expect(await scope).to.equal(AKHTY_DISTRICT);
    await shows(coverage, 'Охват подключения: Ахтынский район');
    button(coverage, /вся республика/).click();
    await shows(coverage, 'Охват подключения: вся республика');
  });

  it('lists those not connected, filtered by status and searched by name', async () => {
    const { known, connected } = districtFigures();
    const coverage = await fixture<EduCoverage>(
      html`<edu-coverage municipality-id=${AKHTY_DISTRICT}></edu-coverage>`,
    );
    await shows(coverage, new RegExp(`${known - connected} организаци`));
    const all = coverage.shadowRoot!.querySelector<HTMLTableElement>('[part=list]')!;
    expect(rowsOf(all)).to.have.length(known - connected);

    field(coverage, 'Заявка отклонена').click();
    field(coverage, 'Не подключались').click();
    await shows(coverage, /(?<!\d)1 организация/);
    const list = coverage.shadowRoot!.querySelector<HTMLTableElement>('[part=list]')!;
    expect(rowsOf(list)[0]).to.include('Заявка на модерации');

    field(coverage, 'Не подключались').click();
    await shows(coverage, new RegExp(`${known - connected} организаци`));
    await typeInto(field(coverage, 'Поиск по названию или ИНН'), 'ВЕЧЕРНЯЯ «школа»');
    await shows(coverage, /(?<!\d)1 организация/);
    expect(deepText(coverage)).to.include('Ахтынская вечерняя школа');
  });

  it('keeps the filter and the search through a reload, and ignores a broken draft', async () => {
    const first = await fixture<EduCoverage>(
      html`<edu-coverage municipality-id=${AKHTY_DISTRICT}></edu-coverage>`,
    );
    await shows(first, 'Кому позвонить');
    field(first, 'Подключены').click();
    await typeInto(field(first, 'Поиск по названию или ИНН'), 'Ахтынская');
    first.remove();

    const again = await fixture<EduCoverage>(
      html`<edu-coverage municipality-id=${AKHTY_DISTRICT}></edu-coverage>`,
    );
    await shows(again, 'Кому позвонить');
    expect(field(again, 'Поиск по названию или ИНН').value).to.equal('Ахтынская');
    expect(field(again, 'Подключены').checked).to.equal(true);
    again.remove();

    localStorage.setItem('edu-connect:draft:coverage', '{"statuses":"none","query":5}');
    const broken = await fixture<EduCoverage>(
      html`<edu-coverage municipality-id=${AKHTY_DISTRICT}></edu-coverage>`,
    );
    await shows(broken, 'Кому позвонить');
    expect(field(broken, 'Поиск по названию или ИНН').value).to.equal('');
    expect(field(broken, 'Не подключались').checked).to.equal(true);
  });

  it('lists nothing when no status is ticked', async () => {
    const coverage = await fixture<EduCoverage>(
      html`<edu-coverage municipality-id=${AKHTY_DISTRICT}></edu-coverage>`,
    );
    await shows(coverage, /\d+ организаци/);
    for (const status of ['Не подключались', 'Заявка на модерации', 'Заявка отклонена']) {
      field(coverage, status).click();
    }
    await shows(coverage, 'Ни одна организация не подходит под условия.');
  });

  it('shows the list behind a number of the summary', async () => {
    const coverage = await fixture<EduCoverage>(
      html`<edu-coverage municipality-id=${AKHTY_DISTRICT}></edu-coverage>`,
    );
    await shows(coverage, 'показать в списке');
    button(coverage, /показать в списке ?: Заявка на модерации/).click();
    await shows(coverage, /(?<!\d)1 организация/);
    expect(field(coverage, 'Не подключались').checked).to.equal(false);
    expect(field(coverage, 'Заявка на модерации').checked).to.equal(true);
  });

  it('exports the areas table as CSV that Excel opens with the same cells', async () => {
    const coverage = await fixture<EduCoverage>(
      html`<edu-coverage municipality-id=${AKHTY_DISTRICT}></edu-coverage>`,
    );
    await shows(coverage, 'По населённым пунктам');
    const file = nextExport(coverage);
    button(coverage, 'Скачать таблицу (CSV для Excel)').click();
    const { filename, blob, table } = await file;

    expect([table, filename]).to.deep.equal(['areas', `ohvat-${AKHTY_DISTRICT}.csv`]);
    expect(blob.type).to.equal('text/csv;charset=utf-8');
    const sheet = await openAsExcel(blob);
    expect(sheet.encoding).to.equal('utf-8');
    const [header, ...rows] = sheet.rows;
    expect(header).to.deep.equal([
      'Населённый пункт',
      'Всего',
      'Подключено',
      'Охват, %',
      'Заявка на модерации',
      'Заявка отклонена',
      'Не подключались',
    ]);
    // Figures as numbers Excel sums; the table writes them the same, with spaces between thousands.
    const onScreen = rowsOf(tables(coverage)[0]!);
    expect(rows.map((row) => row.map(shown))).to.deep.equal(
      onScreen.map(([name, ...figures]) => [
        name,
        ...figures.map((f) => Number(f.replace(/\s/g, ''))),
      ]),
    );
  });

  it('exports the whole list of the region through every page', async () => {
    const region = mock.db.coverage(null);
    const coverage = await fixture<EduCoverage>(html`<edu-coverage></edu-coverage>`);
    await shows(coverage, 'Кому позвонить');
    await shows(coverage, 'Показать ещё');
    const file = nextExport(coverage);
    const buttons = allDeep(coverage).filter(
      (element) => element.matches('button') && element.textContent!.includes('Скачать'),
    );
    (buttons[buttons.length - 1] as HTMLButtonElement).click();
    const { rows } = await openAsExcel((await file).blob);

    expect(rows[0]).to.deep.equal([
      'Организация',
      'Муниципалитет',
      'Населённый пункт',
      'ИНН',
      'Статус',
      'Изменение',
      'Заявка',
    ]);
    const body = rows.slice(1);
    expect(body).to.have.length(region.notConnected + region.pending + region.rejected);
    expect(body.filter((row) => row[4] === 'Заявка отклонена')).to.have.length(region.rejected);
    expect(body.every((row) => row.length === 7)).to.equal(true);
    // INNs of Dagestan start with 05: Excel must keep the zero.
    const school = mock.db.organizations.find((o) => !o.connected)!;
    const row = body.find((cells) => shown(cells[3]!) === school.inn);
    expect(row?.[3]).to.equal(`="${school.inn}"`);
    await shows(coverage, /Файл organizacii-region\.csv скачан/);
  });

  it('keeps names with markup, quotes and formulas as text on screen and in the file', async () => {
    const hostile = `=HYPERLINK("http://x";"click"); ${HOSTILE_TEXT}`;
    mock.worker.use(
      http.get('/api/coverage/organizations', () =>
        HttpResponse.json({
          items: [{ id: 'x', fullName: hostile, status: 'none', changedAt: null }],
          nextCursor: null,
          total: 1,
        }),
      ),
    );
    const coverage = await fixture<EduCoverage>(
      html`<edu-coverage municipality-id=${AKHTY_DISTRICT}></edu-coverage>`,
    );
    await shows(coverage, /(?<!\d)1 организация/);
    expect(deepText(coverage)).to.include(hostile);
    expect(allDeep(coverage).some((element) => element.matches('img'))).to.equal(false);

    const file = nextExport(coverage);
    const buttons = allDeep(coverage).filter((element) => element.matches('button'));
    (buttons.filter((b) => b.textContent!.includes('Скачать')).pop() as HTMLElement).click();
    const { rows } = await openAsExcel((await file).blob);
    expect(rows[1]![0]).to.equal(`'${hostile}`);
  });

  it('tells an empty municipality apart from a failure', async () => {
    mock.worker.use(
      http.get('/api/coverage', () =>
        HttpResponse.json({
          municipalityId: AKHTY_DISTRICT,
          name: 'Ахтынский район',
          known: 0,
          connected: 0,
          pending: 0,
          rejected: 0,
          notConnected: 0,
          areas: [],
        }),
      ),
    );
    const coverage = await fixture<EduCoverage>(
      html`<edu-coverage municipality-id=${AKHTY_DISTRICT}></edu-coverage>`,
    );
    await shows(coverage, 'Здесь пока нет ни одной известной образовательной организации.');
    expect(coverage.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    await expect(coverage).to.be.accessible();
  });

  it('says what failed and recovers on retry', async () => {
    mock.worker.use(
      http.get('/api/coverage', () => HttpResponse.json({ title: 'boom' }, { status: 500 })),
    );
    const coverage = await fixture<EduCoverage>(
      html`<edu-coverage municipality-id=${AKHTY_DISTRICT}></edu-coverage>`,
    );
    await shows(coverage, 'На сервере произошла ошибка');
    mock.worker.resetHandlers();
    button(coverage, 'Повторить').click();
    await shows(coverage, 'Подключено');
  });

  it('refuses figures that break the contract', async () => {
    mock.worker.use(
      http.get('/api/coverage', () =>
        HttpResponse.json({ municipalityId: null, known: -1, connected: 'many' }),
      ),
    );
    const coverage = await fixture<EduCoverage>(html`<edu-coverage></edu-coverage>`);
    await shows(coverage, 'Сервер прислал ответ, который нельзя показать');
    expect(deepText(coverage)).not.to.include('many');
  });

  it('moves the numbers after an approval and a refresh', async () => {
    const { known, connected } = districtFigures();
    const coverage = await fixture<EduCoverage>(
      html`<edu-coverage municipality-id=${AKHTY_DISTRICT}></edu-coverage>`,
    );
    await shows(coverage, `Подключено ${connected} из ${known}`);
    const pending = mock.db.applications.find((a) => a.application.status === 'pending')!;
    mock.db.approveApplication(pending.application.number);

    const refresh = button(coverage, 'Обновить');
    refresh.focus();
    refresh.click();
    await shows(coverage, `Подключено ${connected + 1} из ${known}`);
    expect(deepActiveElement(), 'the focus stays on the button').to.equal(refresh);
    expect(deepText(coverage)).to.match(/Заявка на модерации ?: 0/);
  });

  it('speaks English with lang="en"', async () => {
    const coverage = await fixture<EduCoverage>(
      html`<edu-coverage lang="en" municipality-id=${AKHTY_DISTRICT}></edu-coverage>`,
    );
    await shows(coverage, /Connected \d+ of \d+, \d+%/);
    expect(deepText(coverage)).to.include('By settlement');
  });
});
