import type { DuplicateReason } from '../../contract/types.js';
import { pluralRu, type MessageBundle } from '../../core/i18n.js';

export interface DuplicatePanelMessages {
  title: string;
  intro: string;
  found: (count: number) => string;
  reasons: Record<DuplicateReason, string>;
  matchesBy: string;
  thisIsMine: string;
  notMine: string;
  goOn: string;
  dismissed: (name: string) => string;
  allDismissed: string;
  showAgain: string;
}

export const duplicatePanelMessages: MessageBundle<DuplicatePanelMessages> = {
  ru: {
    title: 'Возможно, ваша организация уже зарегистрирована',
    intro:
      'Если она есть в этом списке, подавать заявку не нужно: выберите её и зарегистрируйте ' +
      'свой профиль сотрудника.',
    found: (count) =>
      count === 0
        ? ''
        : `${pluralRu(count, 'Найдена', 'Найдены', 'Найдено')} ${count} ` +
          pluralRu(count, 'похожая организация', 'похожие организации', 'похожих организаций') +
          ' среди зарегистрированных',
    reasons: {
      'same-inn': 'тот же ИНН',
      'same-ogrn': 'тот же ОГРН',
      'same-name': 'то же наименование в этом населённом пункте',
      'similar-name': 'похожее наименование в этом населённом пункте',
    },
    matchesBy: 'Совпадает:',
    thisIsMine: 'Это моя организация',
    notMine: 'Это не моя',
    goOn: 'Если ни одна из них не ваша, продолжайте заполнять заявку.',
    dismissed: (name) => `Убрали «${name}» из похожих. Продолжайте заполнять заявку.`,
    allDismissed: 'Вы отметили, что похожие организации не ваши. Продолжайте заполнять заявку.',
    showAgain: 'Показать их снова',
  },
  en: {
    title: 'Your organization may already be registered',
    intro: 'If it is in this list, do not apply: choose it and register your staff profile there.',
    found: (count) =>
      count === 0
        ? ''
        : `${count} similar ${count === 1 ? 'organization' : 'organizations'} ` +
          'found among registered ones',
    reasons: {
      'same-inn': 'the same INN',
      'same-ogrn': 'the same OGRN',
      'same-name': 'the same name in this settlement',
      'similar-name': 'a similar name in this settlement',
    },
    matchesBy: 'Matches:',
    thisIsMine: 'This is my organization',
    notMine: 'Not mine',
    goOn: 'If none of them is yours, go on with the application.',
    dismissed: (name) => `“${name}” removed from the similar ones. Go on with the application.`,
    allDismissed: 'You marked the similar organizations as not yours. Go on with the application.',
    showAgain: 'Show them again',
  },
};
