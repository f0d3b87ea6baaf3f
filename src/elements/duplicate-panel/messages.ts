import type { DuplicateReason } from '../../contract/types.js';
import { bundle, pluralRu } from '../../core/i18n.js';

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

export const duplicatePanelMessages = bundle<DuplicatePanelMessages>({
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
  en: () => import('./messages.en.js'),
});
