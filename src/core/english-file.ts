/**
 * English of the script-tag bundle. An IIFE has no chunks, so the bundle
 * carries Russian only and fetches `edu-connect.en.js`, built beside it, the
 * first time an element is shown in English. Only the bundle build uses this
 * module: it stands in for each `messages.ts`'s `import('./messages.en.js')`.
 */

type EnglishFile = { english: Record<string, { en: unknown }> };

/** The bundle's own address, read while it runs: the English file sits beside it. */
const bundleUrl =
  (document.currentScript as HTMLScriptElement | null)?.src ||
  [...document.scripts].map((script) => script.src).find((src) => /edu-connect\.js$/.test(src)) ||
  document.baseURI;

let file: Promise<EnglishFile> | undefined;

/** The English module of one `messages.ts`, by its path under src (`elements/x/messages.en`). */
export function loadEnglish<M>(key: string): Promise<{ en: M }> {
  file ??= import(/* @vite-ignore */ new URL('edu-connect.en.js', bundleUrl).href);
  return file.then(({ english }) => {
    const module = english[key];
    if (!module) throw new Error(`edu-connect.en.js has no ${key}`);
    return module as { en: M };
  });
}
