/*
 * dist/edu-connect.js, the file a host page includes with
 * `<script src=".../edu-connect.js" defer>` (or `type="module"`). It is a
 * classic script of plain ASCII, so that a page in windows-1251 reads it
 * right, and it only imports the bundle's ES modules from the folder beside
 * it, dist/edu-connect/; modules are always read as UTF-8. Loading it twice
 * imports the same module once.
 */

/**
 * The loader's own address: the current script, else the page's script named
 * so. A module script has no `document.currentScript`, so loaded with
 * `type="module"` the file must keep the name `edu-connect.js`.
 */
const loaderUrl =
  (document.currentScript as HTMLScriptElement | null)?.src ||
  [...document.scripts]
    .map((script) => script.src)
    .find((src) => /edu-connect\.js([?#]|$)/.test(src)) ||
  document.baseURI;

const entry = new URL('edu-connect/index.js', loaderUrl).href;

import(/* @vite-ignore */ entry).catch((error: unknown) => {
  console.error(
    `edu-connect: ${entry} did not load. Host the edu-connect folder beside edu-connect.js; ` +
      'a folder on another origin must send CORS headers (Access-Control-Allow-Origin), and ' +
      "a sandboxed iframe needs allow-same-origin (its origin is 'null')",
    error,
  );
});
