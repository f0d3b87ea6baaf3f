import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { DuplicateMatch, DuplicateQuery, Organization } from '../../contract/types.js';
import { EduElement } from '../../core/edu-element.js';
import { renderFailure } from '../../core/failure.js';
import { pick } from '../../core/i18n.js';
import { baseStyles } from '../../core/styles.js';
import { duplicatePanelMessages, type DuplicatePanelMessages } from './messages.js';
import { duplicatePanelStyles } from './styles.js';

/**
 * The registered organizations that an application being typed may duplicate,
 * each with the reasons in words: the same INN or OGRN, the same or a similar
 * name in the settlement. «Это моя организация» leads to its profile; «Это не
 * моя» puts a match aside, so the person goes on with the application.
 *
 * The form that mounts it sets `candidate` once typing pauses; the panel asks
 * the server's duplicate check, and a newer candidate aborts an older request.
 *
 * @summary Likely duplicates of an application, with their reasons.
 *
 * @fires edu-organization-select - «Это моя организация». Detail: `{ organization }`.
 *
 * @csspart panel - The box around the matches.
 * @csspart match - Each likely duplicate.
 * @csspart mine - The «Это моя организация» button.
 * @csspart not-mine - The «Это не моя» button.
 * @csspart error - A failed check, with its retry button.
 */
export class EduDuplicatePanel extends EduElement {
  static override styles = [baseStyles, duplicatePanelStyles];

  /** What is typed so far: name, INN, OGRN and settlement; `null` checks nothing. */
  @property({ attribute: false }) candidate: DuplicateQuery | null = null;

  /** Overrides of any of the element's strings. */
  @property({ attribute: false }) messages: Partial<DuplicatePanelMessages> = {};

  /** Ids of the matches the person said are not theirs. */
  @state() private dismissed: ReadonlySet<string> = new Set();
  @state() private lastDismissed = '';

  #check = new Task(this, {
    task: async ([candidate], { signal }): Promise<DuplicateMatch[]> => {
      if (!candidate) return [];
      const answer = await this.api.checkDuplicates(candidate, { signal });
      return answer.matches;
    },
    args: () => [this.candidate] as const,
  });

  /** Settles once the check of the current candidate has answered or failed. */
  get checkComplete(): Promise<void> {
    return this.#check.taskComplete.then(
      () => undefined,
      () => undefined,
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new answer is announced as found, not as the last match put aside.
    if (changed.has('candidate')) this.lastDismissed = '';
  }

  override render() {
    const m = pick(duplicatePanelMessages, this.language, this.messages);
    const task = this.#check;
    if (task.status === TaskStatus.ERROR) {
      return renderFailure(task.error, this.language, () => void task.run());
    }

    const matches = task.value ?? [];
    const shown = matches.filter((match) => !this.dismissed.has(match.organization.id));
    return html`
      <p class="visually-hidden" role="status">${this.#announcement(m, matches, shown)}</p>
      ${
        shown.length > 0
          ? html`<section class="duplicates" part="panel" aria-labelledby="duplicates-title">
              <h3 id="duplicates-title">${m.title}</h3>
              <p>${m.intro}</p>
              <ul>
                ${shown.map((match, index) => this.#renderMatch(match, index, m))}
              </ul>
              <p class="hint">${m.goOn}</p>
            </section>`
          : nothing
      }
      ${
        matches.length > 0 && shown.length === 0
          ? html`<p class="hint">
              ${m.allDismissed}
              <button type="button" class="link" @click=${this.#showAgain}>${m.showAgain}</button>
            </p>`
          : nothing
      }
    `;
  }

  #announcement(m: DuplicatePanelMessages, all: DuplicateMatch[], shown: DuplicateMatch[]) {
    if (this.lastDismissed) return m.dismissed(this.lastDismissed);
    return all.length > 0 ? m.found(shown.length) : '';
  }

  #renderMatch(match: DuplicateMatch, index: number, m: DuplicatePanelMessages) {
    const { organization } = match;
    const nameId = `match-${index}`;
    const reasons = match.reasons.map((reason) => m.reasons[reason]).join(', ');
    const name = organization.shortName || organization.fullName;

    return html`<li class="match" part="match">
      <p class="match-name" id=${nameId}>${organization.fullName}</p>
      ${organization.address ? html`<p>${organization.address}</p>` : nothing}
      ${reasons ? html`<p>${m.matchesBy} ${reasons}</p>` : nothing}
      <div class="actions">
        <button
          type="button"
          class="secondary"
          part="mine"
          aria-describedby=${nameId}
          @click=${() => this.#choose(organization)}
        >
          ${m.thisIsMine}
        </button>
        <button
          type="button"
          class="link"
          part="not-mine"
          aria-describedby=${nameId}
          @click=${() => this.#dismiss(organization, name)}
        >
          ${m.notMine}
        </button>
      </div>
    </li>`;
  }

  #choose(organization: Organization): void {
    this.emit('edu-organization-select', { organization });
  }

  /** Puts a match aside; focus goes on to the next match, or back to the form. */
  async #dismiss(organization: Organization, name: string): Promise<void> {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('[part="not-mine"]')];
    const position = buttons.findIndex((button) => button.matches(':focus'));
    this.dismissed = new Set([...this.dismissed, organization.id]);
    this.lastDismissed = name;
    await this.updateComplete;

    const left = [...this.renderRoot.querySelectorAll<HTMLElement>('[part="mine"]')];
    const next = left[Math.min(Math.max(position, 0), left.length - 1)];
    if (next) next.focus();
    else this.renderRoot.querySelector<HTMLElement>('button.link')?.focus();
  }

  #showAgain = (): void => {
    this.dismissed = new Set();
    this.lastDismissed = '';
  };
}
