import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { BellsStep } from '../../../contract/types.js';
import { describedBy, errorText, fieldId, modelField } from '../../wizard/fields.js';
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

type Lesson = BellsStep['lessons'][number];

interface BellsModel {
  lessonCount: string;
  firstLesson: string;
  lessonLength: string;
  breakLength: string;
  lessons: Lesson[];
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

const toMinutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const toClock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function whole(value: string, min: number, max: number): number | undefined {
  const number = Number(value.trim());
  return Number.isInteger(number) && number >= min && number <= max ? number : undefined;
}

function parameterErrors(model: BellsModel, m: M): FieldErrors {
  const errors: FieldErrors = {};
  if (whole(model.lessonCount, 1, 12) === undefined) errors.lessonCount = m.lessonCountInvalid;
  if (!CLOCK.test(model.firstLesson)) errors.firstLesson = m.timeInvalid;
  if (whole(model.lessonLength, 10, 120) === undefined) {
    errors.lessonLength = m.lessonLengthInvalid;
  }
  if (whole(model.breakLength, 0, 60) === undefined) errors.breakLength = m.breakLengthInvalid;
  return errors;
}

/** The lessons of a day from the parameters; none when they are invalid or run past midnight. */
export function buildSchedule(model: BellsModel, m: M): Lesson[] {
  if (Object.keys(parameterErrors(model, m)).length > 0) return [];
  const count = Number(model.lessonCount);
  const length = Number(model.lessonLength);
  const pause = Number(model.breakLength);
  const first = toMinutes(model.firstLesson);
  if (first + count * length + (count - 1) * pause > 24 * 60 - 1) return [];

  return Array.from({ length: count }, (_, index) => {
    const start = first + index * (length + pause);
    return { start: toClock(start), end: toClock(start + length) };
  });
}

function lessonErrors(lessons: Lesson[], m: M, errors: FieldErrors) {
  lessons.forEach((lesson, index) => {
    const key = `lessons.${index}`;
    if (!CLOCK.test(lesson.start)) errors[`${key}.start`] = m.timeInvalid;
    if (!CLOCK.test(lesson.end)) errors[`${key}.end`] = m.timeInvalid;
    if (errors[`${key}.start`] || errors[`${key}.end`]) return;

    if (toMinutes(lesson.end) <= toMinutes(lesson.start)) errors[`${key}.end`] = m.lessonReversed;
    const previous = lessons[index - 1];
    const overlaps =
      previous && CLOCK.test(previous.end) && toMinutes(lesson.start) < toMinutes(previous.end);
    if (overlaps) errors[`${key}.start`] = m.lessonOverlap(index);
  });
}

function rebuild(context: StepContext<BellsModel, M>) {
  const lessons = buildSchedule(context.model, context.messages);
  if (lessons.length === 0) return;
  context.update({ lessons });
  context.announce(context.messages.scheduleRebuilt);
}

export const bellsStep: StepDefinition<BellsModel, BellsStep, M> = {
  initial(saved, m) {
    const lessons = list(record(saved), 'lessons').map((lesson) => ({
      start: text(lesson, 'start'),
      end: text(lesson, 'end'),
    }));
    const first = lessons[0];
    const length =
      first && CLOCK.test(first.start) && CLOCK.test(first.end)
        ? toMinutes(first.end) - toMinutes(first.start)
        : 45;
    const model = {
      lessonCount: String(lessons.length || 6),
      firstLesson: first?.start ?? '08:30',
      lessonLength: String(length),
      breakLength: '10',
      lessons,
    };
    return lessons.length ? model : { ...model, lessons: buildSchedule(model, m) };
  },

  validate(model, m) {
    const errors = parameterErrors(model, m);
    lessonErrors(model.lessons, m, errors);
    return errors;
  },

  toPayload(model) {
    return { lessons: model.lessons };
  },

  fieldName(key, m) {
    const cell = /^lessons\.(\d+)\.(start|end)$/.exec(key);
    if (!cell) return undefined;
    const side = cell[2] === 'start' ? m.lessonStart : m.lessonEnd;
    return `${m.lessonNumber(Number(cell[1]) + 1)}, ${side.toLocaleLowerCase()}`;
  },

  render(context) {
    const m = context.messages;
    const parameter = (
      key: 'lessonCount' | 'firstLesson' | 'lessonLength' | 'breakLength',
      label: string,
      type: 'number' | 'time',
    ) =>
      modelField(context, key, {
        label,
        type,
        inputmode: type === 'number' ? 'numeric' : undefined,
        onChange: () => rebuild(context),
      });

    return html`<p>${m.bellsIntro}</p>
      <div class="row">
        ${parameter('lessonCount', m.lessonCount, 'number')}
        ${parameter('firstLesson', m.firstLesson, 'time')}
      </div>
      <div class="row">
        ${parameter('lessonLength', m.lessonLength, 'number')}
        ${parameter('breakLength', m.breakLength, 'number')}
      </div>
      <table class="bells">
        <caption class="visually-hidden">
          ${m.scheduleTitle}
        </caption>
        <thead>
          <tr>
            <th scope="col" id="bells-lesson">${m.lesson}</th>
            <th scope="col" id="bells-start">${m.lessonStart}</th>
            <th scope="col" id="bells-end">${m.lessonEnd}</th>
          </tr>
        </thead>
        <tbody>
          ${context.model.lessons.map((lesson, index) => renderLesson(context, lesson, index))}
        </tbody>
      </table>`;
  },
};

function renderLesson(context: StepContext<BellsModel, M>, lesson: Lesson, index: number) {
  const rowId = `bells-row-${index}`;
  const cell = (side: 'start' | 'end') => {
    const key = `lessons.${index}.${side}`;
    const error = context.error(key);
    const change = (value: string) =>
      context.update({
        lessons: patchAt(context.model.lessons, index, { [side]: value }),
      });
    return html`<td>
      <input
        id=${fieldId(key)}
        type="time"
        .value=${live(lesson[side])}
        aria-labelledby="${rowId} bells-${side}"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(key, false, error) ?? nothing}
        @input=${(event: Event) => change((event.target as HTMLInputElement).value)}
        @blur=${() => context.touch(key)}
      />
      ${errorText(key, error)}
    </td>`;
  };

  return html`<tr>
    <th scope="row" id=${rowId}>${context.messages.lessonNumber(index + 1)}</th>
    ${cell('start')} ${cell('end')}
  </tr>`;
}
