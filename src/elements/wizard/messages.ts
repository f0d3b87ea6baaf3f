import type { MessageBundle } from '../../core/i18n.js';
import type { StepStatus } from '../../contract/types.js';

/** Strings every wizard shares; each wizard's bundle spreads them. */
export interface WizardMessages {
  stepsLabel: string;
  status: Record<StepStatus, string>;
  current: string;
  stepCount: (index: number, total: number) => string;
  stepOf: (index: number, total: number, name: string) => string;
  next: string;
  back: string;
  skip: string;
  saving: string;
  saved: string;
  errorSummary: string;
  sessionExpired: string;
  finishedAnnouncement: string;
  keptHere: string;
  conflict: string;
  keepMine: string;
  takeSaved: string;
  takenSaved: string;
  later: string;
  pausedTitle: string;
  pausedText: string;
  pausedDraftText: string;
  resume: string;
}

export const wizardMessages: MessageBundle<WizardMessages> = {
  ru: {
    stepsLabel: 'Шаги',
    status: { done: 'выполнен', needed: 'нужно заполнить', optional: 'необязательный' },
    current: 'текущий шаг',
    stepCount: (index, total) => `Шаг ${index} из ${total}`,
    stepOf: (index, total, name) => `Шаг ${index} из ${total}: ${name}`,
    next: 'Далее',
    back: 'Назад',
    skip: 'Пропустить',
    saving: 'Сохранение…',
    saved: 'Шаг сохранён.',
    errorSummary: 'Исправьте ошибки, чтобы продолжить',
    sessionExpired:
      'Сеанс истёк. Войдите снова: всё, что вы ввели на этом шаге, сохранено и вернётся ' +
      'после входа.',
    finishedAnnouncement: 'Все шаги выполнены.',
    keptHere:
      'Введённое на этом шаге не потеряно: оно остаётся в форме и на этом устройстве, ' +
      'даже если страница перезагрузится.',
    conflict:
      'Этот шаг тем временем сохранили в другой вкладке или на другом устройстве. ' +
      'Ваши данные остались в форме. Сохраните их поверх или возьмите сохранённые там.',
    keepMine: 'Сохранить мои данные',
    takeSaved: 'Взять сохранённые в другой вкладке',
    takenSaved: 'В форме данные, сохранённые в другой вкладке.',
    later: 'Сохранить и продолжить позже',
    pausedTitle: 'Можно продолжить позже',
    pausedText:
      'Выполненные шаги сохранены на сервере. Войдите снова с любого устройства: мастер ' +
      'откроется на шаге, где вы остановились.',
    pausedDraftText:
      'Незаконченный шаг ещё не проходит проверку, поэтому он сохранён только на этом ' +
      'устройстве: здесь он откроется с введёнными данными.',
    resume: 'Продолжить сейчас',
  },
  en: {
    stepsLabel: 'Steps',
    status: { done: 'done', needed: 'to fill in', optional: 'optional' },
    current: 'current step',
    stepCount: (index, total) => `Step ${index} of ${total}`,
    stepOf: (index, total, name) => `Step ${index} of ${total}: ${name}`,
    next: 'Next',
    back: 'Back',
    skip: 'Skip',
    saving: 'Saving…',
    saved: 'Step saved.',
    errorSummary: 'Fix these errors to go on',
    sessionExpired:
      'Your session has expired. Log in again: everything you entered on this step is kept ' +
      'and comes back after you log in.',
    finishedAnnouncement: 'All steps are done.',
    keptHere:
      'What you entered on this step is not lost: it stays in the form and on this device, ' +
      'even if the page reloads.',
    conflict:
      'Meanwhile this step was saved in another tab or on another device. Your entries are ' +
      'still in the form. Save them over it, or take the ones saved there.',
    keepMine: 'Save my entries',
    takeSaved: 'Take the ones saved in the other tab',
    takenSaved: 'The form now holds the entries saved in the other tab.',
    later: 'Save and finish later',
    pausedTitle: 'You can finish later',
    pausedText:
      'The steps you finished are saved on the server. Log in again from any device: the ' +
      'wizard opens at the step where you stopped.',
    pausedDraftText:
      'The unfinished step does not pass its checks yet, so it is kept on this device only: ' +
      'here it opens with what you entered.',
    resume: 'Continue now',
  },
};
