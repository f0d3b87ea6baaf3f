/**
 * A small checker of JSON answers against the contract, for the browser.
 *
 * The zod schemas in `schemas.ts` stay the single source of truth; the
 * shapes the client checks with (`shapes.ts`) are written from them by
 * `npm run contract:shapes`, and a test holds both to the same verdicts. A
 * page that only shows a settlement picker need not download a schema
 * library for that.
 */

/**
 * One node of a shape, as written by the generator:
 * - `['s', min, max, pattern?, flags?]` a string (`null` for no bound);
 * - `['n', min, max, integer]` a finite number;
 * - `['b']` a boolean, `['0']` null, `['*']` anything;
 * - `['c', value]` one constant, `['e', values]` one of several strings;
 * - `['a', item, min, max]` an array;
 * - `['o', properties, required]` an object; unknown keys are dropped, as zod does;
 * - `['r', value]` an object with any keys;
 * - `['u', options]` the first option that fits.
 */
export type ShapeNode =
  | readonly ['s', number | null, number | null, string?, string?]
  | readonly ['n', number | null, number | null, 0 | 1]
  | readonly ['b']
  | readonly ['0']
  | readonly ['*']
  | readonly ['c', string | number | boolean]
  | readonly ['e', readonly string[]]
  | readonly ['a', ShapeNode, number | null, number | null]
  | readonly ['o', { readonly [key: string]: ShapeNode }, readonly string[]]
  | readonly ['r', ShapeNode]
  | readonly ['u', readonly ShapeNode[]];

/** A shape whose conforming values are of type `T`. */
export type Shape<T> = ShapeNode & { readonly __value?: T };

/** Where a value first breaks its shape: the path of keys and indexes. */
export type ShapeResult<T> = { ok: true; value: T } | { ok: false; path: (string | number)[] };

const patterns = new Map<string, RegExp>();

function pattern(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  let compiled = patterns.get(key);
  if (!compiled) patterns.set(key, (compiled = new RegExp(source, flags)));
  return compiled;
}

const within = (size: number, min: number | null, max: number | null) =>
  (min === null || size >= min) && (max === null || size <= max);

class Mismatch {
  constructor(readonly path: (string | number)[]) {}
}

function read(node: ShapeNode, value: unknown, path: (string | number)[]): unknown {
  const fail = (): never => {
    throw new Mismatch(path);
  };
  switch (node[0]) {
    case 's':
      if (typeof value !== 'string' || !within(value.length, node[1], node[2])) fail();
      if (node[3] !== undefined && !pattern(node[3], node[4]).test(value as string)) fail();
      return value;
    case 'n':
      if (typeof value !== 'number' || !Number.isFinite(value)) fail();
      if (!within(value as number, node[1], node[2])) fail();
      if (node[3] && !Number.isSafeInteger(value)) fail();
      return value;
    case 'b':
      return typeof value === 'boolean' ? value : fail();
    case '0':
      return value === null ? value : fail();
    case '*':
      return value;
    case 'c':
      return value === node[1] ? value : fail();
    case 'e':
      return node[1].includes(value as string) ? value : fail();
    case 'a':
      if (!Array.isArray(value) || !within(value.length, node[2], node[3])) fail();
      return Array.from(value as unknown[], (item, index) => read(node[1], item, [...path, index]));
    case 'o':
    case 'r': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) fail();
      const record = value as Record<string, unknown>;
      if (node[0] === 'r') {
        return Object.fromEntries(
          Object.entries(record).map(([key, item]) => [key, read(node[1], item, [...path, key])]),
        );
      }
      const result: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(node[1])) {
        if (record[key] === undefined) {
          if (node[2].includes(key)) read(property, undefined, [...path, key]);
          continue;
        }
        result[key] = read(property, record[key], [...path, key]);
      }
      return result;
    }
    case 'u':
      for (const option of node[1]) {
        try {
          return read(option, value, path);
        } catch (error) {
          if (!(error instanceof Mismatch)) throw error;
        }
      }
      return fail();
  }
}

/** Checks a value against a shape; on success, a copy without unknown keys. */
export function conform<T>(shape: Shape<T>, value: unknown): ShapeResult<T> {
  try {
    return { ok: true, value: read(shape, value, []) as T };
  } catch (error) {
    if (error instanceof Mismatch) return { ok: false, path: error.path };
    throw error;
  }
}

/** The values of a shape of one of several strings, such as the reasons of a report. */
export function optionsOf<T extends string>(shape: Shape<T>): readonly T[] {
  if (shape[0] !== 'e') throw new TypeError('not a shape of one of several strings');
  return shape[1] as readonly T[];
}
