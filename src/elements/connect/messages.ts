import { bundle } from '../../core/i18n.js';

export interface ConnectMessages {
  journey: string;
  back: string;
  loggedInAs: (name: string) => string;
  logout: string;
  startTitle: string;
  startLead: string;
  startAction: string;
  haveApplied: string;
  haveLetter: string;
  findTitle: string;
  findLead: string;
  reportDone: string;
  toStart: string;
  loginTitle: string;
  loginAgain: string;
  doneTitle: string;
  doneText: string;
  authorityDoneText: string;
  steps: Record<string, string>;
}

export const messages = bundle<ConnectMessages>({
  ru: {
    journey: 'Подключение к сети',
    back: 'Назад',
    loggedInAs: (name) => `Вы вошли: ${name}`,
    logout: 'Выйти',
    startTitle: 'Подключение к региональной информационной системе образования',
    startLead:
      'Школы и муниципальные органы управления образованием подключаются сами: выберите, кто вы, ' +
      'проверьте, не зарегистрирована ли уже ваша организация, и подайте заявку. ' +
      'Введённое сохраняется, даже если страница перезагрузится.',
    startAction: 'Подключиться',
    haveApplied: 'Я уже подал заявку: узнать статус',
    haveLetter: 'Я получил письмо с логином: войти',
    findTitle: 'Найдите свою организацию',
    findLead:
      'Сначала проверьте, нет ли вашей организации среди уже зарегистрированных: ' +
      'повторная регистрация разделит сотрудников и учеников между двумя профилями.',
    reportDone: 'Вернуться в начало',
    toStart: 'В начало',
    loginTitle: 'Вход',
    loginAgain:
      'Войдите снова, чтобы продолжить: пройденные шаги сохранены. Если вы уже сменили ' +
      'временный пароль, введите новый.',
    doneTitle: 'Организация подключена',
    doneText:
      'Настройка завершена. Пригласите сотрудников, если ещё не сделали этого: ' +
      'после подтверждения они смогут вести электронный журнал.',
    authorityDoneText:
      'Орган управления образованием подключён. Сотрудники органа могут зарегистрироваться ' +
      'на его странице в региональной системе.',
    steps: {
      start: 'Начало',
      role: 'Кто вы',
      find: 'Поиск организации',
      organization: 'Профиль организации',
      report: 'Сообщение о проблеме',
      apply: 'Заявка',
      sent: 'Заявка отправлена',
      status: 'Статус заявки',
      municipal: 'Орган управления образованием',
      login: 'Вход',
      activation: 'Активация',
      setup: 'Настройка',
      coverage: 'Охват подключения',
      done: 'Готово',
    },
  },
  en: () => import('./messages.en.js'),
});
