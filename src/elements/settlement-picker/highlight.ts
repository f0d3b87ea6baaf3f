import { html, type TemplateResult } from 'lit';

/** Folds what search ignores here: letter case, and ё against е. */
function fold(text: string): string {
  return text.toLowerCase().replaceAll('ё', 'е');
}

/**
 * The name with the part that matches the query wrapped in `<mark>`. Both
 * are bound as text, so a name from the server can never become markup.
 */
export function highlight(name: string, query: string): TemplateResult | string {
  const needle = fold(query.trim());
  const haystack = fold(name);

  // A fold that changes the length would put the mark in the wrong place.
  if (!needle || haystack.length !== name.length) return name;

  const at = haystack.indexOf(needle);
  if (at < 0) return name;

  const end = at + needle.length;
  return html`${name.slice(0, at)}<mark>${name.slice(at, end)}</mark>${name.slice(end)}`;
}
