import type { TemplateResult } from 'lit';
import type { EduClient } from '../../client/client.js';
import type { Language } from '../../core/i18n.js';

/** Error messages of a step's fields, by field key (`email`, `periods.1.start`). */
export type FieldErrors = Record<string, string>;

/** What a step's form is given to render itself and report changes. */
export interface StepContext<Model, M> {
  readonly model: Model;
  readonly messages: M;
  readonly lang: Language;
  /** Changes the model; the draft is saved and server errors of those fields go away. */
  update(patch: Partial<Model>): void;
  /** The person left a field: its error, if any, is shown from now on. */
  touch(...keys: string[]): void;
  /** The error to show at a field, or undefined. */
  error(key: string): string | undefined;
  /** A polite announcement for screen readers. */
  announce(text: string): void;
  /** The wizard's client, for a step that asks the server something (a code to send). */
  readonly api: EduClient;
  /** Draws the step again after `ms`, e.g. for a countdown. */
  later(ms: number): void;
}

/**
 * One step of a wizard: its form model, how it is prefilled, checked, sent
 * and drawn. Methods, not arrow properties, so that definitions of different
 * models fit one wizard.
 */
export interface StepDefinition<Model, Payload, M> {
  /** The model prefilled from the server's saved data of the step, if any. */
  initial(saved: unknown, messages: M): Model;
  validate(model: Model, messages: M): FieldErrors;
  toPayload(model: Model): Payload;
  render(context: StepContext<Model, M>): TemplateResult;
  /** What of the model may be kept in localStorage; `null` keeps nothing there. */
  draft?(model: Model): Partial<Model> | null;
  /** The data sent when an optional step is skipped. */
  skip?(): Payload;
  /**
   * What a field is called in the error summary, when its own error does not
   * say it (a cell of a table: «3 урок, конец»); undefined for the others.
   */
  fieldName?(key: string, messages: M): string | undefined;
  /**
   * For a step of many rows: what may be saved now while some rows still fail
   * their checks, the button that does it, and the model kept on screen after.
   * Undefined when every row passes or none does.
   */
  partial?(model: Model, messages: M): PartialSave<Model, Payload> | undefined;
}

/** The rows of a step that can be saved while others are being fixed. */
export interface PartialSave<Model, Payload> {
  label: string;
  payload: Payload;
  keep: Model;
  announcement: string;
}

/** Reads a plain object from saved data of unknown shape. */
export function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** Reads a string field from saved data, or the fallback. */
export function text(source: Record<string, unknown>, key: string, fallback = ''): string {
  const value = source[key];
  return typeof value === 'string' ? value : fallback;
}

/** Reads an array field from saved data. */
export function list(source: Record<string, unknown>, key: string): Record<string, unknown>[] {
  const value = source[key];
  return Array.isArray(value) ? value.map(record) : [];
}

/** A copy of `items` with the one at `index` changed by `patch`. */
export function patchAt<T extends object>(
  items: readonly T[],
  index: number,
  patch: Partial<T>,
): T[] {
  return items.map((item, i) => (i === index ? { ...item, ...patch } : item));
}
