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
      if (error.status === 429) return m.tooManyRequests(wait(error.retryAfter, lang));
      if (error.status === 401 && error.code === 'session-expired') return m.sessionExpired;
      if (error.status && error.status >= 500) {
        return error.retryAfter ? m.serverBusy(wait(error.retryAfter, lang)) : m.server;
      }
      if (error.problem?.detail) return error.problem.detail;
      if (error.status === 404) return m.notFound;
      return m.refused(error.status ?? 400);
  }
}

/**
 * Whether repeating the same request may help: not after the server refused
 * it for what it holds (a 4xx other than a timeout or a rate limit).
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.kind !== 'http' || !error.status) return true;
  return error.status >= 500 || [408, 425, 429].includes(error.status);
}

/** A wait in words: «40 с», «5 мин», «2 ч». */
function wait(seconds: number | undefined, lang: Language): string | undefined {
  if (seconds === undefined) return undefined;
  const units = lang === 'ru' ? ['с', 'мин', 'ч'] : ['s', 'min', 'h'];
  if (seconds < 60) return `${seconds} ${units[0]}`;
  if (seconds < 3600) return `${Math.ceil(seconds / 60)} ${units[1]}`;
  return `${Math.ceil(seconds / 3600)} ${units[2]}`;
}

/**
 * A failure shown where it happened, announced to screen readers, with a
 * retry button when repeating the action can help.
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
      retry && isRetryable(error)
        ? html`<button type="button" class="secondary" @click=${retry}>${m.retry}</button>`
        : nothing
    }
  </div>`;
}
