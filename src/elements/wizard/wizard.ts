import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { ApiError } from '../../client/errors.js';
import type { StepStatus } from '../../contract/types.js';
import { clearDraft, loadDraft, saveDraft } from '../../core/drafts.js';
import { EduElement } from '../../core/edu-element.js';
import { renderFailure } from '../../core/failure.js';
import { pick, type MessageBundle } from '../../core/i18n.js';
import { commonMessages } from '../../core/messages.js';
import { baseStyles } from '../../core/styles.js';
import { isConflict, isSessionExpired, saveFailureNotice } from './failure.js';
import { fieldId } from './fields.js';
import type { WizardMessages } from './messages.js';
import type { FieldErrors, StepContext, StepDefinition } from './step.js';
import { wizardStyles } from './styles.js';

/** The progress of a wizard as the server holds it. */
export interface WizardState<Id extends string> {
  steps: { id: Id; status: StepStatus }[];
  next: Id | null;
  data: Record<string, unknown>;
  /** Grows with every save; sent back with the next one, so that a stale save gets 409. */
  version?: number | undefined;
}

/** Strings a wizard adds to the shared ones. */
export interface WizardOwnMessages<Id extends string> extends WizardMessages {
  title: string;
  steps: Record<Id, string>;
  finishedTitle: string;
  finishedText: string;
}

/** A step of any model; method syntax in StepDefinition makes each step assignable to it. */
export type WizardStep<M> = StepDefinition<object, unknown, M>;

/**
 * Where to go once a step is saved: the server's next step, another one, a
 * pause, or the same step with the rows that still need fixing.
 */
type Then<Id> = Id | 'next' | 'later' | { keep: object; announcement: string };

/**
 * Models of steps that keep no draft in storage (passwords), held in memory
 * while the session is renewed: the login form replaces the wizard on screen,
 * and the new wizard takes them back. Nothing of it reaches storage.
 */
const heldForRelogin = new Map<string, object>();

/**
 * What the activation and setup wizards share: the server holds the progress,
 * the wizard shows the list of steps, opens the one the server names next,
 * keeps what is typed in a draft, and saves one step at a time.
 */
export abstract class EduWizard<
  Id extends string,
  M extends WizardOwnMessages<Id>,
> extends EduElement {
  static override styles = [baseStyles, wizardStyles];

  /** Overrides of the wizard's strings, by key. */
  @property({ attribute: false }) messages: Partial<M> = {};

  @state() protected progress: WizardState<Id> | undefined;
  @state() protected current: Id | undefined;
  @state() protected finished = false;
  @state() private models = new Map<Id, object>();
  @state() private touched = new Set<string>();
  @state() private submitted = false;
  @state() private serverErrors: FieldErrors = {};
  @state() private summary: [string, string][] = [];
  @state() private saveFailure: unknown = undefined;
  @state() private announcement = '';
  @state() private paused = false;
  @state() private pausedWithDraft = false;

  /** Prefix of draft keys in storage, e.g. `activation`. */
  protected abstract readonly draftPrefix: string;
  protected abstract readonly bundle: MessageBundle<M>;
  /** Name of the event fired when no step is left, e.g. `edu-setup-complete`. */
  protected abstract readonly completeEvent: string;
  protected abstract definition(step: Id): WizardStep<M>;
  protected abstract fetchState(signal: AbortSignal): Promise<WizardState<Id>>;
  /** Saves a step; `version` is the wizard's version it was edited against. */
  protected abstract sendStep(
    step: Id,
    payload: unknown,
    signal: AbortSignal,
    version: number | undefined,
  ): Promise<WizardState<Id>>;

  #loading = new Task(this, {
    task: async (_args, { signal }) => {
      try {
        const progress = await this.fetchState(signal);
        this.#apply(progress, false);
        return progress;
      } catch (error) {
        if (isSessionExpired(error)) this.emit('edu-session-expired', { step: this.current });
        throw error;
      }
    },
    args: () => [this.client, this.apiBase],
  });

  #saving = new Task(this, {
    autoRun: false,
    task: async ([step, payload, then]: [Id, unknown, Then<Id>], { signal }) => {
      this.saveFailure = undefined;
      this.#retry = () => void this.#saving.run([step, payload, then]);
      try {
        const progress = await this.sendStep(step, payload, signal, this.progress?.version);
        if (typeof then === 'object') {
          this.progress = progress;
          await this.#keepRows(step, then.keep, then.announcement);
          return;
        }
        this.#forget(step);
        if (then === 'next') {
          this.#apply(progress, true, this.t.saved);
        } else {
          this.progress = progress;
          if (then === 'later') this.#pause(false);
          else this.#open(then, true, this.t.saved);
        }
      } catch (error) {
        if (error instanceof ApiError && error.kind === 'aborted') return;
        await this.#saveFailed(step, error);
      }
    },
  });

  /** Steps changed since they were opened or saved: leaving one saves it. */
  #dirty = new Set<Id>();
  /** Repeats the save that failed, with the same destination. */
  #retry: () => void = () => void this.#submit();

  #rendering = false;

  protected override update(changed: PropertyValues<this>): void {
    this.#rendering = true;
    try {
      super.update(changed);
    } finally {
      this.#rendering = false;
    }
  }

  protected get t(): M {
    return pick(this.bundle, this.language, this.messages);
  }

  override render() {
    return html`
      <h2 part="title">${this.t.title}</h2>
      ${this.#loading.render({
        initial: () => this.#renderLoading(),
        pending: () => (this.progress ? this.#renderBody() : this.#renderLoading()),
        complete: () => this.#renderBody(),
        error: (error) => renderFailure(error, this.language, () => void this.#loading.run()),
      })}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    `;
  }

  #renderLoading() {
    return html`<p role="status">${commonMessages[this.language].loading}</p>`;
  }

  #renderBody() {
    const progress = this.progress;
    if (!progress) return nothing;
    return html`
      <nav aria-label=${this.t.stepsLabel}>
        <ol class="steps" part="steps">
          ${progress.steps.map((step) => this.#renderListItem(step))}
        </ol>
      </nav>
      ${
        this.finished
          ? this.#renderFinished()
          : this.paused
            ? this.#renderPaused()
            : this.#renderCurrent()
      }
    `;
  }

  #renderListItem(step: { id: Id; status: StepStatus }) {
    const t = this.t;
    const isCurrent = step.id === this.current;
    const reachable =
      step.status !== 'needed' || (this.progress && step.id === this.#upcoming(this.progress));
    const name = t.steps[step.id];
    return html`<li aria-current=${isCurrent ? 'step' : nothing}>
      ${
        reachable && !isCurrent
          ? html`<button type="button" class="link" @click=${() => this.#leave(step.id)}>
              ${name}
            </button>`
          : html`<span>${name}</span>`
      }
      <span class="step-status" data-status=${step.status}>
        (${t.status[step.status]}${isCurrent ? html`, ${t.current}` : nothing})
      </span>
    </li>`;
  }

  #renderFinished() {
    return html`<section part="finished">
      <h3 tabindex="-1" data-focus>${this.t.finishedTitle}</h3>
      <p>${this.t.finishedText}</p>
    </section>`;
  }

  #renderPaused() {
    const t = this.t;
    return html`<section part="paused">
      <h3 tabindex="-1" data-focus>${t.pausedTitle}</h3>
      <p>${t.pausedText}</p>
      ${this.pausedWithDraft ? html`<p>${t.pausedDraftText}</p>` : nothing}
      <div class="actions">
        <button type="button" @click=${this.#resume}>${t.resume}</button>
      </div>
    </section>`;
  }

  #renderSaveFailure() {
    return saveFailureNotice(this.saveFailure, this.t, this.language, {
      retry: () => this.#retry(),
      takeSaved: this.#takeSaved,
    });
  }

  #renderCurrent() {
    const step = this.current;
    const progress = this.progress;
    if (!step || !progress) return nothing;

    const t = this.t;
    const index = progress.steps.findIndex((item) => item.id === step);
    const optional = progress.steps[index]?.status === 'optional';
    const definition = this.definition(step);
    const saving = this.#saving.status === TaskStatus.PENDING;

    return html`<form novalidate part="step" @submit=${this.#submit}>
      <p class="step-of">${t.stepCount(index + 1, progress.steps.length)}</p>
      <h3 tabindex="-1" data-focus>${t.steps[step]}</h3>
      ${this.#renderSummary()} ${definition.render(this.#context(step))}
      ${this.#renderSaveFailure()}
      <div class="actions">
        ${
          index > 0
            ? html`<button type="button" class="secondary" @click=${this.#back}>${t.back}</button>`
            : nothing
        }
        <button type="submit">${t.next}</button>
        ${
          optional && definition.skip
            ? html`<button type="button" class="secondary" @click=${this.#skip}>${t.skip}</button>`
            : nothing
        }
        <button type="button" class="secondary" @click=${() => this.#leave('later')}>
          ${t.later}
        </button>
        ${saving ? html`<span class="hint">${t.saving}</span>` : nothing}
      </div>
    </form>`;
  }

  #renderSummary() {
    if (this.summary.length === 0) return nothing;
    const definition = this.current ? this.definition(this.current) : undefined;
    const named = (key: string, message: string) => {
      const name = definition?.fieldName?.(key, this.t);
      return name ? `${name}: ${message}` : message;
    };
    const part = this.current && definition?.partial?.(this.#model(this.current), this.t);
    return html`<div class="alert" role="alert" tabindex="-1" data-summary>
      <p><strong>${this.t.errorSummary}</strong></p>
      <ul>
        ${this.summary.map(
          ([key, message]) =>
            html`<li>
              <a href="#${fieldId(key)}" @click=${(event: Event) => this.#focusField(event, key)}
                >${named(key, message)}</a
              >
            </li>`,
        )}
      </ul>
      ${
        part
          ? html`<button type="button" class="secondary" @click=${this.#savePartial}>
              ${part.label}
            </button>`
          : nothing
      }
    </div>`;
  }

  #context(step: Id): StepContext<object, M> {
    const errors = this.definition(step).validate(this.#model(step), this.t);
    const currentModel = () => this.#model(step);
    return {
      // Read when asked: event handlers of one render see the changes made since.
      get model() {
        return currentModel();
      },
      messages: this.t,
      lang: this.language,
      update: (patch) => this.#update(step, patch),
      touch: (...keys) => {
        // Chromium blurs a focused field that a render removes: nobody left it.
        if (this.#rendering) return;
        this.touched = new Set([...this.touched, ...keys]);
      },
      error: (key) =>
        this.serverErrors[key] ??
        (this.submitted || this.touched.has(key) ? errors[key] : undefined),
      announce: (text) => this.#announce(text),
      api: this.api,
      later: (ms) => this.#later(ms),
    };
  }

  #redraw: ReturnType<typeof setTimeout> | undefined;

  #later(ms: number) {
    if (this.#redraw !== undefined) return;
    this.#redraw = setTimeout(() => {
      this.#redraw = undefined;
      this.requestUpdate();
    }, ms);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#redraw);
    this.#redraw = undefined;
  }

  #model(step: Id): object {
    let model = this.models.get(step);
    if (!model) {
      const definition = this.definition(step);
      const initial = definition.initial(this.progress?.data[step], this.t);
      const keepsDraft = definition.draft?.(initial) !== null;
      const draft = keepsDraft ? loadDraft<object>(this.#draftKey(step)) : undefined;
      const held = heldForRelogin.get(this.#heldKey(step));
      heldForRelogin.delete(this.#heldKey(step));
      if (draft || held) this.#dirty.add(step);
      model = { ...initial, ...draft, ...held };
      this.models.set(step, model);
    }
    return model;
  }

  #update(step: Id, patch: object) {
    const model = { ...this.#model(step), ...patch };
    this.models = new Map(this.models).set(step, model);
    this.#dirty.add(step);

    const definition = this.definition(step);
    const draft = definition.draft ? definition.draft(model) : model;
    if (draft !== null) saveDraft(this.#draftKey(step), draft);

    const changed = Object.keys(patch);
    const serverErrors = Object.fromEntries(
      Object.entries(this.serverErrors).filter(
        ([key]) => !changed.some((name) => key === name || key.startsWith(`${name}.`)),
      ),
    );
    if (Object.keys(serverErrors).length !== Object.keys(this.serverErrors).length) {
      this.serverErrors = serverErrors;
    }
  }

  /**
   * A draft belongs to one account: on a shared computer, another person
   * logging in does not get the previous one's unsaved answers.
   */
  #draftKey(step: Id): string {
    return `${this.draftPrefix}:${this.api.user?.login ?? ''}:${step}`;
  }

  /** A held model belongs to one account, like a draft. */
  #heldKey(step: Id): string {
    return this.#draftKey(step);
  }

  /** After a partial save: the form keeps its rows, the ones still wrong marked. */
  async #keepRows(step: Id, keep: object, announcement: string) {
    this.models = new Map(this.models).set(step, keep);
    const definition = this.definition(step);
    const draft = definition.draft ? definition.draft(keep) : keep;
    if (draft !== null) saveDraft(this.#draftKey(step), draft);
    this.submitted = true;
    this.summary = Object.entries(definition.validate(keep, this.t));
    this.#announce(announcement);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-summary]')?.focus();
  }

  #savePartial = async () => {
    const step = this.current;
    if (!step || this.#saving.status === TaskStatus.PENDING) return;
    const part = this.definition(step).partial?.(this.#model(step), this.t);
    if (!part) return;
    const then = { keep: part.keep, announcement: part.announcement };
    await this.#saving.run([step, part.payload, then]);
  };

  /** The step is saved on the server: its draft and its model in memory go. */
  #forget(step: Id) {
    clearDraft(this.#draftKey(step));
    heldForRelogin.delete(this.#heldKey(step));
    this.#dirty.delete(step);
    const models = new Map(this.models);
    models.delete(step);
    this.models = models;
  }

  /**
   * The step to open: the server's next, or else an optional step not done yet,
   * so that it is offered (and may be skipped) before the wizard is finished.
   */
  #upcoming(progress: WizardState<Id>): Id | null {
    return progress.next ?? progress.steps.find((step) => step.status === 'optional')?.id ?? null;
  }

  #apply(progress: WizardState<Id>, moveFocus: boolean, prefix = '') {
    this.progress = progress;
    const upcoming = this.#upcoming(progress);
    if (upcoming === null) {
      this.finished = true;
      this.current = undefined;
      this.#announce(`${prefix} ${this.t.finishedAnnouncement}`.trim());
      if (moveFocus) void this.#focusHeading();
      this.emit(this.completeEvent, { state: progress });
      return;
    }
    this.#open(upcoming, moveFocus, prefix);
  }

  #open(step: Id, moveFocus: boolean, prefix = '') {
    const progress = this.progress;
    if (!progress) return;

    this.finished = false;
    this.paused = false;
    this.current = step;
    this.touched = new Set();
    this.submitted = false;
    this.serverErrors = {};
    this.summary = [];
    this.saveFailure = undefined;

    const index = progress.steps.findIndex((item) => item.id === step);
    const stepOf = this.t.stepOf(index + 1, progress.steps.length, this.t.steps[step]);
    this.#announce(`${prefix} ${stepOf}`.trim());
    if (moveFocus) void this.#focusHeading();
  }

  async #focusHeading() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus();
  }

  #announce(text: string) {
    // The same sentence twice in a row is read again only if the region changes first.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  #back = () => {
    const steps = this.progress?.steps ?? [];
    const index = steps.findIndex((item) => item.id === this.current);
    const previous = steps[index - 1];
    if (previous) void this.#leave(previous.id);
  };

  /**
   * Leaves the current step for `target`: a changed step that passes its
   * checks is saved first; one that does not stays as a draft (in storage,
   * or in memory for passwords) and comes back when the step is reopened.
   */
  async #leave(target: Id | 'later') {
    const step = this.current;
    if (this.#saving.status === TaskStatus.PENDING) return;
    if (step && this.#dirty.has(step)) {
      const definition = this.definition(step);
      const model = this.#model(step);
      if (Object.keys(definition.validate(model, this.t)).length === 0) {
        await this.#saving.run([step, definition.toPayload(model), target]);
        return;
      }
    }
    if (target === 'later') this.#pause(step !== undefined && this.#dirty.has(step));
    else this.#open(target, true);
  }

  #pause(withDraft: boolean) {
    this.paused = true;
    this.pausedWithDraft = withDraft;
    this.saveFailure = undefined;
    this.#announce(this.t.pausedTitle);
    void this.#focusHeading();
    this.emit('edu-wizard-paused', { step: this.current });
  }

  /** Back from the pause: to the unfinished step, or to the step the server names next. */
  #resume = () => {
    const progress = this.progress;
    if (this.pausedWithDraft && this.current) this.#open(this.current, true);
    else if (progress) this.#apply(progress, true);
  };

  /** After a conflict: the form takes the data saved elsewhere, as the server now holds it. */
  #takeSaved = () => {
    const step = this.current;
    if (!step) return;
    this.#forget(step);
    this.saveFailure = undefined;
    this.serverErrors = {};
    this.summary = [];
    this.#announce(this.t.takenSaved);
    void this.#focusHeading();
  };

  #submit = async (event?: Event) => {
    event?.preventDefault();
    const step = this.current;
    if (!step) return;

    const definition = this.definition(step);
    const model = this.#model(step);
    const errors = definition.validate(model, this.t);
    this.submitted = true;
    this.serverErrors = {};
    this.summary = Object.entries(errors);
    if (this.summary.length > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[data-summary]')?.focus();
      return;
    }

    this.#announce(this.t.saving);
    await this.#saving.run([step, definition.toPayload(model), 'next']);
  };

  #skip = async () => {
    const step = this.current;
    const payload = step && this.definition(step).skip?.();
    if (!step || payload === undefined) return;
    await this.#saving.run([step, payload, 'next']);
  };

  async #saveFailed(step: Id, error: unknown) {
    if (isSessionExpired(error)) {
      const definition = this.definition(step);
      const model = this.#model(step);
      if (definition.draft?.(model) === null) heldForRelogin.set(this.#heldKey(step), model);
      this.emit('edu-session-expired', { step });
    }
    if (isConflict(error)) await this.#refresh();

    const fieldErrors = error instanceof ApiError && error.status === 422 ? error.fieldErrors : [];
    if (fieldErrors.length === 0) {
      this.saveFailure = error;
      return;
    }

    this.serverErrors = Object.fromEntries(
      fieldErrors.map((fieldError) => [fieldError.path.join('.'), fieldError.message]),
    );
    this.summary = Object.entries(this.serverErrors);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-summary]')?.focus();
  }

  /** Reads the server's state again, keeping the open step and what is typed in it. */
  async #refresh() {
    try {
      this.progress = await this.fetchState(new AbortController().signal);
    } catch {
      // The conflict stays on screen; saving again reads the state once more.
    }
  }

  #focusField(event: Event, key: string) {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${fieldId(key)}`)?.focus();
  }
}
