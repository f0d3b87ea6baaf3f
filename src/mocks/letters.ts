/**
 * The letters the moderator's decisions send, as the mock backend and the
 * reference server both write them: no MSW here, so a Node server uses them too.
 */
import type { ApplicationInput } from '../contract/types.js';

/** The approval, with the login and the temporary password of the new account. */
export function approvalLetter(
  number: string,
  input: ApplicationInput,
  login: string,
  password: string,
) {
  const { administrator } = input;
  return {
    to: administrator.email,
    subject: `Заявка ${number} одобрена: данные для входа`,
    text:
      `Здравствуйте, ${administrator.firstName}!\n\n` +
      `Заявка ${number} на подключение «${input.fullName}» одобрена.\n` +
      `Логин: ${login}\nВременный пароль: ${password}\n\n` +
      'При первом входе примите условия, смените пароль и подтвердите контакты.',
    login,
    password,
  };
}

/** The rejection, with the moderator's reason and what to do next. */
export function rejectionLetter(number: string, input: ApplicationInput, reason: string) {
  return {
    to: input.administrator.email,
    subject: `Заявка ${number} отклонена`,
    text:
      `Здравствуйте, ${input.administrator.firstName}!\n\n` +
      `Заявка ${number} на подключение «${input.fullName}» отклонена.\n` +
      `Причина: ${reason}\n\nИсправьте данные и подайте новую заявку.`,
  };
}
