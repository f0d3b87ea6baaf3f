import { bundle } from '../../core/i18n.js';

export interface AuthorityFlowMessages {
  title: string;
  lead: string;
  listTitle: (municipality: string) => string;
  count: (count: number) => string;
  none: string;
  inn: string;
  choose: string;
  missing: string;
  profileTitle: string;
  profileSteps: string[];
  doNotApply: string;
  report: string;
  notOurs: string;
  back: string;
  /** Headings of the screens whose elements load when first shown, while they load. */
  screenTitles: { report: string; apply: string };
}

export const messages = bundle<AuthorityFlowMessages>({
  ru: {
    title: 'Муниципальный орган управления образованием',
    lead:
      'Выберите район или городской округ и проверьте, не зарегистрирован ли уже ваш орган ' +
      'управления образованием.',
    listTitle: (municipality) => `Уже зарегистрированы: ${municipality}`,
    count: (count) =>
      count === 0 ? 'Зарегистрированных органов нет' : `Зарегистрировано: ${count}`,
    none: 'Здесь ещё не зарегистрирован ни один орган управления образованием.',
    inn: 'ИНН',
    choose: 'Это наш орган',
    missing: 'Нашего органа нет в списке',
    profileTitle: 'Ваш орган уже зарегистрирован',
    profileSteps: [
      'Откройте страницу органа в региональной системе.',
      'Нажмите «Зарегистрироваться как сотрудник» и укажите ФИО и служебный e-mail.',
      'Дождитесь, когда администратор органа подтвердит вашу учётную запись.',
    ],
    doNotApply: 'Новую заявку подавать не нужно: она будет отклонена как повторная.',
    report: 'Сообщить о проблеме с профилем',
    notOurs: 'Это не наш орган',
    back: 'Назад к списку',
    screenTitles: { report: 'Сообщение о проблеме с профилем', apply: 'Заявка на подключение' },
  },
  en: () => import('./messages.en.js'),
});
