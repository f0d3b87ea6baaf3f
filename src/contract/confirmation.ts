/**
 * Confirming the contacts of the activation wizard: the server sends a code to
 * the e-mail or the phone, and the contacts step is saved with both codes.
 */
import * as z from 'zod/mini';

export const ContactChannel = z.enum(['email', 'phone']);

/** A code to send: to an e-mail address, or to a phone as +7 and ten digits. */
export const ContactCodeRequest = z.object({
  channel: ContactChannel,
  address: z.string().check(z.minLength(1), z.maxLength(320)),
});

/** The code is on its way; another may be asked for after `resendAfter` seconds. */
export const ContactCodeSent = z.object({
  channel: ContactChannel,
  sentTo: z.string().check(z.maxLength(320)),
  resendAfter: z.number().check(z.int(), z.gte(0), z.lte(3600)),
});

/** A confirmation code: six digits. */
export const ConfirmationCode = z.string().check(z.regex(/^\d{6}$/));

export type ContactChannel = z.infer<typeof ContactChannel>;
export type ContactCodeRequest = z.infer<typeof ContactCodeRequest>;
export type ContactCodeSent = z.infer<typeof ContactCodeSent>;
