import { html } from 'lit';
import type { YearStep } from '../../../contract/types.js';
import { textField } from '../../wizard/fields.js';
import {
  list,
  patchAt,
  record,
  text,
  type FieldErrors,
  type StepContext,
  type StepDefinition,
} from '../../wizard/step.js';
import type { SetupWizardMessages as M } from '../messages.js';
import { comingAcademicYear, isIsoDate, suggestPeriods, toDay } from './dates.js';

type PeriodKind = YearStep['periodKind'];
type Period = YearStep['periods'][number];

interface YearModel {
  start: string;
  end: string;
  periodKind: PeriodKind;
  periods: Period[];
}

const KINDS: PeriodKind[] = ['quarters', 'trimesters', 'semesters'];

/** Periods with suggested dates; when the year's dates are not valid yet, none. */
function suggest(model: Pick<YearModel, 'start' | 'end' | 'periodKind'>, m: M): Period[] {
  if (!isIsoDate(model.start) || !isIsoDate(model.end)) return [];
  return suggestPeriods(model.start, model.end, model.periodKind).map((span, index) => ({
    name: m.periodName(model.periodKind, index + 1),
    ...span,
  }));
}

function regenerate(context: StepContext<YearModel, M>, patch: Partial<YearModel>) {
  const next = { ...context.model, ...patch };
  const periods = suggest(next, context.messages);
  context.update({ ...patch, periods });
  if (periods.length) context.announce(context.messages.periodsSuggested);
}

function periodErrors(model: YearModel, m: M, errors: FieldErrors) {
  const yearValid = !errors.start && !errors.end;

  model.periods.forEach((period, index) => {
    const key = `periods.${index}`;
    const startValid = isIsoDate(period.start);
    const endValid = isIsoDate(period.end);
    if (!startValid) errors[`${key}.start`] = m.dateInvalid;
    if (!endValid) errors[`${key}.end`] = m.dateInvalid;
    if (!startValid || !endValid) return;

    if (toDay(period.end) < toDay(period.start)) errors[`${key}.end`] = m.periodReversed;
    if (yearValid && toDay(period.start) < toDay(model.start)) {
      errors[`${key}.start`] = m.periodOutside;
    }
    if (yearValid && toDay(period.end) > toDay(model.end)) errors[`${key}.end`] = m.periodOutside;

    const previous = model.periods[index - 1];
    if (previous && isIsoDate(previous.end) && toDay(period.start) <= toDay(previous.end)) {
      errors[`${key}.start`] ??= m.periodOverlap(previous.name);
    }
  });
}

export function yearStep(today?: Date): StepDefinition<YearModel, YearStep, M> {
  return {
    initial(saved, m) {
      const data = record(saved);
      const coming = comingAcademicYear(today);
      const kind = text(data, 'periodKind', 'quarters') as PeriodKind;
      const periods = list(data, 'periods').map((period) => ({
        name: text(period, 'name'),
        start: text(period, 'start'),
        end: text(period, 'end'),
      }));
      const model = {
        start: text(data, 'start', coming.start),
        end: text(data, 'end', coming.end),
        periodKind: KINDS.includes(kind) ? kind : 'quarters',
      };
      return { ...model, periods: periods.length ? periods : suggest(model, m) };
    },

    validate(model, m) {
      const errors: FieldErrors = {};
      if (!isIsoDate(model.start)) errors.start = m.dateInvalid;
      if (!isIsoDate(model.end)) errors.end = m.dateInvalid;
      if (!errors.start && !errors.end && toDay(model.end) <= toDay(model.start)) {
        errors.end = m.yearOrder;
      }
      periodErrors(model, m, errors);
      return errors;
    },

    toPayload(model) {
      return {
        start: model.start,
        end: model.end,
        periodKind: model.periodKind,
        periods: model.periods,
      };
    },

    render(context) {
      const m = context.messages;
      const model = context.model;

      return html`<p>${m.yearIntro}</p>
        <div class="row">
          ${textField({
            key: 'start',
            label: m.yearStart,
            type: 'date',
            value: model.start,
            error: context.error('start'),
            onInput: (start) => context.update({ start }),
            onChange: (start) => regenerate(context, { start }),
            onBlur: () => context.touch('start'),
          })}
          ${textField({
            key: 'end',
            label: m.yearEnd,
            type: 'date',
            value: model.end,
            error: context.error('end'),
            onInput: (end) => context.update({ end }),
            onChange: (end) => regenerate(context, { end }),
            onBlur: () => context.touch('end'),
          })}
        </div>
        <fieldset>
          <legend>${m.periodKind}</legend>
          ${KINDS.map(
            (kind) =>
              html`<label class="choice">
                <input
                  type="radio"
                  name="periodKind"
                  value=${kind}
                  .checked=${model.periodKind === kind}
                  @change=${() => regenerate(context, { periodKind: kind })}
                />
                <span>${m.periodKinds[kind]}</span>
              </label>`,
          )}
        </fieldset>
        <h4>${m.periodsTitle}</h4>
        <p class="hint">${m.periodsHint}</p>
        ${model.periods.map((period, index) => renderPeriod(context, period, index))}
        <div class="actions">
          <button type="button" class="secondary" @click=${() => regenerate(context, {})}>
            ${m.suggestPeriods}
          </button>
        </div>`;
    },
  };
}

function renderPeriod(context: StepContext<YearModel, M>, period: Period, index: number) {
  const m = context.messages;
  const key = `periods.${index}`;
  const change = (patch: Partial<Period>) =>
    context.update({
      periods: patchAt(context.model.periods, index, patch),
    });

  return html`<fieldset class="period">
    <legend>${period.name}</legend>
    <div class="row">
      ${textField({
        key: `${key}.start`,
        label: m.periodStart,
        type: 'date',
        value: period.start,
        error: context.error(`${key}.start`),
        onInput: (start) => change({ start }),
        onBlur: () => context.touch(`${key}.start`),
      })}
      ${textField({
        key: `${key}.end`,
        label: m.periodEnd,
        type: 'date',
        value: period.end,
        error: context.error(`${key}.end`),
        onInput: (end) => change({ end }),
        onBlur: () => context.touch(`${key}.end`),
      })}
    </div>
  </fieldset>`;
}
