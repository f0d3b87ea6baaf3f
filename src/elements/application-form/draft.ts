/**
 * The application's draft: what was typed, the step reached, and the
 * idempotency key of the one application this draft may create. It holds
 * personal data, so it lives in the tab's session storage, and the consent
 * is never in it: a person gives it anew.
 */
import { clearDraft, loadDraft, saveDraft } from '../../core/drafts.js';
import { emptyValues, FIELDS, type ApplicantKind, type ApplicationFormValues } from './fields.js';

export type FormStep = 'edit' | 'review';

export interface ApplicationDraft {
  values: ApplicationFormValues;
  /** The postal address is the legal one. */
  postalSame: boolean;
  idempotencyKey: string;
  step: FormStep;
}

export function draftKey(kind: ApplicantKind, placeId: string | undefined): string {
  return `application:${kind}:${placeId ?? 'none'}`;
}

/** Keeps the draft; only the fields listed here are written, so never the consent. */
export function keepDraft(key: string, draft: ApplicationDraft): void {
  const { values, postalSame, idempotencyKey, step } = draft;
  saveDraft(key, { values, postalSame, idempotencyKey, step }, 'session');
}

export function dropDraft(key: string): void {
  clearDraft(key, 'session');
}

/** Whether a draft holds any answer at all. */
export function hasAnswers(draft: ApplicationDraft | undefined): boolean {
  return !!draft && FIELDS.some((name) => draft.values[name].trim() !== '');
}

/** A stored draft, read defensively: storage is shared with the host page. */
export function restoreDraft(key: string): ApplicationDraft | undefined {
  const stored = loadDraft<Partial<ApplicationDraft>>(key, 'session');
  if (!stored || typeof stored !== 'object') return undefined;

  const values = emptyValues();
  for (const name of FIELDS) {
    const value = stored.values?.[name];
    if (typeof value === 'string') values[name] = value;
  }
  const idempotencyKey =
    typeof stored.idempotencyKey === 'string' && stored.idempotencyKey
      ? stored.idempotencyKey
      : newIdempotencyKey();
  return {
    values,
    postalSame: stored.postalSame === true,
    idempotencyKey,
    step: stored.step === 'review' ? 'review' : 'edit',
  };
}

/** A random UUID; `crypto.randomUUID` is missing on pages served over plain http. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext) {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  const groups = [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20)];
  return [...groups, hex.slice(20)].join('-');
}
