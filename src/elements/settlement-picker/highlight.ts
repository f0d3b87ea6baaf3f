import { html, type TemplateResult } from 'lit';

/** Folds what search ignores here, keeping every letter in its place: case, ё against е. */
function fold(text: string): string {
  return text.toLowerCase().replaceAll('ё', 'е');
}

/** Type words typed before a name, which the name itself does not contain. */
const TYPE_WORD = /^(?:с|село|г|город|п|пос|поселок|пгт|аул|х|хутор)$/;

/** The ranges of `name` that the typed words start, at the starts of its words. */
function ranges(name: string, query: string): [number, number][] {
  const haystack = fold(name);
  const words = fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !TYPE_WORD.test(word));
  const found: [number, number][] = [];
  for (const word of words) {
    let at = -1;
    for (let i = haystack.indexOf(word); i >= 0; i = haystack.indexOf(word, i + 1)) {
      const before = haystack[i - 1];
      if (!before || !/[\p{L}\p{N}]/u.test(before)) {
        at = i;
        break;
      }
      if (at < 0) at = i;
    }
    if (at >= 0 && !found.some(([start, end]) => at < end && at + word.length > start)) {
      found.push([at, at + word.length]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/**
 * The name with the parts that match the query wrapped in `<mark>`: the
 * typed words where the name has them, "Ахты" in «с. Ахты», "Н" and
 * "Казанище" in «Н. Казанище». Both are bound as text, so a name from the
 * server can never become markup. A query matched only loosely (a typo, a
 * Latin spelling) marks nothing.
 */
export function highlight(name: string, query: string): TemplateResult | string {
  // A fold that changes the length would put the mark in the wrong place.
  if (!query.trim() || fold(name).length !== name.length) return name;
  const marked = ranges(name, query);
  if (marked.length === 0) return name;

  const parts: (TemplateResult | string)[] = [];
  let from = 0;
  for (const [start, end] of marked) {
    parts.push(name.slice(from, start), html`<mark>${name.slice(start, end)}</mark>`);
    from = end;
  }
  parts.push(name.slice(from));
  return html`${parts}`;
}
