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

/** How long an element waits for its English before it renders in Russian. */
export const ENGLISH_WAIT_MS = 5000;

/** How long a bundle whose English failed rests before a render asks for it again. */
export const ENGLISH_RETRY_MS = 30_000;

/** The English of one bundle: whether it is here, on its way, or failed, and who waits for it. */
interface English {
  load(): Promise<void>;
  arrived: boolean;
  /** The load on its way, and when it set off. */
  loading?: Promise<void>;
  since: number;
  /** When the last load failed; a render does not ask again before {@link ENGLISH_RETRY_MS}. */
  failedAt?: number;
  /** Called once the English is here. */
  readonly waiting: Set<() => void>;
}

const englishOf = new WeakMap<object, English>();
const failed = new Set<English>();
/** Whether the current run of failures has been told on the console. */
let warned = false;
/** Where the bundles read during {@link track} are recorded. */
let reads: Set<MessageBundle<unknown>> | undefined;

/** A bundle with Russian at hand and English loaded on demand. */
export function bundle<M>(strings: { ru: M; en: EnglishLoader<M> }): MessageBundle<M> {
  let english: M | undefined;
  const state: English = {
    load: async () => {
      english = (await strings.en()).en;
    },
    arrived: false,
    since: 0,
    waiting: new Set(),
  };
  const result: MessageBundle<M> = {
    get ru() {
      reads?.add(result);
      return strings.ru;
    },
    get en() {
      reads?.add(result);
      return english ?? strings.ru;
    },
  };
  englishOf.set(result, state);
  return result;
}

/** Runs `read`, adding to `into` every bundle whose strings it reads. */
export function track<T>(into: Set<MessageBundle<unknown>>, read: () => T): T {
  const outer = reads;
  reads = into;
  try {
    return read();
  } finally {
    reads = outer;
  }
}

function englishFor(bundles: Iterable<MessageBundle<unknown>>): English[] {
  return [...bundles].flatMap((b) => englishOf.get(b) ?? []);
}

/** Whether these bundles have their strings in this language. */
export function hasLanguage(lang: Language, bundles: Iterable<MessageBundle<unknown>>): boolean {
  return lang === 'ru' || englishFor(bundles).every((english) => english.arrived);
}

function fetchEnglish(english: English): Promise<void> {
  english.since = Date.now();
  english.loading = english.load().then(
    () => {
      english.arrived = true;
      english.loading = undefined;
      failed.delete(english);
      if (failed.size === 0) warned = false;
      const waiting = [...english.waiting];
      english.waiting.clear();
      for (const callback of waiting) callback();
    },
    () => {
      english.loading = undefined;
      english.failedAt = Date.now();
      failed.add(english);
      // Added once however often it is called.
      addEventListener('online', retryFailed);
      if (!warned) {
        warned = true;
        console.warn('edu-connect: the English strings could not be loaded; showing Russian');
      }
    },
  );
  return english.loading;
}

/** Back online: the English that failed is asked for again. */
function retryFailed(): void {
  removeEventListener('online', retryFailed);
  for (const english of [...failed]) if (!english.loading) void fetchEnglish(english);
}

/**
 * Brings in the English of these bundles and resolves once each has arrived
 * or failed, or once it has been on its way for {@link ENGLISH_WAIT_MS}.
 * Never rejects: a bundle whose English failed shows Russian, with one
 * warning for the integrator, and is asked for again when the browser comes
 * back online, or by a render {@link ENGLISH_RETRY_MS} later.
 */
export function loadLanguage(
  lang: Language,
  bundles: Iterable<MessageBundle<unknown>>,
): Promise<void> {
  if (lang === 'ru') return Promise.resolve();
  const now = Date.now();
  const loads = englishFor(bundles).flatMap((english) => {
    if (english.arrived) return [];
    if (!english.loading) {
      if (english.failedAt !== undefined && now - english.failedAt < ENGLISH_RETRY_MS) return [];
      void fetchEnglish(english);
    }
    const left = english.since + ENGLISH_WAIT_MS - now;
    if (left <= 0) return [];
    return [
      new Promise<void>((resolve) => {
        setTimeout(resolve, left);
        english.loading?.then(resolve);
      }),
    ];
  });
  return Promise.all(loads).then(() => undefined);
}

/**
 * Calls `arrived` once the English of any of these bundles that lacks it has
 * come, whenever that is. Returns a function that stops waiting.
 */
export function whenEnglish(
  bundles: Iterable<MessageBundle<unknown>>,
  arrived: () => void,
): () => void {
  const missing = englishFor(bundles).filter((english) => !english.arrived);
  for (const english of missing) english.waiting.add(arrived);
  return () => missing.forEach((english) => english.waiting.delete(arrived));
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
