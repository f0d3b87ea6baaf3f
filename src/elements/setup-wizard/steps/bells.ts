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

interface Lesson {
  start: string;
  end: string;
}

interface BellsModel {
  lessonCount: string;
  firstLesson: string;
  lessonLength: string;
  breakLength: string;
  lessons: Lesson[];
  /** A second shift: its lessons, built from the same numbers from its own first lesson. */
  twoShifts: boolean;
  secondFirstLesson: string;
  secondLessons: Lesson[];
}

type Shift = 'lessons' | 'secondLessons';

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

/**
 * The lessons of a day (of a shift, from `start`) from the parameters; none
 * when they are invalid or run past midnight.
 */
export function buildSchedule(model: BellsModel, m: M, start = model.firstLesson): Lesson[] {
  if (Object.keys(parameterErrors(model, m)).length > 0 || !CLOCK.test(start)) return [];
  const count = Number(model.lessonCount);
  const length = Number(model.lessonLength);
  const pause = Number(model.breakLength);
  const first = toMinutes(start);
  if (first + count * length + (count - 1) * pause > 24 * 60 - 1) return [];

  return Array.from({ length: count }, (_, index) => {
    const start = first + index * (length + pause);
    return { start: toClock(start), end: toClock(start + length) };
  });
}

function lessonErrors(lessons: Lesson[], m: M, errors: FieldErrors, shift: Shift = 'lessons') {
  lessons.forEach((lesson, index) => {
    const key = `${shift}.${index}`;
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

/** The second shift must not start before the first one ends: they share the classrooms. */
function shiftErrors(model: BellsModel, m: M, errors: FieldErrors) {
  if (!CLOCK.test(model.secondFirstLesson)) errors.secondFirstLesson = m.timeInvalid;
  const lastOfFirst = model.lessons[model.lessons.length - 1];
  const firstOfSecond = model.secondLessons[0];
  if (!lastOfFirst || !firstOfSecond || errors['secondLessons.0.start']) return;
  if (!CLOCK.test(lastOfFirst.end) || !CLOCK.test(firstOfSecond.start)) return;
  if (toMinutes(firstOfSecond.start) < toMinutes(lastOfFirst.end)) {
    errors['secondLessons.0.start'] = m.shiftsOverlap(lastOfFirst.end);
  }
}

function rebuild(context: StepContext<BellsModel, M>) {
  const model = context.model;
  const lessons = buildSchedule(model, context.messages);
  if (lessons.length === 0) return;
  const secondLessons = model.twoShifts
    ? buildSchedule(model, context.messages, model.secondFirstLesson)
    : model.secondLessons;
  context.update({ lessons, secondLessons });
  context.announce(context.messages.scheduleRebuilt);
}

export const bellsStep: StepDefinition<BellsModel, BellsStep, M> = {
  initial(saved, m) {
    const all = list(record(saved), 'lessons');
    const lessonsOf = (second: boolean) =>
      all
        .filter((lesson) => (lesson.shift === 2) === second)
        .map((lesson) => ({ start: text(lesson, 'start'), end: text(lesson, 'end') }));
    const lessons = lessonsOf(false);
    const secondLessons = lessonsOf(true);
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
      twoShifts: secondLessons.length > 0,
      secondFirstLesson: secondLessons[0]?.start ?? '14:00',
      secondLessons,
    };
    return lessons.length ? model : { ...model, lessons: buildSchedule(model, m) };
  },

  validate(model, m) {
    const errors = parameterErrors(model, m);
    lessonErrors(model.lessons, m, errors);
    if (model.twoShifts) {
      lessonErrors(model.secondLessons, m, errors, 'secondLessons');
      shiftErrors(model, m, errors);
    }
    return errors;
  },

  toPayload(model) {
    if (!model.twoShifts) return { lessons: model.lessons };
    return {
      lessons: [
        ...model.lessons.map((lesson) => ({ ...lesson, shift: 1 })),
        ...model.secondLessons.map((lesson) => ({ ...lesson, shift: 2 })),
      ],
    };
  },

  fieldName(key, m) {
    const cell = /^(lessons|secondLessons)\.(\d+)\.(start|end)$/.exec(key);
    if (!cell) return undefined;
    const side = cell[3] === 'start' ? m.lessonStart : m.lessonEnd;
    const lesson = `${m.lessonNumber(Number(cell[2]) + 1)}, ${side.toLocaleLowerCase()}`;
    return cell[1] === 'secondLessons' ? `${m.shiftTitle(2)}, ${lesson}` : lesson;
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

    const model = context.model;
    const toggleShifts = (event: Event) => {
      const twoShifts = (event.target as HTMLInputElement).checked;
      const built = buildSchedule(model, m, model.secondFirstLesson);
      const secondLessons = twoShifts && model.secondLessons.length === 0 ? built : undefined;
      context.update({ twoShifts, ...(secondLessons ? { secondLessons } : {}) });
    };

    return html`<p>${m.bellsIntro}</p>
      <div class="row">
        ${parameter('lessonCount', m.lessonCount, 'number')}
        ${parameter('firstLesson', m.firstLesson, 'time')}
      </div>
      <div class="row">
        ${parameter('lessonLength', m.lessonLength, 'number')}
        ${parameter('breakLength', m.breakLength, 'number')}
      </div>
      <div class="field">
        <label class="choice">
          <input
            id=${fieldId('twoShifts')}
            type="checkbox"
            .checked=${model.twoShifts}
            @change=${toggleShifts}
          />
          <span>${m.twoShifts}</span>
        </label>
      </div>
      ${
        model.twoShifts
          ? modelField(context, 'secondFirstLesson', {
              label: m.secondShiftStart,
              type: 'time',
              onChange: () => rebuild(context),
            })
          : nothing
      }
      ${renderTable(context, 'lessons', model.twoShifts ? m.shiftTitle(1) : m.scheduleTitle)}
      ${model.twoShifts ? renderTable(context, 'secondLessons', m.shiftTitle(2)) : nothing}`;
  },
};

function renderTable(context: StepContext<BellsModel, M>, shift: Shift, title: string) {
  const m = context.messages;
  const prefix = shift === 'lessons' ? 'bells' : 'bells2';
  const twoShifts = context.model.twoShifts;
  return html`${twoShifts ? html`<h4 id="${prefix}-title">${title}</h4>` : nothing}
    <table class="bells" aria-labelledby=${twoShifts ? `${prefix}-title` : nothing}>
      ${
        twoShifts
          ? nothing
          : html`<caption class="visually-hidden">
              ${title}
            </caption>`
      }
      <thead>
        <tr>
          <th scope="col" id="${prefix}-lesson">${m.lesson}</th>
          <th scope="col" id="${prefix}-start">${m.lessonStart}</th>
          <th scope="col" id="${prefix}-end">${m.lessonEnd}</th>
        </tr>
      </thead>
      <tbody>
        ${context.model[shift].map((lesson, index) => renderLesson(context, shift, lesson, index))}
      </tbody>
    </table>`;
}

function renderLesson(
  context: StepContext<BellsModel, M>,
  shift: Shift,
  lesson: Lesson,
  index: number,
) {
  const prefix = shift === 'lessons' ? 'bells' : 'bells2';
  const rowId = `${prefix}-row-${index}`;
  const cell = (side: 'start' | 'end') => {
    const key = `${shift}.${index}.${side}`;
    const error = context.error(key);
    const change = (value: string) =>
      context.update({
        [shift]: patchAt(context.model[shift], index, { [side]: value }),
      });
    return html`<td>
      <input
        id=${fieldId(key)}
        type="time"
        .value=${live(lesson[side])}
        aria-labelledby="${rowId} ${prefix}-${side}"
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
