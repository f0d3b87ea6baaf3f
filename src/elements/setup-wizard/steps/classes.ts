import { html } from 'lit';
import type { ClassesStep } from '../../../contract/types.js';
import { errorText, fieldId, modelField } from '../../wizard/fields.js';
import {
  list,
  record,
  type FieldErrors,
  type StepContext,
  type StepDefinition,
} from '../../wizard/step.js';
import type { SetupWizardMessages as M } from '../messages.js';

type SchoolClass = ClassesStep['classes'][number];

interface ClassesModel {
  fromGrade: string;
  toGrade: string;
  letterCount: string;
  classes: SchoolClass[];
}

// The letters schools use for parallel classes: Ё, З and Й are skipped.
const LETTERS = ['А', 'Б', 'В', 'Г', 'Д', 'Е', 'Ж', 'И', 'К', 'Л'];

const className = (schoolClass: SchoolClass) => `${schoolClass.grade}${schoolClass.letter}`;

function whole(value: string, min: number, max: number): number | undefined {
  const number = Number(value.trim());
  return Number.isInteger(number) && number >= min && number <= max ? number : undefined;
}

function parameterErrors(model: ClassesModel, m: M): FieldErrors {
  const errors: FieldErrors = {};
  const from = whole(model.fromGrade, 1, 11);
  const to = whole(model.toGrade, 1, 11);
  if (from === undefined) errors.fromGrade = m.gradeInvalid;
  if (to === undefined) errors.toGrade = m.gradeInvalid;
  if (from !== undefined && to !== undefined && to < from) errors.toGrade = m.gradeOrder;
  if (whole(model.letterCount, 1, LETTERS.length) === undefined) {
    errors.letterCount = m.letterCountInvalid;
  }
  return errors;
}

/** 1А, 1Б … for every grade in the range; none while the parameters are invalid. */
export function buildClasses(model: ClassesModel, m: M): SchoolClass[] {
  if (Object.keys(parameterErrors(model, m)).length > 0) return [];
  const classes: SchoolClass[] = [];
  for (let grade = Number(model.fromGrade); grade <= Number(model.toGrade); grade++) {
    for (const letter of LETTERS.slice(0, Number(model.letterCount))) {
      classes.push({ grade, letter });
    }
  }
  return classes;
}

function rebuild(context: StepContext<ClassesModel, M>) {
  const classes = buildClasses(context.model, context.messages);
  if (classes.length === 0) return;
  context.update({ classes });
  context.announce(context.messages.classesRebuilt(classes.length));
}

async function remove(context: StepContext<ClassesModel, M>, index: number, event: Event) {
  const removed = context.model.classes[index];
  if (!removed) return;
  const list = (event.target as HTMLElement).closest('.classes');

  context.update({ classes: context.model.classes.filter((_, i) => i !== index) });
  context.announce(context.messages.classRemoved(className(removed)));

  // Focus stays in the list: on the class that took the removed one's place, or the last one.
  await new Promise(requestAnimationFrame);
  const buttons = [...(list?.querySelectorAll<HTMLElement>('button') ?? [])];
  (buttons[index] ?? buttons[buttons.length - 1])?.focus();
}

export const classesStep: StepDefinition<ClassesModel, ClassesStep, M> = {
  initial(saved, m) {
    const classes = list(record(saved), 'classes')
      .filter((item) => typeof item.grade === 'number' && typeof item.letter === 'string')
      .map((item) => ({ grade: item.grade as number, letter: item.letter as string }));
    const model = { fromGrade: '1', toGrade: '11', letterCount: '2', classes };
    return classes.length ? model : { ...model, classes: buildClasses(model, m) };
  },

  validate(model, m) {
    const errors = parameterErrors(model, m);
    if (model.classes.length === 0) errors.classes = m.classesRequired;
    return errors;
  },

  toPayload(model) {
    return { classes: model.classes };
  },

  render(context) {
    const m = context.messages;
    const classes = context.model.classes;
    const grades = [...new Set(classes.map((item) => item.grade))];
    const parameter = (key: 'fromGrade' | 'toGrade' | 'letterCount', label: string) =>
      modelField(context, key, {
        label,
        type: 'number',
        inputmode: 'numeric',
        onChange: () => rebuild(context),
      });

    return html`<p>${m.classesIntro}</p>
      <div class="row">
        ${parameter('fromGrade', m.fromGrade)} ${parameter('toGrade', m.toGrade)}
        ${parameter('letterCount', m.letterCount)}
      </div>
      <h4 id=${fieldId('classes')} tabindex="-1">${m.classesTitle(classes.length)}</h4>
      ${errorText('classes', context.error('classes'))}
      <ul class="classes" aria-labelledby=${fieldId('classes')}>
        ${grades.map(
          (grade) =>
            html`<li>
              <span class="grade">${m.gradeLabel(grade)}:</span>
              <ul class="grade-classes">
                ${classes.map((schoolClass, index) =>
                  schoolClass.grade === grade
                    ? html`<li>
                        <span>${className(schoolClass)}</span>
                        <button
                          type="button"
                          class="secondary"
                          aria-label=${m.removeClassLabel(className(schoolClass))}
                          @click=${(event: Event) => remove(context, index, event)}
                        >
                          ${m.removeClass}
                        </button>
                      </li>`
                    : null,
                )}
              </ul>
            </li>`,
        )}
      </ul>`;
  },
};
