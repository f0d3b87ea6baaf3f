import type { CommonMessages } from './messages.js';

/** English strings, loaded only when an element is shown in English. */
export const en: CommonMessages = {
  loading: 'Loading…',
  retry: 'Try again',
  network: 'Cannot reach the server. Check your internet connection and press “Try again”.',
  timeout:
    'The server did not answer in time: the connection is slow or the server is busy. ' +
    'Press “Try again”.',
  server: 'The server failed. Please try again in a few minutes.',
  contract:
    'The server sent an answer that cannot be shown. Try later; ' +
    'if it happens again, tell support.',
  notFound:
    'The service is unavailable right now (error 404): it is not about what you entered. ' +
    'Try later; if it happens again, tell the site’s support.',
  refused: (status) =>
    `The server refused the request (error ${status}). Check what you entered; ` +
    'if it happens again, tell support.',
  serverBusy: (wait) => `The server is busy. Try again in ${wait}.`,
  tooManyRequests: (wait) =>
    wait
      ? `Too many requests. Wait ${wait} and try again.`
      : 'Too many requests. Wait a minute and try again.',
  sessionExpired: 'Your session has expired. Log in again: what you entered is kept.',
  keptInput: 'What you entered is kept.',
  errorSummaryTitle: 'Fix these errors',
  required: 'Fill in this field',
};
