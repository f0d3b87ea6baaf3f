import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { StepContext } from './step.js';

/** The element id of a field, from its key: `periods.1.start` → `f-periods-1-start`. */
export function fieldId(key: string): string {
  return `f-${key.replace(/[^\w-]/g, '-')}`;
}

/** Ids for `aria-describedby`: the hint and the error that are shown. */
export function describedBy(key: string, hint: boolean, error: unknown): string | undefined {
  const id = fieldId(key);
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function errorText(key: string, error: string | undefined) {
  return error ? html`<span class="error" id="${fieldId(key)}-error">${error}</span>` : nothing;
}

export interface TextFieldOptions {
  key: string;
  label: string;
  value: string;
  error?: string | undefined;
  hint?: string;
  type?: 'text' | 'email' | 'tel' | 'password' | 'date' | 'time' | 'number';
  autocomplete?: string;
  inputmode?: string;
  required?: boolean;
  onInput(value: string): void;
  onBlur?(): void;
  onChange?(value: string): void;
  onPaste?(event: ClipboardEvent): void;
}

/**
 * A labelled input with its hint and error wired for assistive technology.
 * An `email` field renders as text with `inputmode="email"`: Chromium reports
 * a Cyrillic domain typed into `type="email"` as punycode.
 */
export function textField(options: TextFieldOptions) {
  const id = fieldId(options.key);
  const email = options.type === 'email';
  const valueOf = (event: Event) => (event.target as HTMLInputElement).value;

  return html`<div class="field">
    <label for=${id}>${options.label}</label>
    ${options.hint ? html`<span class="hint" id="${id}-hint">${options.hint}</span>` : nothing}
    ${errorText(options.key, options.error)}
    <input
      id=${id}
      name=${options.key}
      type=${email ? 'text' : (options.type ?? 'text')}
      .value=${live(options.value)}
      autocomplete=${ifDefined(options.autocomplete)}
      inputmode=${ifDefined(email ? 'email' : options.inputmode)}
      spellcheck=${ifDefined(email ? 'false' : undefined)}
      ?required=${options.required ?? false}
      aria-invalid=${options.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(options.key, !!options.hint, options.error))}
      @input=${(event: Event) => options.onInput(valueOf(event))}
      @change=${(event: Event) => options.onChange?.(valueOf(event))}
      @blur=${() => options.onBlur?.()}
      @paste=${(event: ClipboardEvent) => options.onPaste?.(event)}
    />
  </div>`;
}

type StringKeys<Model> = { [K in keyof Model]: Model[K] extends string ? K : never }[keyof Model] &
  string;

/** A text field bound to a string property of a step's model. */
export function modelField<Model, M>(
  context: StepContext<Model, M>,
  key: StringKeys<Model>,
  options: Omit<TextFieldOptions, 'key' | 'value' | 'onInput'> & {
    normalize?(value: string): string;
  },
) {
  return textField({
    ...options,
    key,
    value: context.model[key] as string,
    error: context.error(key),
    onInput: (value) => context.update({ [key]: value } as Partial<Model>),
    onBlur: () => {
      const value = context.model[key] as string;
      const normalized = options.normalize?.(value);
      if (normalized !== undefined && normalized !== value) {
        context.update({ [key]: normalized } as Partial<Model>);
      }
      context.touch(key);
    },
  });
}
