import { pluralRu, type MessageBundle } from '../../core/i18n.js';

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

export const settlementPickerMessages: MessageBundle<SettlementPickerMessages> = {
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
  en: {
    settlement: {
      label: 'Settlement',
      hint: 'Start typing the name, for example: Akhty or Derbent. Choose it from the list.',
      found: (count) => `${count} ${count === 1 ? 'settlement' : 'settlements'} found`,
      missing: 'Enter the settlement',
      notChosen: 'Choose the settlement from the list',
    },
    municipality: {
      label: 'Municipality',
      hint: 'A district or city district, for example: Akhtynsky district or Derbent.',
      found: (count) => `${count} ${count === 1 ? 'municipality' : 'municipalities'} found`,
      missing: 'Enter the municipality',
      notChosen: 'Choose the municipality from the list',
    },
    municipalityKinds: { district: 'municipal district', city: 'city district' },
    searching: 'Searching…',
    typeMore: 'Type at least two letters',
    nothingFound: 'Nothing found',
    nothingFoundHint: 'Check the name, or type only its beginning.',
  },
};
