/** Dispatched on `window` whenever the mock sends a letter or a text message. */
export const LETTER_SENT_EVENT = 'edu-connect-mock:letter-sent';
