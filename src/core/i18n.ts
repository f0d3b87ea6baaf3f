/**
 * Localization. Every element keeps its strings in a `messages.ts` beside it,
 * Russian first, and its English in `messages.en.ts`, which a page downloads
 * only when an element is shown in English. Integrators switch the language
 * with the `lang` attribute (of the element, or else of the page) and may
 * override any string through the element's `messages` property.
 */

export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Strings of one element in every supported language. English reads as
 * Russian until {@link loadLanguage} has brought it in.
 */
export type MessageBundle<M> = { readonly ru: M; readonly en: M };

/** Where a bundle's English comes from: its `messages.en.ts`. */
export type EnglishLoader<M> = () => Promise<{ en: M }>;

/** English loaders of the bundles whose English has not arrived yet. */
const pending = new Set<() => Promise<void>>();
let loading: Promise<void> | undefined;
let warned = false;

/** A bundle with Russian at hand and English loaded on demand. */
export function bundle<M>(strings: { ru: M; en: EnglishLoader<M> }): MessageBundle<M> {
  let english: M | undefined;
  const load = async () => {
    english = (await strings.en()).en;
  };
  pending.add(load);
  return {
    ru: strings.ru,
    get en() {
      return english ?? strings.ru;
    },
  };
}

/** Whether every bundle loaded so far has its strings in this language. */
export function hasLanguage(lang: Language): boolean {
  return lang === 'ru' || pending.size === 0;
}

/**
 * Brings in the strings of a language for every bundle loaded so far. A
 * failure (the file is not hosted beside the bundle) leaves Russian, with
 * one warning for the integrator.
 */
export function loadLanguage(lang: Language): Promise<void> {
  if (hasLanguage(lang)) return Promise.resolve();
  loading ??= (async () => {
    const loads = [...pending];
    const results = await Promise.allSettled(loads.map((load) => load()));
    loads.forEach((load, index) => {
      if (results[index]?.status === 'fulfilled') pending.delete(load);
    });
    if (results.some(({ status }) => status === 'rejected') && !warned) {
      warned = true;
      console.warn('edu-connect: the English strings could not be loaded; showing Russian');
      pending.clear();
    }
    loading = undefined;
  })();
  return loading;
}

export function resolveLanguage(value: string | null | undefined): Language {
  const base = (value ?? '').toLowerCase().split('-')[0];
  return (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : 'ru';
}

/** The language of an element: its own `lang`, else the nearest ancestor's, else the page's. */
export function languageOf(element: Element): Language {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return resolveLanguage(lang);
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return resolveLanguage(document.documentElement.lang);
}

export function pick<M>(bundle: MessageBundle<M>, lang: Language, overrides?: Partial<M>): M {
  return overrides ? { ...bundle[lang], ...overrides } : bundle[lang];
}

const russianPlurals = new Intl.PluralRules('ru');

/** Russian plural form, by `Intl.PluralRules`: 1 школа, 2 школы, 5 школ. */
export function pluralRu(count: number, one: string, few: string, many: string): string {
  const form = russianPlurals.select(count);
  return form === 'one' ? one : form === 'few' ? few : many;
}

const englishPlurals = new Intl.PluralRules('en');

/** English plural form, by `Intl.PluralRules`: 1 school, 2 schools. */
export function pluralEn(count: number, one: string, other: string): string {
  return englishPlurals.select(count) === 'one' ? one : other;
}
