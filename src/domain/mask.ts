/**
 * An e-mail address shown so that its owner recognises it and a passer-by
 * cannot copy it: on a status page, in the answer of a resent letter.
 */

/** `zarema@школа.рф` as `z•••a@школа.рф`: enough to recognise, not enough to copy. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '•••';
  const local = [...email.slice(0, at)];
  const shown = local.length > 2 ? `${local[0]}•••${local.at(-1)}` : `${local[0]}•••`;
  return `${shown}${email.slice(at)}`;
}
