import { bundle, pluralRu } from '../../core/i18n.js';
import type { GradingStep, SetupStepId, StaffRole, YearStep } from '../../contract/types.js';
import { wizardMessages } from '../wizard/messages.js';
import type { WizardOwnMessages } from '../wizard/wizard.js';

type PeriodKind = YearStep['periodKind'];
type GradingSystem = GradingStep['system'];

export interface SetupWizardMessages extends WizardOwnMessages<SetupStepId> {
  required: string;
  emailInvalid: string;
  phoneInvalid: string;

  profileIntro: string;
  fullName: string;
  fullNameHint: string;
  shortName: string;
  shortNameHint: string;
  address: string;
  postalCode: string;
  postalCodeInvalid: string;
  phone: string;
  phoneHint: string;
  email: string;
  headName: string;
  headNameHint: string;

  yearIntro: string;
  yearStart: string;
  yearEnd: string;
  dateInvalid: string;
  yearOrder: string;
  periodKind: string;
  periodKinds: Record<PeriodKind, string>;
  periodName: (kind: PeriodKind, index: number) => string;
  periodsTitle: string;
  periodsHint: string;
  periodStart: string;
  periodEnd: string;
  periodReversed: string;
  periodOutside: string;
  periodOverlap: (previous: string) => string;
  periodsSuggested: string;
  suggestPeriods: string;

  gradingIntro: string;
  gradingSystem: string;
  gradingSystems: Record<GradingSystem, string>;
  gradingRequired: string;

  bellsIntro: string;
  lessonCount: string;
  lessonCountInvalid: string;
  firstLesson: string;
  lessonLength: string;
  lessonLengthInvalid: string;
  breakLength: string;
  breakLengthInvalid: string;
  minutes: string;
  scheduleTitle: string;
  lesson: string;
  lessonNumber: (index: number) => string;
  lessonStart: string;
  lessonEnd: string;
  timeInvalid: string;
  lessonReversed: string;
  lessonOverlap: (previous: number) => string;
  twoShifts: string;
  shiftTitle: (shift: number) => string;
  secondShiftStart: string;
  shiftsOverlap: (firstEnds: string) => string;
  scheduleRebuilt: string;

  classesIntro: string;
  fromGrade: string;
  toGrade: string;
  gradeInvalid: string;
  gradeOrder: string;
  letterCount: string;
  letterCountInvalid: string;
  classesTitle: (count: number) => string;
  gradeLabel: (grade: number) => string;
  removeClass: string;
  renameClassLabel: (name: string) => string;
  newClassName: (name: string) => string;
  saveRename: string;
  cancelRename: string;
  classRenamed: (from: string, to: string) => string;
  removeClassLabel: (name: string) => string;
  classRemoved: (name: string) => string;
  classesRebuilt: (count: number) => string;
  classesRequired: string;
  undoRemove: (name: string) => string;
  classRestored: (name: string) => string;
  addClassTitle: string;
  newGrade: string;
  newLetter: string;
  newLetterHint: string;
  addClass: string;
  classAdded: (name: string) => string;
  classExists: (name: string) => string;
  letterInvalid: string;

  staffIntro: string;
  staffPasteHint: string;
  staffMember: (index: number) => string;
  staffName: string;
  staffEmail: string;
  staffRole: string;
  chooseRole: string;
  roles: Record<StaffRole, string>;
  roleRequired: string;
  addStaff: string;
  removeStaff: string;
  removeStaffLabel: (index: number) => string;
  staffRemoved: (index: number) => string;
  staffPasted: (count: number, bad: number) => string;
  sendChecked: (count: number) => string;
  staffSent: (sent: number, bad: number) => string;
  invitationSent: string;
}

export const setupWizardMessages = bundle<SetupWizardMessages>({
  ru: {
    ...wizardMessages.ru,
    title: 'Настройка организации',
    steps: {
      profile: 'Профиль организации',
      year: 'Учебный год',
      grading: 'Система оценивания',
      bells: 'Расписание звонков',
      classes: 'Классы',
      staff: 'Приглашения сотрудникам',
    },
    finishedTitle: 'Организация настроена',
    finishedText:
      'Профиль, учебный год, звонки и классы сохранены. Приглашённые сотрудники получат ' +
      'письма со ссылкой для входа. Изменить настройки можно в любое время.',
    required: 'Заполните это поле',
    emailInvalid: 'Введите адрес электронной почты, например school@mail.ru',
    phoneInvalid: 'Введите номер телефона из 10 цифр после +7 или 8',

    profileIntro: 'Эти сведения увидят родители и сотрудники. Мы заполнили их по заявке.',
    fullName: 'Полное наименование',
    fullNameHint: 'Как в уставе',
    shortName: 'Краткое наименование',
    shortNameHint: 'Необязательно, например МБОУ «СОШ № 1»',
    address: 'Адрес',
    postalCode: 'Почтовый индекс',
    postalCodeInvalid: 'Индекс — 6 цифр, например 368000',
    phone: 'Телефон',
    phoneHint: 'Например, 8 928 123-45-67',
    email: 'Электронная почта',
    headName: 'Руководитель',
    headNameHint: 'Фамилия, имя, отчество директора',

    yearIntro:
      'Даты учебного года и его периодов. Мы предложили их — проверьте и исправьте, ' +
      'если у вас иначе.',
    yearStart: 'Начало учебного года',
    yearEnd: 'Окончание учебного года',
    dateInvalid: 'Введите дату',
    yearOrder: 'Учебный год должен закончиться позже, чем начался',
    periodKind: 'Учебные периоды',
    periodKinds: { quarters: 'Четверти', trimesters: 'Триместры', semesters: 'Полугодия' },
    periodName: (kind, index) =>
      `${index} ${{ quarters: 'четверть', trimesters: 'триместр', semesters: 'полугодие' }[kind]}`,
    periodsTitle: 'Даты периодов',
    periodsHint: 'Периоды идут по порядку, не пересекаются и не выходят за учебный год.',
    periodStart: 'Начало',
    periodEnd: 'Окончание',
    periodReversed: 'Период должен закончиться позже, чем начался',
    periodOutside: 'Дата выходит за пределы учебного года',
    periodOverlap: (previous) => `Период начинается раньше, чем закончился «${previous}»`,
    periodsSuggested: 'Даты периодов предложены заново.',
    suggestPeriods: 'Предложить даты заново',

    gradingIntro: 'Как ставятся отметки в журнале.',
    gradingSystem: 'Система оценивания',
    gradingSystems: {
      five: 'Пятибалльная (1–5)',
      ten: 'Десятибалльная (1–10)',
      'pass-fail': 'Зачёт / незачёт',
      none: 'Без отметок',
    },
    gradingRequired: 'Выберите систему оценивания',

    bellsIntro:
      'Задайте число уроков и их длительность — мы составим расписание. Время каждого урока ' +
      'можно поправить в таблице.',
    lessonCount: 'Уроков в день',
    lessonCountInvalid: 'От 1 до 12 уроков',
    firstLesson: 'Начало первого урока',
    lessonLength: 'Длительность урока, минут',
    lessonLengthInvalid: 'От 10 до 120 минут',
    breakLength: 'Перемена, минут',
    breakLengthInvalid: 'От 0 до 60 минут',
    minutes: 'мин',
    scheduleTitle: 'Расписание звонков',
    lesson: 'Урок',
    lessonNumber: (index) => `${index} урок`,
    lessonStart: 'Начало',
    lessonEnd: 'Конец',
    timeInvalid: 'Введите время, например 08:30',
    lessonReversed: 'Урок должен закончиться позже, чем начался',
    lessonOverlap: (previous) => `Урок начинается раньше, чем закончился ${previous} урок`,
    twoShifts: 'Школа работает в две смены',
    shiftTitle: (shift) => `${shift} смена`,
    secondShiftStart: 'Начало первого урока второй смены',
    shiftsOverlap: (firstEnds) =>
      `Вторая смена начинается раньше, чем закончилась первая (в ${firstEnds})`,
    scheduleRebuilt: 'Расписание составлено заново.',

    classesIntro:
      'Укажите параллели и число классов в каждой — мы составим список. Лишние классы ' +
      'можно удалить.',
    fromGrade: 'С какой параллели',
    toGrade: 'По какую параллель',
    gradeInvalid: 'Параллель — число от 1 до 11',
    gradeOrder: 'Последняя параллель не может быть меньше первой',
    letterCount: 'Классов в параллели',
    letterCountInvalid: 'От 1 до 10 классов',
    classesTitle: (count) => `${count} ${pluralRu(count, 'класс', 'класса', 'классов')}`,
    gradeLabel: (grade) => `${grade} классы`,
    removeClass: 'Удалить',
    renameClassLabel: (name) => `Переименовать класс ${name}`,
    newClassName: (name) => `Новая буква класса ${name}`,
    saveRename: 'Сохранить',
    cancelRename: 'Отмена',
    classRenamed: (from, to) => `Класс ${from} теперь ${to}.`,
    removeClassLabel: (name) => `Удалить класс ${name}`,
    classRemoved: (name) => `Класс ${name} удалён.`,
    classesRebuilt: (count) =>
      `Список составлен: ${count} ${pluralRu(count, 'класс', 'класса', 'классов')}.`,
    classesRequired: 'Оставьте хотя бы один класс',
    undoRemove: (name) => `Вернуть класс ${name}`,
    classRestored: (name) => `Класс ${name} возвращён.`,
    addClassTitle: 'Добавить класс',
    newGrade: 'Параллель',
    newLetter: 'Буква или название',
    newLetterHint: 'До трёх знаков, например А, Б или К1',
    addClass: 'Добавить класс',
    classAdded: (name) => `Класс ${name} добавлен.`,
    classExists: (name) => `Класс ${name} уже есть в списке`,
    letterInvalid: 'Укажите букву класса, до трёх знаков',

    staffIntro:
      'Пригласите сотрудников: каждому придёт письмо со ссылкой для входа. Этот шаг можно ' +
      'пропустить и вернуться к нему позже.',
    staffPasteHint:
      'Можно вставить список из таблицы: строки «ФИО, почта, роль», столбцы через табуляцию ' +
      'или точку с запятой.',
    staffMember: (index) => `Сотрудник ${index}`,
    staffName: 'Фамилия, имя, отчество',
    staffEmail: 'Электронная почта',
    staffRole: 'Роль',
    chooseRole: 'Выберите роль',
    roles: {
      teacher: 'Учитель',
      deputy: 'Заместитель директора',
      head: 'Директор',
      secretary: 'Секретарь',
    },
    roleRequired: 'Выберите роль: учитель, заместитель директора, директор или секретарь',
    addStaff: 'Добавить сотрудника',
    removeStaff: 'Удалить',
    removeStaffLabel: (index) => `Удалить сотрудника ${index}`,
    staffRemoved: (index) => `Сотрудник ${index} удалён из списка.`,
    staffPasted: (count, bad) =>
      `Вставлено строк: ${count}.` + (bad ? ` С ошибками: ${bad}, они отмечены.` : ''),
    sendChecked: (count) =>
      `Отправить ${count} ${pluralRu(count, 'проверенное приглашение', 'проверенных приглашения', 'проверенных приглашений')}, остальные исправить`,
    staffSent: (sent, bad) =>
      `Отправлено приглашений: ${sent}. Исправьте ${pluralRu(bad, 'отмеченную строку', 'отмеченные строки', 'отмеченные строки')}: ${bad}.`,
    invitationSent: 'Приглашение отправлено',
  },
  en: () => import('./messages.en.js'),
});
