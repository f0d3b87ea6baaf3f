import { bundle } from '../../core/i18n.js';
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

export const wizardMessages = bundle<WizardMessages>({
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
  en: () => import('./messages.en.js'),
});
