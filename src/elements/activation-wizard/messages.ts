import { bundle, pluralRu } from '../../core/i18n.js';
import type { ContactChannel } from '../../contract/confirmation.js';
import type { ActivationStepId } from '../../contract/types.js';
import { wizardMessages } from '../wizard/messages.js';
import type { WizardOwnMessages } from '../wizard/wizard.js';

export interface ActivationWizardMessages extends WizardOwnMessages<ActivationStepId> {
  termsIntro: string;
  termsTitle: string;
  termsText: string;
  consentTitle: string;
  consentText: string;
  acceptTerms: string;
  acceptPersonalData: string;
  acceptTermsRequired: string;
  acceptPersonalDataRequired: string;
  currentPassword: string;
  currentPasswordHint: string;
  currentPasswordRequired: string;
  newPassword: string;
  confirmPassword: string;
  confirmMismatch: string;
  rulesTitle: string;
  ruleLength: string;
  ruleLettersDigits: string;
  ruleNotOld: string;
  ruleNotCommon: string;
  ruleMet: string;
  ruleUnmet: string;
  rulesProgress: (met: number, total: number) => string;
  passwordRulesUnmet: string;
  contactsIntro: string;
  email: string;
  emailHint: string;
  emailInvalid: string;
  phone: string;
  phoneHint: string;
  phoneInvalid: string;
  /** The button that sends a code, named by where it goes. */
  sendCode: (channel: ContactChannel) => string;
  resendCode: (channel: ContactChannel) => string;
  resendIn: (seconds: number) => string;
  emailCode: string;
  phoneCode: string;
  codeSentTo: (address: string) => string;
  codeNotSent: (channel: ContactChannel) => string;
  codeInvalid: string;
  emailCodeHint: string;
  phoneCodeHint: string;
}

export const activationWizardMessages = bundle<ActivationWizardMessages>({
  ru: {
    ...wizardMessages.ru,
    title: 'Активация учётной записи',
    steps: {
      terms: 'Условия использования',
      password: 'Новый пароль',
      contacts: 'Контактные данные',
    },
    finishedTitle: 'Учётная запись активирована',
    finishedText:
      'Пароль заменён, контакты подтверждены. Теперь можно настроить организацию: ' +
      'профиль, учебный год, классы.',
    termsIntro: 'Прочитайте условия и подтвердите согласие. Без этого подключиться нельзя.',
    termsTitle: 'Условия использования сети',
    termsText:
      'Сеть предназначена для ведения электронного журнала и дневника. Администратор ' +
      'организации отвечает за достоверность сведений о ней и о её сотрудниках, выдаёт доступ ' +
      'только своим сотрудникам и своевременно отключает тех, кто больше не работает. ' +
      'Учётные данные нельзя передавать другим лицам. Оператор сети вправе заблокировать ' +
      'учётную запись, если сведения оказались ложными или доступ используется не по назначению.',
    consentTitle: 'Согласие на обработку персональных данных',
    consentText:
      'Я даю согласие оператору сети на обработку моих персональных данных (фамилия, имя, ' +
      'отчество, должность, адрес электронной почты, номер телефона) для подключения ' +
      'организации к сети, направления уведомлений и поддержки пользователей. Согласие ' +
      'действует до его отзыва; отозвать его можно письменным заявлением оператору.',
    acceptTerms: 'Я прочитал(а) и принимаю условия использования',
    acceptPersonalData: 'Я даю согласие на обработку персональных данных',
    acceptTermsRequired: 'Примите условия использования',
    acceptPersonalDataRequired: 'Дайте согласие на обработку персональных данных',
    currentPassword: 'Временный пароль из письма',
    currentPasswordHint: 'Тот, с которым вы вошли',
    currentPasswordRequired: 'Введите временный пароль из письма',
    newPassword: 'Новый пароль',
    confirmPassword: 'Новый пароль ещё раз',
    confirmMismatch: 'Пароли не совпадают',
    rulesTitle: 'Новый пароль должен',
    ruleLength: 'содержать не меньше 8 символов',
    ruleLettersDigits: 'содержать и буквы, и цифры',
    ruleNotOld: 'отличаться от временного',
    ruleNotCommon: 'не быть распространённым (12345678, qwerty123, password…)',
    ruleMet: 'выполнено',
    ruleUnmet: 'не выполнено',
    rulesProgress: (met, total) => `Выполнено правил: ${met} из ${total}`,
    passwordRulesUnmet: 'Пароль не отвечает правилам ниже',
    contactsIntro:
      'На эти адрес и телефон придут уведомления сети и письма поддержки. Проверьте их.',
    email: 'Электронная почта',
    emailHint: 'Например, school@mail.ru или школа@школа.рф',
    emailInvalid: 'Введите адрес электронной почты, например school@mail.ru',
    phone: 'Телефон',
    phoneHint: 'Например, 8 928 123-45-67',
    phoneInvalid: 'Введите номер телефона из 10 цифр после +7 или 8',
    sendCode: (channel) =>
      channel === 'email' ? 'Отправить код на почту' : 'Отправить код по SMS',
    resendCode: (channel) =>
      channel === 'email' ? 'Отправить код на почту ещё раз' : 'Отправить код по SMS ещё раз',
    resendIn: (seconds) =>
      `Новый код можно получить через ${seconds} ${pluralRu(seconds, 'секунду', 'секунды', 'секунд')}`,
    emailCode: 'Код из письма',
    phoneCode: 'Код из SMS',
    codeSentTo: (address) => `Код отправлен: ${address}`,
    codeNotSent: (channel) =>
      channel === 'email'
        ? 'Нажмите «Отправить код на почту» и введите код, который придёт на этот адрес'
        : 'Нажмите «Отправить код по SMS» и введите код, который придёт на этот номер',
    codeInvalid: 'Код — 6 цифр',
    emailCodeHint: 'Шесть цифр. Письмо может прийти через минуту; проверьте папку «Спам»',
    phoneCodeHint: 'Шесть цифр. SMS может прийти через минуту; проверьте, верно ли указан номер',
  },
  en: () => import('./messages.en.js'),
});
