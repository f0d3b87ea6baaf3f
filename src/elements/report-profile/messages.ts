import type { ReportReason } from '../../contract/types.js';
import { bundle } from '../../core/i18n.js';

export interface ReportProfileMessages {
  heading: string;
  headingFor: (name: string) => string;
  intro: string;
  reasonsLegend: string;
  reasonsHint: string;
  reasons: Record<ReportReason, string>;
  comment: string;
  commentHint: string;
  email: string;
  emailHint: string;
  submit: string;
  sending: string;
  back: string;
  reasonsMissing: string;
  commentMissing: string;
  commentTooLong: string;
  emailMissing: string;
  emailInvalid: string;
  draftKept: string;
  sentHeading: string;
  receipt: (id: string) => string;
  sentAt: (date: string) => string;
  nextSteps: string[];
}

export const reportProfileMessages = bundle<ReportProfileMessages>({
  ru: {
    heading: 'Сообщить о проблеме с профилем',
    headingFor: (name) => `Сообщить о проблеме с профилем: ${name}`,
    intro:
      'Поддержка проверит профиль до того, как кто-то подаст заявку. Все поля, кроме ' +
      'комментария, обязательны.',
    reasonsLegend: 'Что не так с профилем?',
    reasonsHint: 'Отметьте всё, что подходит.',
    reasons: {
      'strangers-in-staff': 'В профиле указаны люди, которые не работают в организации',
      'wrong-details': 'Профиль описывает организацию неверно: название, ИНН, адрес, сведения',
      duplicate: 'Это дубликат другого профиля',
      closed: 'Организация закрыта или реорганизована',
      other: 'Другое (опишите в комментарии)',
    },
    comment: 'Комментарий',
    commentHint: 'Что именно неверно: например, кто из сотрудников вам не знаком.',
    email: 'Электронная почта для ответа',
    emailHint: 'На этот адрес поддержка напишет о результате. Например: shkola@mail.ru',
    submit: 'Отправить сообщение',
    sending: 'Отправляем…',
    back: 'Назад',
    reasonsMissing: 'Отметьте, что не так с профилем',
    commentMissing: 'Опишите проблему в комментарии: вы отметили «Другое»',
    commentTooLong: 'Комментарий длиннее 2000 знаков: сократите его',
    emailMissing: 'Укажите адрес электронной почты',
    emailInvalid: 'Укажите адрес в виде имя@домен, например shkola@mail.ru',
    draftKept: 'Введённые данные сохранены: их можно отправить ещё раз.',
    sentHeading: 'Сообщение отправлено',
    receipt: (id) => `Номер обращения: ${id}`,
    sentAt: (date) => `Отправлено ${date}`,
    nextSteps: [
      'Поддержка проверит профиль и напишет на указанный адрес.',
      'Такие профили обычно создаются по ошибке и удаляются после проверки.',
      'Пока проверка идёт, заявку на подключение подавать не нужно.',
    ],
  },
  en: () => import('./messages.en.js'),
});
