import type { ContactChannel } from '../contract/confirmation.js';
import { displayPhone } from '../domain/phone.js';
import type { Letter } from './db.js';

/** Seconds before another code may be sent to the same channel. */
export const CODE_RESEND_SECONDS = 60;

/** A code sent, as the mock keeps it until the contacts step is saved. */
export interface SentCode {
  address: string;
  code: string;
  sentAt: number;
}

/** Six random digits. */
export function newCode(): string {
  const [value] = crypto.getRandomValues(new Uint32Array(1));
  return String(value! % 1_000_000).padStart(6, '0');
}

/** The letter or the text message that carries a code, for the demo outbox. */
export function codeLetter(channel: ContactChannel, address: string, code: string) {
  const letter: Omit<Letter, 'sentAt'> =
    channel === 'email'
      ? {
          to: address,
          subject: 'Код подтверждения адреса',
          text: `Код подтверждения адреса в региональной школьной сети: ${code}`,
        }
      : {
          to: displayPhone(address),
          subject: 'SMS с кодом подтверждения',
          text: `Код подтверждения телефона: ${code}`,
        };
  return { ...letter, code };
}
