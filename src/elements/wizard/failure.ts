import { html, nothing } from 'lit';
import { ApiError } from '../../client/errors.js';
import { describeFailure, isRetryable } from '../../core/failure.js';
import type { Language } from '../../core/i18n.js';
import { commonMessages } from '../../core/messages.js';
import type { WizardMessages } from './messages.js';

/** The session ended: log in again, and the step's input comes back. */
export function isSessionExpired(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && error.code === 'session-expired';
}

/** The step was saved meanwhile elsewhere (another tab, another device). */
export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.kind === 'http' && error.status === 409;
}

/**
 * A failed save of a step, said where it happened: what went wrong, that the
 * input is kept, and what to do (retry; after a conflict, keep one's own
 * entries or take the saved ones).
 */
export function saveFailureNotice(
  failure: unknown,
  t: WizardMessages,
  lang: Language,
  actions: { retry(): void; takeSaved(): void },
) {
  if (!failure) return nothing;

  if (isConflict(failure)) {
    return html`<div class="alert" role="alert" part="error" data-conflict>
      <p>${t.conflict}</p>
      <div class="actions">
        <button type="button" class="secondary" @click=${() => actions.retry()}>
          ${t.keepMine}
        </button>
        <button type="button" class="secondary" @click=${() => actions.takeSaved()}>
          ${t.takeSaved}
        </button>
      </div>
    </div>`;
  }

  const expired = isSessionExpired(failure);
  return html`<div class="alert" role="alert" part="error">
    <p>${expired ? t.sessionExpired : describeFailure(failure, lang)}</p>
    ${expired ? nothing : html`<p>${t.keptHere}</p>`}
    ${
      expired || isRetryable(failure)
        ? html`<button type="button" class="secondary" @click=${() => actions.retry()}>
            ${commonMessages[lang].retry}
          </button>`
        : nothing
    }
  </div>`;
}
