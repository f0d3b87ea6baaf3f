import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import type * as Checks from '../../client/checks.js';
import type { Municipality, Page, Settlement } from '../../contract/types.js';
import { EduElement } from '../../core/edu-element.js';
import { pause } from '../../core/pause.js';
import { renderFailure } from '../../core/failure.js';
import { pick } from '../../core/i18n.js';
import { baseStyles } from '../../core/styles.js';
import type { SettlementSearch } from '../../search/index.js';
import { MAX_QUERY_LENGTH } from '../../search/limits.js';
import { highlight } from './highlight.js';
import { settlementPickerMessages, type SettlementPickerMessages } from './messages.js';
import { settlementPickerStyles } from './styles.js';

/** What the picker searches: settlements, or municipalities for the МОУО flow. */
export type PlaceKind = 'settlement' | 'municipality';

type Place = Settlement | Municipality;

/** Detail of `edu-settlement-select` and of `change`; `null` when the choice was typed over. */
export interface SettlementSelectDetail {
  settlement: Settlement | null;
}

/** Detail of `edu-municipality-select` and of `change`; `null` when the choice was typed over. */
export interface MunicipalitySelectDetail {
  municipality: Municipality | null;
}

/** Fewer letters than this match too much to be worth a request on a slow line. */
const MIN_QUERY = 2;

/** Pause after the last keystroke before asking the server. */
const DEBOUNCE_MS = 250;

/** Pause after the results before the count is announced, so typing is not talked over. */
const ANNOUNCE_MS = 700;

/** How far Page Up and Page Down move through the options. */
const PAGE = 5;

/** Below this many pixels between the field and the keyboard, the field is scrolled up. */
const MIN_LIST_HEIGHT = 160;

function isSettlement(place: Place): place is Settlement {
  return 'municipality' in place;
}

/**
 * A search field for the settlement (населённый пункт) of an organization,
 * following the ARIA 1.2 combobox pattern on the field itself: type, move
 * through the options with the arrows, Home, End, Page Up and Page Down,
 * choose with Enter (which never sends the form around it) or leave with Tab,
 * close with Escape and clear with a second Escape. Keys pressed while an
 * input method is composing a word are left to it.
 *
 * Each option names the settlement, its kind when known and its
 * municipality, so that places of the same name can be told apart. With
 * `kind="municipality"` it searches municipalities instead, for the МОУО flow.
 *
 * It searches the server, or a list given in `places` without any request.
 * It takes part in forms: the value under `name` is the id of the chosen
 * place; `required`, `disabled`, reset and the browser's restore work as for
 * a native field.
 *
 * @summary Finds and selects a settlement or a municipality.
 *
 * @fires edu-settlement-select - A settlement was chosen. Detail: `{ settlement }`; the
 *   settlement is `null` when the person edits the text of a chosen one, so the choice is gone.
 * @fires edu-municipality-select - The same for a municipality (with `kind="municipality"`).
 *   Detail: `{ municipality }`.
 * @fires change - The choice changed, as a native field's; the same detail as above.
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

  /** Whether the field is disabled; a disabled `<fieldset>` around it disables it too. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** How many options to show at most, from 1 to 100 (the contract's page). */
  @property({ type: Number }) limit = 10;

  /** Places to search here, without asking the server; `null` (default) asks the server. */
  @property({ attribute: false }) places: readonly Place[] | null = null;

  /** Overrides of any of the element's strings. */
  @property({ attribute: false }) messages: Partial<SettlementPickerMessages> = {};

  @state() private text = '';
  @state() private searchText = '';
  @state() private expanded = false;
  @state() private activeIndex = -1;
  @state() private fieldError = '';
  @state() private announcement = '';
  @state() private formDisabled = false;
  @state() private localResults: Place[] = [];

  @query('input') private input!: HTMLInputElement;

  #internals = this.attachInternals();
  /** Whether the person has typed here: only then does leaving it empty call for an answer. */
  #typed = false;
  /** The value the element started with, which a form reset brings back. */
  #defaultValue: Place | null = null;
  #localIndex: SettlementSearch<Place> | null = null;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #lastAnnounced = '';

  #search = new Task(this, {
    task: async (
      [kind, text, limit, local],
      { signal },
    ): Promise<Page<Place> | typeof initialState> => {
      if (local || text.length < MIN_QUERY) return initialState;
      await pause(DEBOUNCE_MS, signal);
      const query = { query: text, limit };
      const page: Page<Place> = await (kind === 'municipality'
        ? this.api.searchMunicipalities(query, { signal })
        : this.api.searchSettlements(query, { signal }));
      // A backend may send more than was asked for; the list shows no more than `limit`.
      const total = page.total ?? page.items.length;
      return { ...page, items: page.items.slice(0, limit), total };
    },
    args: () => [this.kind, this.searchText.trim(), this.#limit, Boolean(this.places)] as const,
    onComplete: () => {
      this.activeIndex = -1;
      this.#scheduleAnnouncement();
    },
    onError: () => this.#clearAnnouncement(),
  });

  constructor() {
    super();
    this.addEventListener('invalid', () => this.#showMissing());
  }

  /** The form the element belongs to, as for a native field. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** The element's validity, as for a native field. */
  get validity(): ValidityState {
    return this.#internals.validity;
  }

  /** The message a failed check shows. */
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  /** Checks validity without showing anything, as for a native field. */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  /** Checks validity and shows the message at the field when it fails. */
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  /** Moves focus to the text field. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
    this.#watchViewport(false);
  }

  formResetCallback(): void {
    this.#typed = false;
    this.value = this.#defaultValue;
    this.text = this.#defaultValue?.name ?? '';
    this.searchText = '';
    this.expanded = false;
    this.fieldError = '';
    this.#clearAnnouncement();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /**
   * Back-navigation and autofill give back the place saved with the form's
   * state. It is checked against the contract, whose schemas load apart from
   * the picker; a choice made meanwhile is kept. The name comes back as typed
   * text at once, and stays so, to be chosen again, when the schemas cannot be
   * fetched.
   */
  async formStateRestoreCallback(saved: string | File | FormData | null): Promise<void> {
    if (typeof saved !== 'string') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(saved);
    } catch {
      return;
    }
    const before = this.value;
    // The name shows at once, as typed text, until the check has chosen the place.
    const name = (parsed as { name?: unknown } | null)?.name;
    const shown = typeof name === 'string' && !before && !this.text;
    if (shown) this.text = name.slice(0, MAX_QUERY_LENGTH);
    let S: typeof Checks;
    try {
      S = await import('../../client/checks.js');
    } catch {
      return;
    }
    const schema = this.kind === 'municipality' ? S.Municipality : S.Settlement;
    const checked = schema.safeParse(parsed);
    if (this.value !== before) return;
    if (checked.success) this.value = checked.data as Place;
    // Not a place after all: the name shown meanwhile goes, unless the person typed over it.
    else if (shown && this.text === name.slice(0, MAX_QUERY_LENGTH)) this.text = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) this.#defaultValue = this.value;
    if (changed.has('places')) {
      this.#localIndex = null;
      if (this.places) void this.#indexPlaces(this.places);
    }
    const keys = changed as Map<PropertyKey, unknown>;
    if (this.places && ['searchText', 'limit'].some((key) => keys.has(key))) {
      this.#searchLocally(keys.has('searchText'));
    }
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
    const listbox = this.renderRoot.querySelector<HTMLElement>('#listbox');
    const open = this.#listShown;
    if (listbox?.isConnected && listbox.matches(':popover-open') !== open) {
      if (open) listbox.showPopover();
      else listbox.hidePopover();
      this.#watchViewport(open);
      if (open) this.#place();
    }
  }

  override render() {
    const all = pick(settlementPickerMessages, this.language, this.messages);
    const m = all[this.kind];
    const places = this.#places;
    const showList = this.#listShown;
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
          maxlength=${MAX_QUERY_LENGTH}
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          enterkeyhint="done"
          aria-autocomplete="list"
          aria-controls="listbox"
          aria-expanded=${showList ? 'true' : 'false'}
          aria-activedescendant=${
            showList && this.activeIndex >= 0 ? `option-${this.activeIndex}` : nothing
          }
          aria-describedby=${describedBy}
          aria-invalid=${this.fieldError ? 'true' : 'false'}
          aria-required=${this.required ? 'true' : 'false'}
          ?disabled=${this.disabled || this.formDisabled}
          .value=${this.text}
          @input=${this.#onInput}
          @keydown=${this.#onKeyDown}
          @click=${this.#open}
        />
        <ul
          id="listbox"
          part="listbox"
          role="listbox"
          popover="manual"
          aria-label=${m.label}
          @mousedown=${(event: Event) => event.preventDefault()}
        >
          ${
            showList ? places.map((place, index) => this.#renderOption(place, index, all)) : nothing
          }
        </ul>
        ${this.#renderState(all)}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${
        !this.places && this.#search.status === TaskStatus.ERROR
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
    const text = this.text.trim();
    if (this.places) {
      // Until the list is indexed, nothing is known to be missing.
      return text && this.#localIndex && this.localResults.length === 0
        ? html`<p class="state hint">${m.nothingFound} ${m.nothingFoundHint}</p>`
        : nothing;
    }
    if (this.#search.status === TaskStatus.PENDING) {
      return html`<p class="state hint">${m.searching}</p>`;
    }
    if (this.#search.status === TaskStatus.COMPLETE && this.#places.length === 0) {
      return html`<p class="state hint">${m.nothingFound} ${m.nothingFoundHint}</p>`;
    }
    if (this.#search.status === TaskStatus.INITIAL && text.length > 0) {
      return html`<p class="state hint">${m.typeMore}</p>`;
    }
    return nothing;
  }

  get #listShown(): boolean {
    return this.expanded && this.#places.length > 0;
  }

  /** The search module is loaded only by a picker given a list, so one that asks the server stays small. */
  async #indexPlaces(places: readonly Place[]): Promise<void> {
    const { createSettlementSearch } = await import('../../search/index.js');
    if (this.places !== places) return;
    this.#localIndex = createSettlementSearch(places);
    this.#searchLocally(true);
  }

  #searchLocally(typed: boolean): void {
    const text = this.searchText.trim();
    const index = this.#localIndex;
    this.localResults = text && index ? index.search(text, { limit: this.#limit }) : [];
    if (typed && text) {
      this.activeIndex = -1;
      this.#scheduleAnnouncement();
    }
  }

  /** What the live region should say for the results on screen now. */
  #currentMessage(): string {
    const all = pick(settlementPickerMessages, this.language, this.messages);
    let count: number;
    if (this.places) {
      if (!this.#localIndex) return '';
      count = this.localResults.length;
    } else {
      if (this.#search.status !== TaskStatus.COMPLETE || !this.#search.value) return '';
      const page = this.#search.value;
      count = page.total ?? page.items.length;
    }
    return count > 0 ? all[this.kind].found(count) : `${all.nothingFound}. ${all.nothingFoundHint}`;
  }

  /** Announces the results once typing pauses; the same words are not said twice in a row. */
  #scheduleAnnouncement(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      if (!this.expanded || !this.searchText.trim()) return;
      const message = this.#currentMessage();
      if (!message || message === this.#lastAnnounced) return;
      this.#lastAnnounced = message;
      this.announcement = message;
    }, ANNOUNCE_MS);
  }

  #clearAnnouncement(): void {
    clearTimeout(this.#announceTimer);
    this.#lastAnnounced = '';
    this.announcement = '';
  }

  /** `limit` as a count the server takes: a whole number from 1 to 100, else 10. */
  get #limit(): number {
    const limit = Math.trunc(this.limit);
    return limit >= 1 ? Math.min(limit, 100) : 10;
  }

  get #places(): Place[] {
    if (this.places) return this.localResults;
    if (this.#search.status !== TaskStatus.COMPLETE) return [];
    return this.#search.value?.items ?? [];
  }

  #onInput = (event: InputEvent): void => {
    this.text = (event.target as HTMLInputElement).value;
    this.searchText = this.text;
    this.#typed = true;
    this.expanded = true;
    this.fieldError = '';
    if (!this.text.trim()) this.#clearAnnouncement();
    if (this.value && this.value.name !== this.text) this.#announceChoice(null);
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    // An input method is composing a word: its keys are its own.
    if (event.isComposing || event.keyCode === 229) return;
    const places = this.#places;
    const listShown = this.#listShown;
    const last = places.length - 1;
    const move = (to: number) => {
      event.preventDefault();
      this.activeIndex = Math.max(0, Math.min(last, to));
    };

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
        if (listShown) move(event.key === 'Home' ? 0 : last);
        break;
      case 'PageDown':
        if (listShown) move(this.activeIndex + PAGE);
        break;
      case 'PageUp':
        if (listShown) move(this.activeIndex < 0 ? 0 : this.activeIndex - PAGE);
        break;
      case 'Enter': {
        if (!listShown) return;
        // With the list open, Enter is for the list, never for sending the form.
        event.preventDefault();
        const place = places[this.activeIndex] ?? (places.length === 1 ? places[0] : undefined);
        if (place) this.#select(place);
        break;
      }
      case 'Tab':
        if (listShown && this.activeIndex >= 0) this.#select(places[this.activeIndex]!);
        break;
      case 'Escape':
        if (this.expanded) {
          event.preventDefault();
          this.expanded = false;
          this.activeIndex = -1;
          this.#clearAnnouncement();
        } else if (this.text) {
          event.preventDefault();
          this.text = '';
          this.searchText = '';
          if (this.value) this.#announceChoice(null);
        }
        break;
    }
  };

  #onFocusOut = (event: FocusEvent): void => {
    if (this.renderRoot.contains(event.relatedTarget as Node | null)) return;
    this.expanded = false;
    this.activeIndex = -1;
    this.#clearAnnouncement();
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
    this.#clearAnnouncement();
    this.#announceChoice(place);
  }

  #announceChoice(place: Place | null): void {
    this.value = place;
    const detail =
      this.kind === 'municipality'
        ? { municipality: place as Municipality | null }
        : { settlement: place as Settlement | null };
    this.emit(`edu-${this.kind}-select`, detail);
    this.dispatchEvent(new CustomEvent('change', { detail, bubbles: true }));
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
    const state = this.value ? JSON.stringify(this.value) : null;
    this.#internals.setFormValue(this.value?.id ?? null, state);
    if (this.required && !this.value) {
      const m = pick(settlementPickerMessages, this.language, this.messages)[this.kind];
      this.#internals.setValidity({ valueMissing: true }, m.missing, this.input);
    } else {
      this.#internals.setValidity({});
    }
  }

  /**
   * Puts the list under the field, in the top layer so that no overflow of
   * the page clips it, and above an on-screen keyboard: when the keyboard
   * leaves too little room below, the field is scrolled up first.
   */
  #place = (): void => {
    const input = this.input;
    const listbox = this.renderRoot.querySelector<HTMLElement>('#listbox');
    if (!input || !listbox || !this.#listShown) return;
    const viewport = window.visualViewport;
    const visibleBottom = viewport ? viewport.offsetTop + viewport.height : window.innerHeight;
    let rect = input.getBoundingClientRect();
    if (visibleBottom - rect.bottom < MIN_LIST_HEIGHT && rect.top > 0) {
      input.scrollIntoView({ block: 'start' });
      rect = input.getBoundingClientRect();
    }
    // Through the CSS object model, which a strict style-src allows.
    listbox.style.setProperty('top', `${rect.bottom}px`);
    listbox.style.setProperty('left', `${rect.left}px`);
    listbox.style.setProperty('width', `${rect.width}px`);
    const room = Math.max(MIN_LIST_HEIGHT, visibleBottom - rect.bottom - 8);
    listbox.style.setProperty('max-height', `min(20em, ${room}px)`);
  };

  #watchViewport(on: boolean): void {
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('scroll', this.#place, { capture: true, passive: true } as never);
    window[method]('resize', this.#place);
    window.visualViewport?.[method]('resize', this.#place);
    window.visualViewport?.[method]('scroll', this.#place);
  }
}
