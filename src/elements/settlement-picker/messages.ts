import { bundle, pluralRu } from '../../core/i18n.js';

/** Strings of one search mode: settlements or municipalities. */
export interface PlaceMessages {
  label: string;
  hint: string;
  found: (count: number) => string;
  missing: string;
  notChosen: string;
}

export interface SettlementPickerMessages {
  settlement: PlaceMessages;
  municipality: PlaceMessages;
  municipalityKinds: { district: string; city: string };
  searching: string;
  typeMore: string;
  nothingFound: string;
  /** Said after «nothing found»: what to try instead. */
  nothingFoundHint: string;
}

export const settlementPickerMessages = bundle<SettlementPickerMessages>({
  ru: {
    settlement: {
      label: 'Населённый пункт',
      hint: 'Начните вводить название, например: Ахты или Дербент. Выберите его из списка.',
      found: (count) =>
        `${pluralRu(count, 'Найден', 'Найдено', 'Найдено')} ${count} ` +
        pluralRu(count, 'населённый пункт', 'населённых пункта', 'населённых пунктов'),
      missing: 'Укажите населённый пункт',
      notChosen: 'Выберите населённый пункт из списка',
    },
    municipality: {
      label: 'Муниципальное образование',
      hint: 'Район или городской округ, например: Ахтынский район или Дербент.',
      found: (count) =>
        `Найдено ${count} ` +
        pluralRu(
          count,
          'муниципальное образование',
          'муниципальных образования',
          'муниципальных образований',
        ),
      missing: 'Укажите муниципальное образование',
      notChosen: 'Выберите муниципальное образование из списка',
    },
    municipalityKinds: { district: 'муниципальный район', city: 'городской округ' },
    searching: 'Поиск…',
    typeMore: 'Введите хотя бы две буквы',
    nothingFound: 'Ничего не найдено',
    nothingFoundHint: 'Проверьте название или введите только его начало.',
  },
  en: () => import('./messages.en.js'),
});
