import { html, nothing, type TemplateResult } from 'lit';
import { ApiError } from '../client/errors.js';
import type { Language } from './i18n.js';
import { commonMessages } from './messages.js';

/**
 * The sentence a person reads for a failed request: what happened and what
 * to do. Text from the server (a problem's `detail`) is used as text only.
 */
export function describeFailure(error: unknown, lang: Language): string {
  const m = commonMessages[lang];
  if (!(error instanceof ApiError)) return m.server;
  switch (error.kind) {
    case 'network':
    case 'aborted':
      return m.network;
    case 'timeout':
      return m.timeout;
    case 'contract':
      return m.contract;
    case 'http':
      if (error.status === 429) return m.tooManyRequests(error.retryAfter);
      if (error.status === 401 && error.code === 'session-expired') return m.sessionExpired;
      if (error.status && error.status >= 500) return m.server;
      if (error.problem?.detail) return error.problem.detail;
      if (error.status === 404) return m.notFound;
      return error.problem?.title ?? m.server;
  }
}

/**
 * A failure shown where it happened, announced to screen readers, with a
 * retry button when the action can be repeated.
 */
export function renderFailure(
  error: unknown,
  lang: Language,
  retry?: () => void,
): TemplateResult | typeof nothing {
  if (!error) return nothing;
  const m = commonMessages[lang];
  return html`<div class="alert" role="alert" part="error">
    <p>${describeFailure(error, lang)}</p>
    ${
      retry
        ? html`<button type="button" class="secondary" @click=${retry}>${m.retry}</button>`
        : nothing
    }
  </div>`;
}
