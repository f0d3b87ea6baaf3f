/**
 * Localization. Every element keeps its strings in a `messages.ts` beside it,
 * Russian first; integrators switch the language with the `lang` attribute
 * and may override any string through the element's `messages` property.
 */

export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Strings of one element in every supported language. */
export type MessageBundle<M> = { ru: M; en: M };

export function resolveLanguage(value: string | null | undefined): Language {
  const base = (value ?? '').toLowerCase().split('-')[0];
  return (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : 'ru';
}

export function pick<M>(bundle: MessageBundle<M>, lang: Language, overrides?: Partial<M>): M {
  return overrides ? { ...bundle[lang], ...overrides } : bundle[lang];
}

/** Russian plural form: 1 школа, 2 школы, 5 школ. */
export function pluralRu(count: number, one: string, few: string, many: string): string {
  const mod10 = count % 10;
  const mod100 = count % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}
