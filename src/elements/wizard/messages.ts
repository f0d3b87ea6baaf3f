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
  },
  en: () => import('./messages.en.js'),
});
