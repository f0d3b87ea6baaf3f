/**
 * Problem details (RFC 9457) of the contract with Russian texts, and the
 * field errors of a request body that breaks it: plain data, shared by the
 * mock backend and the reference server.
 */
import type { Application, Organization } from '../contract/types.js';

export const PROBLEM_BASE = 'https://edu-connect.example/problems/';

export const TITLES: Record<string, string> = {
  validation: 'Данные заполнены с ошибками',
  'bad-request': 'Запрос не удалось прочитать',
  'not-found': 'Не найдено',
  duplicate: 'Организация уже зарегистрирована',
  'invalid-credentials': 'Неверный логин или пароль',
  'session-expired': 'Сеанс завершён',
  unauthorized: 'Нужно войти',
  'account-blocked': 'Учётная запись заблокирована',
  'password-expired': 'Срок временного пароля истёк',
  'too-many-attempts': 'Слишком много попыток',
  'server-error': 'Ошибка на сервере',
  'already-decided': 'Заявка уже рассмотрена',
  'idempotency-key-reused': 'Заявка уже отправлена с другими ответами',
  'not-approved': 'Заявка ещё не одобрена',
  'too-many-letters': 'Письмо уже отправлено недавно',
};

export interface FieldProblem {
  path: (string | number)[];
  message: string;
}

/** Extra members of a problem: field errors, the organization registered already, … */
export interface ProblemFields {
  errors?: FieldProblem[];
  existing?: Organization;
  application?: Application;
}

/** The body of a problem+json answer. */
export function problemBody(
  status: number,
  code: string,
  detail: string,
  fields: ProblemFields = {},
) {
  return {
    type: PROBLEM_BASE + code,
    title: TITLES[code] ?? 'Ошибка',
    status,
    detail,
    code,
    ...fields,
  };
}

/** The subset of a zod issue the messages need. */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
}

const CHECK_MESSAGES: Record<string, string> = {
  inn: 'ИНН не проходит проверку: нужно 10 цифр организации с верной контрольной цифрой.',
  ogrn: 'ОГРН не проходит проверку: нужно 13 цифр с верной контрольной цифрой.',
  kpp: 'КПП — 9 символов: 4 цифры, 2 цифры или заглавные латинские буквы, 3 цифры.',
  email: 'Адрес электронной почты записан с ошибкой.',
};

function issueMessage(issue: Issue): string {
  if (CHECK_MESSAGES[issue.message]) return CHECK_MESSAGES[issue.message]!;
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array') return `Нужно не меньше ${issue.minimum}.`;
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return 'Заполните поле.';
      return issue.origin === 'string'
        ? `Слишком коротко: нужно не меньше ${issue.minimum} символов.`
        : `Значение должно быть не меньше ${issue.minimum}.`;
    case 'too_big':
      if (issue.origin === 'array') return `Нужно не больше ${issue.maximum}.`;
      return issue.origin === 'string'
        ? `Слишком длинно: не больше ${issue.maximum} символов.`
        : `Значение должно быть не больше ${issue.maximum}.`;
    case 'invalid_format':
      return 'Неверный формат.';
    case 'invalid_value':
      return 'Недопустимое значение.';
    case 'invalid_type':
      // Mostly a field left out of the body.
      return issue.input === undefined || issue.input === null
        ? 'Заполните поле.'
        : 'Неверный тип значения.';
    default:
      return 'Неверное значение.';
  }
}

export const fieldProblems = (issues: readonly Issue[]): FieldProblem[] =>
  issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
    message: issueMessage(issue),
  }));
