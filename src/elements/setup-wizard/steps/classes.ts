import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ClassesStep } from '../../../contract/types.js';
import { errorText, fieldId, modelField, textField } from '../../wizard/fields.js';
import {
  list,
  patchAt,
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
  /** The class removed last and where it stood, for «Вернуть». */
  removed: { schoolClass: SchoolClass; index: number } | null;
  /** The one class to add: its grade and letter as typed, and why it was refused. */
  newGrade: string;
  newLetter: string;
  addError: string;
  /** The class being renamed: where it stands, the letter typed, why it was refused. */
  renaming: { index: number; letter: string; error: string } | null;
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
  context.update({ classes, removed: null });
  context.announce(context.messages.classesRebuilt(classes.length));
}

async function remove(context: StepContext<ClassesModel, M>, index: number, event: Event) {
  const removed = context.model.classes[index];
  if (!removed) return;
  const list = (event.target as HTMLElement).closest('.classes');

  context.update({
    classes: context.model.classes.filter((_, i) => i !== index),
    removed: { schoolClass: removed, index },
  });
  context.announce(context.messages.classRemoved(className(removed)));

  // Focus stays in the list: on the class that took the removed one's place, or the last one.
  await new Promise(requestAnimationFrame);
  const buttons = [...(list?.querySelectorAll<HTMLElement>('button.secondary') ?? [])];
  (buttons[index] ?? buttons[buttons.length - 1])?.focus();
}

/** Puts the class removed last back where it stood. */
function restore(context: StepContext<ClassesModel, M>, event: Event) {
  const removed = context.model.removed;
  if (!removed) return;
  const root = (event.target as HTMLElement).getRootNode() as ShadowRoot;
  const classes = [...context.model.classes];
  classes.splice(Math.min(removed.index, classes.length), 0, removed.schoolClass);
  context.update({ classes, removed: null });
  context.announce(context.messages.classRestored(className(removed.schoolClass)));
  void focusLater(root, `#${fieldId('classes')}`);
}

const letterOrder = (letter: string) => {
  const index = LETTERS.indexOf(letter);
  return index === -1 ? LETTERS.length : index;
};

const byGradeAndLetter = (a: SchoolClass, b: SchoolClass) =>
  a.grade - b.grade ||
  letterOrder(a.letter) - letterOrder(b.letter) ||
  a.letter.localeCompare(b.letter, 'ru');

/** Adds the one class typed in the «Добавить класс» fields, in its place in the list. */
function add(context: StepContext<ClassesModel, M>, event: Event) {
  const m = context.messages;
  const root = (event.target as HTMLElement).getRootNode() as ShadowRoot;
  const grade = whole(context.model.newGrade, 1, 11);
  const fail = (addError: string, field: string) => {
    context.update({ addError });
    void focusLater(root, `#${fieldId(field)}`);
  };
  if (grade === undefined) return fail(m.gradeInvalid, 'newGrade');
  const checked = checkLetter(context.model.classes, grade, context.model.newLetter, m);
  if ('error' in checked) return fail(checked.error, 'newLetter');
  const schoolClass = { grade, letter: checked.letter };

  const classes = [...context.model.classes, schoolClass].sort(byGradeAndLetter);
  context.update({ classes, newLetter: '', addError: '' });
  context.announce(m.classAdded(className(schoolClass)));
}

/** The letter as classes are named: upper case, at most three characters; or an error. */
function checkLetter(
  classes: readonly SchoolClass[],
  grade: number,
  typed: string,
  m: M,
  except = -1,
): { letter: string } | { error: string } {
  const letter = typed.trim().toLocaleUpperCase('ru');
  if (!letter || letter.length > 3) return { error: m.letterInvalid };
  const name = `${grade}${letter}`;
  const taken = classes.some((item, i) => i !== except && className(item) === name);
  return taken ? { error: m.classExists(name) } : { letter };
}

function rename(context: StepContext<ClassesModel, M>, event: Event) {
  const renaming = context.model.renaming;
  const schoolClass = renaming && context.model.classes[renaming.index];
  if (!renaming || !schoolClass) return;
  const root = (event.target as HTMLElement).getRootNode() as ShadowRoot;
  const m = context.messages;

  const checked = checkLetter(
    context.model.classes,
    schoolClass.grade,
    renaming.letter,
    m,
    renaming.index,
  );
  if ('error' in checked) {
    context.update({ renaming: { ...renaming, error: checked.error } });
    void focusLater(root, `#${fieldId('renameClass')}`);
    return;
  }
  const renamed = { grade: schoolClass.grade, letter: checked.letter };
  const classes = patchAt(context.model.classes, renaming.index, renamed).sort(byGradeAndLetter);
  context.update({ classes, renaming: null, removed: null });
  context.announce(m.classRenamed(className(schoolClass), className(renamed)));
  void focusLater(root, `[data-class="${className(renamed)}"]`);
}

function startRename(context: StepContext<ClassesModel, M>, index: number, event: Event) {
  const schoolClass = context.model.classes[index];
  if (!schoolClass) return;
  const root = (event.target as HTMLElement).getRootNode() as ShadowRoot;
  context.update({ renaming: { index, letter: schoolClass.letter, error: '' } });
  void focusLater(root, `#${fieldId('renameClass')}`);
}

function renderRename(context: StepContext<ClassesModel, M>, schoolClass: SchoolClass) {
  const m = context.messages;
  const renaming = context.model.renaming!;
  const id = fieldId('renameClass');
  const cancel = (event: Event) => {
    const root = (event.target as HTMLElement).getRootNode() as ShadowRoot;
    context.update({ renaming: null });
    void focusLater(root, `[data-class="${className(schoolClass)}"]`);
  };
  return html`<li class="renaming">
    <label for=${id}>${m.newClassName(className(schoolClass))}</label>
    <input
      id=${id}
      class="letter"
      .value=${live(renaming.letter)}
      aria-invalid=${renaming.error ? 'true' : 'false'}
      aria-describedby=${renaming.error ? `${id}-error` : nothing}
      @input=${(event: Event) =>
        context.update({
          renaming: { ...renaming, letter: (event.target as HTMLInputElement).value, error: '' },
        })}
      @keydown=${(event: KeyboardEvent) => {
        // Enter renames the class, not the whole step; Escape leaves it as it was.
        if (event.key === 'Enter' && !event.isComposing) {
          event.preventDefault();
          rename(context, event);
        }
        if (event.key === 'Escape') cancel(event);
      }}
    />
    ${renaming.error ? html`<span class="error" id="${id}-error">${renaming.error}</span>` : nothing}
    <button type="button" @click=${(event: Event) => rename(context, event)}>
      ${m.saveRename}
    </button>
    <button type="button" class="secondary" @click=${cancel}>${m.cancelRename}</button>
  </li>`;
}

async function focusLater(root: ShadowRoot, selector: string) {
  await new Promise(requestAnimationFrame);
  root.querySelector<HTMLElement>(selector)?.focus();
}

function renderAdd(context: StepContext<ClassesModel, M>) {
  const m = context.messages;
  const error = context.model.addError;
  const field = (key: 'newGrade' | 'newLetter', label: string, hint?: string) =>
    textField({
      key,
      label,
      hint,
      value: context.model[key],
      inputmode: key === 'newGrade' ? 'numeric' : undefined,
      onInput: (value) => context.update({ [key]: value, addError: '' }),
    });
  return html`<fieldset class="add-class" aria-describedby=${error ? fieldId('addClass') : nothing}>
    <legend>${m.addClassTitle}</legend>
    ${error ? html`<p class="error" id=${fieldId('addClass')} role="alert">${error}</p>` : nothing}
    <div class="row">
      ${field('newGrade', m.newGrade)} ${field('newLetter', m.newLetter, m.newLetterHint)}
    </div>
    <button type="button" class="secondary" @click=${(event: Event) => add(context, event)}>
      ${m.addClass}
    </button>
  </fieldset>`;
}

export const classesStep: StepDefinition<ClassesModel, ClassesStep, M> = {
  initial(saved, m) {
    const classes = list(record(saved), 'classes')
      .filter((item) => typeof item.grade === 'number' && typeof item.letter === 'string')
      .map((item) => ({ grade: item.grade as number, letter: item.letter as string }));
    const model = {
      fromGrade: '1',
      toGrade: '11',
      letterCount: '2',
      classes,
      removed: null,
      newGrade: '',
      newLetter: '',
      addError: '',
      renaming: null,
    };
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
      ${
        context.model.removed
          ? html`<p>
              <button
                type="button"
                class="secondary"
                @click=${(event: Event) => restore(context, event)}
              >
                ${m.undoRemove(className(context.model.removed.schoolClass))}
              </button>
            </p>`
          : nothing
      }
      <ul class="classes" aria-labelledby=${fieldId('classes')}>
        ${grades.map(
          (grade) =>
            html`<li>
              <span class="grade">${m.gradeLabel(grade)}:</span>
              <ul class="grade-classes">
                ${classes.map((schoolClass, index) =>
                  schoolClass.grade === grade && context.model.renaming?.index === index
                    ? renderRename(context, schoolClass)
                    : schoolClass.grade === grade
                      ? html`<li>
                          <button
                            type="button"
                            class="link"
                            data-class=${className(schoolClass)}
                            aria-label=${m.renameClassLabel(className(schoolClass))}
                            @click=${(event: Event) => startRename(context, index, event)}
                          >
                            ${className(schoolClass)}
                          </button>
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
      </ul>
      ${renderAdd(context)}`;
  },
};
