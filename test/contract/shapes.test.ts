import { expect } from '@open-wc/testing';
import type * as z from 'zod/mini';
import * as S from '../../src/contract/schemas.js';
import { conform, type ShapeNode } from '../../src/contract/shape.js';
import { shapeOf } from '../../src/contract/shape-of.js';
import * as shapes from '../../src/contract/shapes.js';

type Path = (string | number)[];

/** Strings that fit the contract's patterns: INN, OGRN, KPP, web addresses, dates. */
const SAMPLE_TEXTS = [
  'Ахты',
  '0504000017',
  '1020504000010',
  '050401001',
  'https://edu.example.ru/o/1',
  'HTTPS://EDU.EXAMPLE.RU/',
  '2026-09-01T08:00:00Z',
];

/** One value that fits the shape. */
function sample(node: ShapeNode): unknown {
  switch (node[0]) {
    case 's': {
      const [, min, max, source, flags] = node;
      const fits = (text: string) =>
        text.length >= (min ?? 0) &&
        text.length <= (max ?? Infinity) &&
        (source === undefined || new RegExp(source, flags).test(text));
      return SAMPLE_TEXTS.find(fits) ?? 'x'.repeat(min ?? 1);
    }
    case 'n':
      return node[1] ?? 0;
    case 'b':
      return true;
    case '0':
      return null;
    case '*':
      return { any: ['thing'] };
    case 'c':
      return node[1];
    case 'e':
      return node[1][0];
    case 'a':
      return Array.from({ length: Math.max(node[2] ?? 0, 2) }, () => sample(node[1]));
    case 'o':
      return Object.fromEntries(Object.entries(node[1]).map(([key, item]) => [key, sample(item)]));
    case 'r':
      return { first: sample(node[1]) };
    case 'u':
      return sample(node[1][0] as ShapeNode);
  }
}

/** Every path into a value, the value's own included. */
function paths(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [path];
  const entries = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return [path, ...entries.flatMap(([key, item]) => paths(item, [...path, key]))];
}

/** A copy of the value with the part at `path` replaced (or removed, for `undefined`). */
function replaced(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const [key, ...rest] = path as [string | number, ...Path];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  if (rest.length === 0 && next === undefined) delete copy[key];
  else copy[key] = replaced(copy[key], rest, next);
  return copy;
}

/** Wrong and borderline values a hostile or broken server may send in any place. */
const MUTATIONS = [
  undefined,
  null,
  0,
  -1,
  1.5,
  2,
  9007199254740992,
  '',
  'x',
  'x'.repeat(101),
  'x'.repeat(2001),
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'http://school.example.ru/profile',
  '12345',
  'pending',
  'done',
  true,
  false,
  [],
  ['x'],
  {},
  { unknown: 1 },
];

const names = Object.keys(shapes) as (keyof typeof shapes)[];

describe('the shapes the client checks answers with', () => {
  it('cover the answers of the contract', () => {
    expect(names).to.include.members(['SettlementPage', 'Application', 'Session', 'Problem']);
  });

  for (const name of names) {
    describe(name, () => {
      const schema = S[name] as z.ZodMiniType;
      const shape = shapes[name] as ShapeNode;

      it('are written from the current schema (else run npm run contract:shapes)', () => {
        expect(shape).to.deep.equal(shapeOf(schema));
      });

      it('accept and reject exactly what the schema does, and keep what it keeps', () => {
        const valid = sample(shape);
        const withExtra =
          typeof valid === 'object' && valid !== null && !Array.isArray(valid)
            ? { ...valid, injected: '<b>x</b>' }
            : valid;
        const cases = [valid, withExtra];
        for (const path of paths(valid)) {
          for (const mutation of MUTATIONS) cases.push(replaced(valid, path, mutation));
        }

        for (const value of cases) {
          const ours = conform(shape, value);
          const zods = schema.safeParse(value);
          const label = `${name} ${JSON.stringify(value)?.slice(0, 300)}`;
          expect(ours.ok, label).to.equal(zods.success);
          if (ours.ok && zods.success) expect(ours.value, label).to.deep.equal(zods.data);
        }
      });
    });
  }

  it('name where an answer first breaks its shape', () => {
    const answer = {
      items: [{ id: '1', name: 'Ахты', municipality: { id: '2' } }],
      nextCursor: null,
    };
    expect(conform(shapes.SettlementPage, answer)).to.deep.equal({
      ok: false,
      path: ['items', 0, 'municipality', 'name'],
    });
  });
});
