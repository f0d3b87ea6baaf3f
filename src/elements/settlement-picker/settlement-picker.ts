import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import type { Municipality, Page, Settlement } from '../../contract/types.js';
import { EduElement } from '../../core/edu-element.js';
import { pause } from '../../core/pause.js';
import { renderFailure } from '../../core/failure.js';
import { pick } from '../../core/i18n.js';
import { baseStyles } from '../../core/styles.js';
import { highlight } from './highlight.js';
import { settlementPickerMessages, type SettlementPickerMessages } from './messages.js';
import { settlementPickerStyles } from './styles.js';

/** What the picker searches: settlements, or municipalities for the МОУО flow. */
export type PlaceKind = 'settlement' | 'municipality';

type Place = Settlement | Municipality;

/** Detail of `edu-settlement-select`; `null` when the choice was typed over. */
export interface SettlementSelectDetail {
  settlement: Settlement | null;
}

/** Detail of `edu-municipality-select`; `null` when the choice was typed over. */
export interface MunicipalitySelectDetail {
  municipality: Municipality | null;
}

/** Fewer letters than this match too much to be worth a request on a slow line. */
const MIN_QUERY = 2;

/** Pause after the last keystroke before asking the server. */
const DEBOUNCE_MS = 250;

function isSettlement(place: Place): place is Settlement {
  return 'municipality' in place;
}

/**
 * A search field for the settlement (населённый пункт) of an organization,
 * following the ARIA 1.2 combobox pattern: type, move through the options
 * with the arrows, Home and End, choose with Enter, close with Escape.
 *
 * Each option names the settlement, its kind when known and its
 * municipality, so that places of the same name can be told apart. With
 * `kind="municipality"` it searches municipalities instead, for the МОУО flow.
 *
 * Takes part in forms: the value under `name` is the id of the chosen place.
 *
 * @summary Finds and selects a settlement or a municipality.
 *
 * @fires edu-settlement-select - A settlement was chosen. Detail: `{ settlement }`; the
 *   settlement is `null` when the person edits the text of a chosen one, so the choice is gone.
 * @fires edu-municipality-select - The same for a municipality (with `kind="municipality"`).
 *   Detail: `{ municipality }`.
 *
 * @csspart input - The text field.
 * @csspart listbox - The list of options.
 * @csspart option - Each option.
 * @csspart error - A failed search, with its retry button.
 */
export class EduSettlementPicker extends EduElement {
  static override styles = [baseStyles, settlementPickerStyles];

  static formAssociated = true;

  /** `settlement` (default) or `municipality`. */
  @property({ reflect: true }) kind: PlaceKind = 'settlement';

  /** The chosen place (a `Settlement`, or a `Municipality`), or `null`. */
  @property({ attribute: false }) value: Place | null = null;

  /** Name of the form field that carries the id of the chosen place. */
  @property({ reflect: true }) name = '';

  /** Whether a form may not be sent without a chosen place. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** How many options to ask the server for. */
  @property({ type: Number }) limit = 10;

  /** Overrides of any of the element's strings. */
  @property({ attribute: false }) messages: Partial<SettlementPickerMessages> = {};

  @state() private text = '';
  @state() private searchText = '';
  @state() private expanded = false;
  @state() private activeIndex = -1;
  @state() private fieldError = '';

  @query('input') private input!: HTMLInputElement;

  #internals = this.attachInternals();
  #announcements = 0;
  /** Whether the person has typed here: only then does leaving it empty call for an answer. */
  #typed = false;

  #search = new Task(this, {
    task: async ([kind, text, limit], { signal }): Promise<Page<Place> | typeof initialState> => {
      if (text.length < MIN_QUERY) return initialState;
      await pause(DEBOUNCE_MS, signal);
      const page = { query: text, limit };
      return kind === 'municipality'
        ? this.api.searchMunicipalities(page, { signal })
        : this.api.searchSettlements(page, { signal });
    },
    args: () => [this.kind, this.searchText.trim(), this.limit] as const,
    onComplete: () => {
      this.activeIndex = -1;
      this.#announcements += 1;
    },
  });

  constructor() {
    super();
    this.addEventListener('invalid', () => this.#showMissing());
  }

  /** Moves focus to the text field. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  formResetCallback(): void {
    this.#typed = false;
    this.value = null;
    this.text = '';
    this.searchText = '';
    this.fieldError = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('value')) return;

    const previous = changed.get('value') as Place | null | undefined;
    if (this.value && this.text !== this.value.name) {
      this.text = this.value.name;
      this.searchText = '';
      this.expanded = false;
    } else if (!this.value && previous && this.text === previous.name) {
      // Cleared from outside (a new journey): the old name must not linger.
      this.text = '';
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('value') || changed.has('required') || changed.has('kind')) {
      this.#syncForm();
    }
    if (changed.has('activeIndex') && this.activeIndex >= 0) {
      this.renderRoot
        .querySelector(`#option-${this.activeIndex}`)
        ?.scrollIntoView({ block: 'nearest' });
    }
  }

  override render() {
    const all = pick(settlementPickerMessages, this.language, this.messages);
    const m = all[this.kind];
    const places = this.#places;
    const showList = this.expanded && places.length > 0;
    const describedBy = ['hint', this.fieldError ? 'field-error' : ''].filter(Boolean).join(' ');

    return html`
      <div class="field" @focusout=${this.#onFocusOut}>
        <label for="input">${m.label}</label>
        <span class="hint" id="hint">${m.hint}</span>
        ${
          this.fieldError
            ? html`<span class="error" id="field-error">${this.fieldError}</span>`
            : nothing
        }
        <input
          id="input"
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-controls="listbox"
          aria-expanded=${showList ? 'true' : 'false'}
          aria-activedescendant=${
            showList && this.activeIndex >= 0 ? `option-${this.activeIndex}` : nothing
          }
          aria-describedby=${describedBy}
          aria-invalid=${this.fieldError ? 'true' : 'false'}
          aria-required=${this.required ? 'true' : 'false'}
          .value=${this.text}
          @input=${this.#onInput}
          @keydown=${this.#onKeyDown}
          @click=${this.#open}
        />
        <ul
          id="listbox"
          part="listbox"
          role="listbox"
          aria-label=${m.label}
          ?hidden=${!showList}
          @mousedown=${(event: Event) => event.preventDefault()}
        >
          ${
            showList ? places.map((place, index) => this.#renderOption(place, index, all)) : nothing
          }
        </ul>
        ${this.#renderState(all)}
      </div>
      <div class="visually-hidden" role="status">${this.#announcement(all)}</div>
      ${
        this.#search.status === TaskStatus.ERROR
          ? renderFailure(this.#search.error, this.language, this.#retry)
          : nothing
      }
    `;
  }

  #renderOption(place: Place, index: number, m: SettlementPickerMessages) {
    const details = isSettlement(place)
      ? [place.kind, place.municipality.name]
      : [place.kind ? m.municipalityKinds[place.kind] : undefined];
    const shown = details.filter(Boolean).join(', ');

    return html`<li
      id="option-${index}"
      part="option"
      role="option"
      class=${index === this.activeIndex ? 'active' : ''}
      aria-selected=${index === this.activeIndex ? 'true' : 'false'}
      aria-posinset=${index + 1}
      aria-setsize=${this.#places.length}
      @click=${() => this.#select(place)}
    >
      <span class="place-name">${highlight(place.name, this.searchText)}</span>
      ${
        shown
          ? html`<span class="visually-hidden">, </span><span class="place-details">${shown}</span>`
          : nothing
      }
    </li>`;
  }

  #renderState(m: SettlementPickerMessages) {
    if (!this.expanded) return nothing;
    if (this.#search.status === TaskStatus.PENDING) {
      return html`<p class="state hint">${m.searching}</p>`;
    }
    if (this.#search.status === TaskStatus.COMPLETE && this.#places.length === 0) {
      return html`<p class="state hint">${m.nothingFound}</p>`;
    }
    if (this.#search.status === TaskStatus.INITIAL && this.text.trim().length > 0) {
      return html`<p class="state hint">${m.typeMore}</p>`;
    }
    return nothing;
  }

  /** The count after each search; alternates a trailing space so a repeat is read again. */
  #announcement(all: SettlementPickerMessages): string {
    if (this.#search.status !== TaskStatus.COMPLETE || !this.expanded) return '';
    const page = this.#search.value;
    if (!page) return '';
    const count = page.total ?? page.items.length;
    const message = count > 0 ? all[this.kind].found(count) : all.nothingFound;
    return this.#announcements % 2 ? message : `${message}\u00a0`;
  }

  get #places(): Place[] {
    if (this.#search.status !== TaskStatus.COMPLETE) return [];
    return this.#search.value?.items ?? [];
  }

  #onInput = (event: InputEvent): void => {
    this.text = (event.target as HTMLInputElement).value;
    this.searchText = this.text;
    this.#typed = true;
    this.expanded = true;
    this.fieldError = '';
    if (this.value && this.value.name !== this.text) this.#announceChoice(null);
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    const places = this.#places;
    const listShown = this.expanded && places.length > 0;
    const last = places.length - 1;

    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.expanded) this.#open();
        else if (listShown) this.activeIndex = this.activeIndex >= last ? 0 : this.activeIndex + 1;
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!this.expanded) this.#open();
        else if (listShown) this.activeIndex = this.activeIndex <= 0 ? last : this.activeIndex - 1;
        break;
      case 'Home':
      case 'End':
        if (!listShown) return;
        event.preventDefault();
        this.activeIndex = event.key === 'Home' ? 0 : last;
        break;
      case 'Enter': {
        if (!listShown) return;
        const place = places[this.activeIndex] ?? (places.length === 1 ? places[0] : undefined);
        if (!place) return;
        event.preventDefault();
        this.#select(place);
        break;
      }
      case 'Escape':
        if (!this.expanded) return;
        event.preventDefault();
        this.expanded = false;
        this.activeIndex = -1;
        break;
    }
  };

  #onFocusOut = (event: FocusEvent): void => {
    if (this.renderRoot.contains(event.relatedTarget as Node | null)) return;
    this.expanded = false;
    this.activeIndex = -1;
    this.#validate();
  };

  #open = (): void => {
    if (this.text.trim().length === 0 || this.value) return;
    this.expanded = true;
  };

  #retry = (): void => {
    this.input.focus();
    this.expanded = true;
    void this.#search.run();
  };

  #select(place: Place): void {
    this.text = place.name;
    this.expanded = false;
    this.activeIndex = -1;
    this.fieldError = '';
    this.#announceChoice(place);
  }

  #announceChoice(place: Place | null): void {
    this.value = place;
    if (this.kind === 'municipality') {
      const municipality = place as Municipality | null;
      this.emit<MunicipalitySelectDetail>('edu-municipality-select', { municipality });
    } else {
      const settlement = place as Settlement | null;
      this.emit<SettlementSelectDetail>('edu-settlement-select', { settlement });
    }
  }

  /** On leaving the field: typed text that was never chosen from the list is not a choice. */
  #validate(submitting = false): void {
    const m = pick(settlementPickerMessages, this.language, this.messages)[this.kind];
    if (this.value) this.fieldError = '';
    else if (this.text.trim()) this.fieldError = m.notChosen;
    else if (this.required && (this.#typed || submitting)) this.fieldError = m.missing;
  }

  #showMissing(): void {
    this.#validate(true);
    this.input?.focus();
  }

  #syncForm(): void {
    this.#internals.setFormValue(this.value?.id ?? null);
    if (this.required && !this.value) {
      const m = pick(settlementPickerMessages, this.language, this.messages)[this.kind];
      this.#internals.setValidity({ valueMissing: true }, m.missing, this.input);
    } else {
      this.#internals.setValidity({});
    }
  }
}
