/**
 * A likely typo in the domain of an e-mail address: «mail.ry», «yandx.ru»,
 * «gmial.com». The address may still be right (a school's own domain can
 * be anything), so this is a question to the person, never an error.
 */

/** Mail services most addresses of Russian schools are at. */
const COMMON_DOMAINS = [
  'mail.ru',
  'bk.ru',
  'inbox.ru',
  'list.ru',
  'internet.ru',
  'yandex.ru',
  'ya.ru',
  'rambler.ru',
  'gmail.com',
  'outlook.com',
  'icloud.com',
  'e-dag.ru',
];

/** Whether `a` becomes `b` by one typo: a letter changed, added, dropped, or two swapped. */
function oneTypoApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }
  const middleA = a.slice(start, endA + 1);
  const middleB = b.slice(start, endB + 1);
  if (middleA.length <= 1 && middleB.length <= 1) return true;
  return middleA.length === 2 && middleB === `${middleA[1]}${middleA[0]}`;
}

/**
 * The address with the common domain it was probably meant for, or `null`
 * when its domain is a common one or like none of them.
 */
export function suggestEmail(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 1) return null;
  const domain = address.slice(at + 1).toLowerCase();
  // Short domains are one typo from too many others to guess which was meant.
  if (domain.length < 6 || COMMON_DOMAINS.includes(domain)) return null;
  const meant = COMMON_DOMAINS.find((common) => oneTypoApart(domain, common));
  return meant ? `${address.slice(0, at)}@${meant}` : null;
}
