import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type {
  CoverageArea,
  CoverageOrganization,
  CoverageStatus,
  CoverageSummary,
  CoverageWeek,
} from '../../contract/coverage.js';
import { loadDraft, saveDraft } from '../../core/drafts.js';
import { EduElement } from '../../core/edu-element.js';
import { renderFailure } from '../../core/failure.js';
import { focusHeading } from '../../core/focus.js';
import { pick, type Language } from '../../core/i18n.js';
import { commonMessages } from '../../core/messages.js';
import { pause } from '../../core/pause.js';
import { baseStyles } from '../../core/styles.js';
import { byCoverage, percent, renderBars, renderTimeline } from './charts.js';
import { csvBlob, download, type CsvCell } from './csv.js';
import { messages, type CoverageMessages } from './messages.js';
import { coverageStyles } from './styles.js';

/** Which table a CSV file holds. */
export type CoverageTable = 'areas' | 'timeline' | 'organizations';

/** Detail of `edu-coverage-export`. */
export interface CoverageExportDetail {
  table: CoverageTable;
  filename: string;
  blob: Blob;
}

const STATUSES: readonly CoverageStatus[] = ['none', 'pending', 'rejected', 'connected'];
const NOT_CONNECTED: readonly CoverageStatus[] = ['none', 'pending', 'rejected'];
const PAGE_SIZE = 50;
const DEBOUNCE_MS = 300;
const DRAFT_KEY = 'coverage';

interface ListFilter {
  statuses: CoverageStatus[];
  query: string;
}

/**
 * How far the connection of a municipality's schools, or of the whole
 * region's, has got: a summary line, a bar per area sorted by coverage, the
 * connections week by week, and the organizations not connected yet,
 * filtered by status and searched by name or INN. Every chart has its
 * table, and every table downloads as a CSV file that Excel opens as it is.
 *
 * @summary Connection coverage of a municipality or of the whole region.
 *
 * @attr municipality-id - The municipality to show; the whole region when empty.
 *
 * @fires edu-coverage-export - A table is about to be downloaded as CSV; cancel it to
 *   handle the file yourself. Detail: `{ table, filename, blob }`.
 * @fires edu-coverage-scope - The person opened a municipality from the region's table,
 *   or went back to the region. Detail: `{ municipalityId }`.
 *
 * @csspart summary - The line «Подключено 412 из 530, 78 %».
 * @csspart bars - The bar chart of the areas.
 * @csspart timeline - The chart of connections over time.
 * @csspart list - The table of organizations.
 * @csspart error - A failure message.
 *
 * @cssproperty --edu-coverage-connected - Colour of the connected.
 * @cssproperty --edu-coverage-pending - Colour of the applications under review.
 * @cssproperty --edu-coverage-rejected - Colour of the rejected applications.
 * @cssproperty --edu-coverage-none - Colour of those that never applied.
 */
export class EduCoverage extends EduElement {
  static override styles = [baseStyles, coverageStyles];

  /** The municipality to show; the whole region when empty. */
  @property({ attribute: 'municipality-id' }) municipalityId = '';

  /** Overrides of this element's strings. */
  @property({ attribute: false }) messages: Partial<CoverageMessages> | undefined;

  /** The municipality opened from the region's table, if one is. */
  @state() private opened: string | null = null;
  @state() private filter: ListFilter = restoredFilter();
  @state() private moreItems: CoverageOrganization[] = [];
  @state() private nextCursor: string | null = null;
  @state() private exporting: CoverageTable | null = null;
  @state() private announcement = '';
  @state() private failure: unknown = null;

  private summary = new Task(this, {
    task: ([scope], { signal }) => this.api.getCoverage(scope, { signal }),
    args: () => [this.scope] as const,
  });

  private timeline = new Task(this, {
    task: ([scope], { signal }) => this.api.getCoverageTimeline(scope, { signal }),
    args: () => [this.scope] as const,
  });

  private list = new Task(this, {
    task: async ([scope, statuses, query], { signal }) => {
      if (query) await pause(DEBOUNCE_MS, signal);
      // No status ticked: nothing to list (the server would take it for every status).
      if (!statuses) return { items: [], nextCursor: null, total: 0 };
      const page = await this.api.listCoverageOrganizations(
        scope,
        {
          status: statuses.split(',') as CoverageStatus[],
          query: query || undefined,
          limit: PAGE_SIZE,
        },
        { signal },
      );
      this.moreItems = [];
      this.nextCursor = page.nextCursor;
      return page;
    },
    args: () => [this.scope, this.filter.statuses.join(','), this.filter.query.trim()] as const,
  });

  /** The municipality whose figures are shown; `null` for the region. */
  get scope(): string | null {
    return this.opened ?? (this.municipalityId || null);
  }

  /** Asks the server again for every figure and the list, keeping the filter. */
  refresh(): void {
    void this.summary.run();
    void this.timeline.run();
    void this.list.run();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('municipalityId')) this.opened = null;
  }

  private get m(): CoverageMessages {
    return pick(messages, this.language, this.messages);
  }

  private number(value: number): string {
    return new Intl.NumberFormat(this.locale).format(value);
  }

  private share(part: number, whole: number): string {
    const value = percent(part, whole);
    return this.language === 'ru' ? `${value}\u00a0%` : `${value}%`;
  }

  private date(iso: string): string {
    const time = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
    if (!Number.isFinite(time)) return iso;
    return new Intl.DateTimeFormat(this.locale, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...(iso.length === 10 ? { timeZone: 'UTC' } : {}),
    }).format(time);
  }

  private get locale(): string {
    return localeOf(this.language);
  }

  override render(): TemplateResult {
    const common = commonMessages[this.language];
    return html`${this.summary.render({
        // A refresh keeps the figures on screen, and the focus where it was, until new ones come.
        pending: () =>
          this.summary.value
            ? this.renderSummary(this.summary.value)
            : html`<p role="status">${common.loading}</p>`,
        error: (error) => this.renderError(error, () => this.summary.run()),
        complete: (summary) => this.renderSummary(summary),
      })}
      <p role="status" class="visually-hidden">${this.announcement}</p>`;
  }

  private renderError(error: unknown, retry: () => void): TemplateResult {
    const m = this.m;
    return html`<h2 data-screen>${this.scope === null ? m.title(m.region) : m.heading}</h2>
      ${renderFailure(error, this.language, retry)}`;
  }

  private renderSummary(summary: CoverageSummary): TemplateResult {
    const m = this.m;
    const name = summary.municipalityId === null ? m.region : (summary.name ?? '');
    const back =
      this.opened && !this.municipalityId
        ? html`<button type="button" class="link" @click=${() => this.open(null)}>
            ← ${m.title(m.region)}
          </button>`
        : nothing;
    const heading = html`${back}
      <h2 data-screen>${m.title(name)}</h2>`;
    if (summary.known === 0)
      return html`${heading}
        <p class="notice">${m.emptyScope}</p>`;

    const others = [
      ['pending', summary.pending],
      ['rejected', summary.rejected],
      ['notConnected', summary.notConnected],
    ] as const;
    return html`${heading}
      <p class="summary" part="summary">
        ${m.summary(
          this.number(summary.connected),
          this.number(summary.known),
          this.share(summary.connected, summary.known),
        )}
      </p>
      <ul class="counts">
        ${others.map(
          ([key, count]) =>
            html`<li>
              <span class="swatch ${key}"></span>
              <span>${m.counts[key]}: ${this.number(count)}</span>
              ${
                count > 0
                  ? html`<button type="button" class="link" @click=${() => this.showOnly(key)}>
                      ${m.showList}<span class="visually-hidden">: ${m.counts[key]}</span>
                    </button>`
                  : nothing
              }
            </li>`,
        )}
      </ul>
      <p class="hint">
        ${summary.updatedAt ? m.updatedAt(this.time(summary.updatedAt)) : nothing}
        <button type="button" class="link" @click=${() => this.refresh()}>${m.refresh}</button>
      </p>
      ${this.renderAreas(summary)} ${this.renderTimelineSection()} ${this.renderList(summary)}
      ${renderFailure(this.failure, this.language)}`;
  }

  private time(iso: string): string {
    const time = Date.parse(iso);
    if (!Number.isFinite(time)) return iso;
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'short', timeStyle: 'short' }).format(
      time,
    );
  }

  // ------------------------------------------------------------ areas

  private renderAreas(summary: CoverageSummary): TemplateResult | typeof nothing {
    const m = this.m;
    const breakdown = summary.breakdown ?? 'municipality';
    const areas = byCoverage(summary.areas ?? []);
    if (areas.length === 0) return nothing;
    const withOrganizations = areas.filter((area) => area.known > 0);
    const shares = withOrganizations.map((area) => this.share(area.connected, area.known));
    const written = (area: CoverageArea) =>
      area.known === 0
        ? m.noOrganizations
        : `${m.ofKnown(this.number(area.connected), this.number(area.known))} · ` +
          this.share(area.connected, area.known);

    return html`<section aria-labelledby="areas-title">
      <h3 id="areas-title">${m.areasTitle[breakdown]}</h3>
      ${this.renderLegend()}
      ${renderBars(areas, {
        chart: m.areasChart(areas.length, shares[0] ?? '', shares[shares.length - 1] ?? ''),
        written,
      })}
      <details>
        <summary>${m.table}</summary>
        <div
          class="table-wrap"
          tabindex="0"
          role="region"
          aria-label=${m.tableRegion(m.areasTitle[breakdown])}
        >
          <table>
            <caption>
              ${m.areasTitle[breakdown]}
            </caption>
            <thead>
              <tr>
                ${this.areaHeader(breakdown).map(
                  (title, index) =>
                    html`<th scope="col" class=${index > 0 ? 'number' : ''}>${title}</th>`,
                )}
              </tr>
            </thead>
            <tbody>
              ${areas.map((area) => this.renderAreaRow(area, breakdown))}
            </tbody>
          </table>
        </div>
        ${this.renderExport('areas')}
      </details>
    </section>`;
  }

  private renderLegend(): TemplateResult {
    const m = this.m;
    const keys = [
      ['connected', m.status.connected],
      ['pending', m.status.pending],
      ['rejected', m.status.rejected],
      ['notConnected', m.status.none],
    ] as const;
    return html`<ul class="legend" aria-hidden="true">
      ${keys.map(([key, label]) => html`<li><span class="swatch ${key}"></span>${label}</li>`)}
    </ul>`;
  }

  private areaHeader(breakdown: 'municipality' | 'settlement'): string[] {
    const m = this.m;
    return [
      m.area[breakdown],
      m.known,
      m.connected,
      m.share,
      m.status.pending,
      m.status.rejected,
      m.status.none,
    ];
  }

  private areaCells(area: CoverageArea): CsvCell[] {
    return [
      area.name,
      area.known,
      area.connected,
      area.known === 0 ? '' : percent(area.connected, area.known),
      area.pending,
      area.rejected,
      area.notConnected,
    ];
  }

  private renderAreaRow(area: CoverageArea, breakdown: string): TemplateResult {
    const [, ...figures] = this.areaCells(area);
    const name =
      breakdown === 'municipality'
        ? html`<button type="button" class="link" @click=${() => this.open(area.id)}>
            ${area.name}
          </button>`
        : area.name;
    return html`<tr>
      <th scope="row">${name}</th>
      ${figures.map(
        (figure) =>
          html`<td class="number">
            ${typeof figure === 'number' ? this.number(figure) : figure}
          </td>`,
      )}
    </tr>`;
  }

  // ------------------------------------------------------------ time line

  private renderTimelineSection(): TemplateResult {
    const m = this.m;
    return html`<section aria-labelledby="timeline-title">
      <h3 id="timeline-title">${m.timelineTitle}</h3>
      ${this.timeline.render({
        pending: () =>
          this.timeline.value
            ? this.renderWeeks(this.timeline.value.weeks)
            : html`<p>${commonMessages[this.language].loading}</p>`,
        error: (error) => renderFailure(error, this.language, () => this.timeline.run()),
        complete: ({ weeks }) => this.renderWeeks(weeks),
      })}
    </section>`;
  }

  private renderWeeks(weeks: CoverageWeek[]): TemplateResult {
    const m = this.m;
    const first = weeks[0];
    const last = weeks[weeks.length - 1];
    if (!first || !last) return html`<p>${m.timelineEmpty}</p>`;
    const label = m.timelineChart(
      this.date(first.week),
      this.date(last.week),
      this.number(last.total),
    );
    return html`${renderTimeline(weeks, label, {
        number: (value) => this.number(value),
        week: (week) => this.date(week),
      })}
      <details>
        <summary>${m.table}</summary>
        <div
          class="table-wrap"
          tabindex="0"
          role="region"
          aria-label=${m.tableRegion(m.timelineTitle)}
        >
          <table>
            <caption>
              ${m.timelineTitle}
            </caption>
            <thead>
              <tr>
                <th scope="col">${m.week}</th>
                <th scope="col" class="number">${m.weekConnected}</th>
                <th scope="col" class="number">${m.weekTotal}</th>
              </tr>
            </thead>
            <tbody>
              ${weeks.map(
                (week) =>
                  html`<tr>
                    <th scope="row">${this.date(week.week)}</th>
                    <td class="number">${this.number(week.connected)}</td>
                    <td class="number">${this.number(week.total)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
        ${this.renderExport('timeline')}
      </details>`;
  }

  // ------------------------------------------------------------ organizations

  private renderList(summary: CoverageSummary): TemplateResult {
    const m = this.m;
    const region = summary.municipalityId === null;
    return html`<section aria-labelledby="list-title">
      <h3 id="list-title">${m.listTitle}</h3>
      <p>${m.listLead}</p>
      <fieldset>
        <legend>${m.statusFilter}</legend>
        <div class="filters">
          ${STATUSES.map(
            (status) =>
              html`<label>
                <input
                  type="checkbox"
                  .checked=${this.filter.statuses.includes(status)}
                  @change=${(event: Event) =>
                    this.toggle(status, (event.target as HTMLInputElement).checked)}
                />
                ${m.status[status]}
              </label>`,
          )}
        </div>
      </fieldset>
      <div class="field search">
        <label for="coverage-search">${m.searchLabel}</label>
        <span class="hint" id="coverage-search-hint">${m.searchHint}</span>
        <input
          id="coverage-search"
          type="search"
          autocomplete="off"
          aria-describedby="coverage-search-hint"
          .value=${this.filter.query}
          @input=${(event: Event) =>
            this.setFilter({ query: (event.target as HTMLInputElement).value })}
        />
      </div>
      ${this.list.render({
        pending: () => html`<p>${commonMessages[this.language].loading}</p>`,
        error: (error) => renderFailure(error, this.language, () => this.list.run()),
        complete: (page) => {
          const items = [...page.items, ...this.moreItems];
          const total = page.total ?? items.length;
          if (items.length === 0) return html`<p role="status">${m.listEmpty}</p>`;
          return html`<p role="status">${m.listCount(items.length, total)}</p>
            <div
              class="table-wrap"
              tabindex="0"
              role="region"
              aria-label=${m.tableRegion(m.listTitle)}
            >
              <table part="list">
                <caption class="visually-hidden">
                  ${m.listTitle}
                </caption>
                <thead>
                  <tr>
                    ${this.listHeader(region).map((title) => html`<th scope="col">${title}</th>`)}
                  </tr>
                </thead>
                <tbody>
                  ${items.map(
                    (organization) =>
                      html`<tr>
                        ${this.listCells(organization, region).map((cell, index) =>
                          index === 0 ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`,
                        )}
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            <div class="actions">
              ${
                this.nextCursor
                  ? html`<button type="button" class="secondary" @click=${this.more}>
                      ${m.more}
                    </button>`
                  : nothing
              }
              ${this.renderExport('organizations')}
            </div>`;
        },
      })}
    </section>`;
  }

  private listHeader(region: boolean): string[] {
    const m = this.m;
    return [
      m.organization,
      ...(region ? [m.municipality] : []),
      m.settlement,
      m.inn,
      m.statusFilter,
      m.changedAt,
      m.application,
    ];
  }

  private listCells(organization: CoverageOrganization, region: boolean): string[] {
    return [
      organization.shortName ?? organization.fullName,
      ...(region ? [organization.municipalityName ?? ''] : []),
      organization.settlementName ?? '',
      organization.inn ?? '',
      this.m.status[organization.status],
      organization.changedAt ? this.date(organization.changedAt) : '',
      organization.application ?? '',
    ];
  }

  private toggle(status: CoverageStatus, on: boolean): void {
    const statuses = STATUSES.filter((s) => (s === status ? on : this.filter.statuses.includes(s)));
    this.setFilter({ statuses });
  }

  private showOnly(key: 'pending' | 'rejected' | 'notConnected'): void {
    this.setFilter({ statuses: [key === 'notConnected' ? 'none' : key], query: '' });
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('#list-title')?.scrollIntoView?.(),
    );
  }

  private setFilter(changes: Partial<ListFilter>): void {
    this.filter = { ...this.filter, ...changes };
    saveDraft(DRAFT_KEY, this.filter);
  }

  private open(municipalityId: string | null): void {
    this.opened = municipalityId;
    this.emit('edu-coverage-scope', { municipalityId: this.scope });
    void focusHeading(this);
  }

  private more = async (): Promise<void> => {
    if (!this.nextCursor) return;
    this.failure = null;
    try {
      const page = await this.api.listCoverageOrganizations(this.scope, {
        ...this.listQuery(),
        limit: PAGE_SIZE,
        cursor: this.nextCursor,
      });
      this.moreItems = [...this.moreItems, ...page.items];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      this.failure = error;
    }
  };

  private listQuery() {
    const query = this.filter.query.trim();
    return { status: this.filter.statuses, query: query || undefined };
  }

  // ------------------------------------------------------------ export

  private renderExport(table: CoverageTable): TemplateResult {
    const m = this.m;
    const busy = this.exporting === table;
    return html`<button
      type="button"
      class="secondary"
      ?disabled=${this.exporting !== null}
      @click=${() => this.export(table)}
    >
      ${busy ? m.exporting : m.exportCsv}
    </button>`;
  }

  /** The rows of a table as its CSV holds them, header first; the list through every page. */
  async tableRows(table: CoverageTable): Promise<CsvCell[][]> {
    const m = this.m;
    const summary = this.summary.value;
    const region = this.scope === null;
    switch (table) {
      case 'areas': {
        const breakdown = summary?.breakdown ?? 'municipality';
        const areas = byCoverage(summary?.areas ?? []);
        return [this.areaHeader(breakdown), ...areas.map((area) => this.areaCells(area))];
      }
      case 'timeline': {
        const weeks = this.timeline.value?.weeks ?? [];
        return [
          [m.week, m.weekConnected, m.weekTotal],
          ...weeks.map((week) => [this.date(week.week), week.connected, week.total]),
        ];
      }
      case 'organizations': {
        const rows: CsvCell[][] = [this.listHeader(region)];
        let cursor: string | undefined;
        do {
          const page = await this.api.listCoverageOrganizations(this.scope, {
            ...this.listQuery(),
            limit: 100,
            cursor,
          });
          rows.push(...page.items.map((organization) => this.listCells(organization, region)));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        return rows;
      }
    }
  }

  private async export(table: CoverageTable): Promise<void> {
    this.exporting = table;
    this.failure = null;
    try {
      const blob = csvBlob(await this.tableRows(table));
      const filename = `${this.m.files[table]}-${this.scope ?? 'region'}.csv`;
      if (this.emit<CoverageExportDetail>('edu-coverage-export', { table, filename, blob })) {
        download(blob, filename);
      }
      this.announcement = this.m.exported(filename);
    } catch (error) {
      this.failure = error;
    } finally {
      this.exporting = null;
    }
  }
}

/** The filter of the last visit; a draft of another shape gives the default. */
function restoredFilter(): ListFilter {
  const draft = loadDraft<Partial<ListFilter>>(DRAFT_KEY);
  const statuses = Array.isArray(draft?.statuses)
    ? STATUSES.filter((status) => draft.statuses!.includes(status))
    : [...NOT_CONNECTED];
  return { statuses, query: typeof draft?.query === 'string' ? draft.query : '' };
}

const localeOf = (language: Language) => (language === 'ru' ? 'ru-RU' : 'en-GB');
