/**
 * Handlers that put a widget in one state, for Storybook stories and tests.
 * Put them before the ordinary handlers (or `worker.use` them): each takes
 * every request under `baseUrl`.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { problem } from './problems.js';

/** A string that must show as text wherever a widget puts it. */
export const HOSTILE_TEXT = '<img src=x onerror=alert(1)>';

const under = (baseUrl: string) => `${baseUrl.replace(/\/+$/, '')}/*`;

const emptyPage = { items: [], nextCursor: null, total: 0 };

export const scenarioHandlers = {
  /** Every request answers 500 with a problem. */
  failing(baseUrl = '/api'): HttpHandler[] {
    return [
      http.all(under(baseUrl), () =>
        problem(500, 'server-error', 'Сервер не смог обработать запрос. Попробуйте позже.'),
      ),
    ];
  },

  /**
   * Every request waits `delayMs` (8 s by default; `Infinity` never answers),
   * then goes on to the handlers after this one.
   */
  slow(baseUrl = '/api', delayMs = 8000): HttpHandler[] {
    return [
      http.all(under(baseUrl), async () => {
        await delay(Number.isFinite(delayMs) ? delayMs : 'infinite');
        return undefined;
      }),
    ];
  },

  /** Lists and searches find nothing; other requests go on to the next handlers. */
  empty(baseUrl = '/api'): HttpHandler[] {
    const root = baseUrl.replace(/\/+$/, '');
    return [
      http.get(`${root}/settlements`, () => HttpResponse.json(emptyPage)),
      http.get(`${root}/municipalities`, () => HttpResponse.json(emptyPage)),
      http.get(`${root}/settlements/:id/organizations`, () => HttpResponse.json(emptyPage)),
      http.get(`${root}/municipalities/:id/authorities`, () => HttpResponse.json(emptyPage)),
      http.post(`${root}/duplicates`, () => HttpResponse.json({ matches: [] })),
    ];
  },

  /**
   * Lists answer in the contract's shape, but every name is markup: a widget
   * must show it as text. Other requests go on to the next handlers.
   */
  hostile(baseUrl = '/api'): HttpHandler[] {
    const root = baseUrl.replace(/\/+$/, '');
    const municipality = { id: 'hostile-m', name: `${HOSTILE_TEXT} район` };
    const settlement = { id: 'hostile-s', name: HOSTILE_TEXT, municipality };
    const organization = {
      id: 'hostile-o',
      fullName: `МКОУ "${HOSTILE_TEXT}"`,
      shortName: HOSTILE_TEXT,
      address: HOSTILE_TEXT,
      settlementId: settlement.id,
      generated: true,
    };
    const authority = { ...organization, id: 'hostile-a', municipalityId: municipality.id };
    const page = (item: object) => ({ items: [item], nextCursor: null, total: 1 });
    return [
      http.get(`${root}/settlements`, () => HttpResponse.json(page(settlement))),
      http.get(`${root}/municipalities`, () => HttpResponse.json(page(municipality))),
      http.get(`${root}/settlements/:id/organizations`, () =>
        HttpResponse.json(page(organization)),
      ),
      http.get(`${root}/municipalities/:id/authorities`, () => HttpResponse.json(page(authority))),
      http.post(`${root}/duplicates`, () =>
        HttpResponse.json({ matches: [{ organization, score: 0.9, reasons: ['same-name'] }] }),
      ),
    ];
  },

  /** Every request answers 200 with a body that breaks the contract. */
  malformed(baseUrl = '/api'): HttpHandler[] {
    return [
      http.all(under(baseUrl), () =>
        HttpResponse.json({
          items: [{ id: 42, name: HOSTILE_TEXT, fullName: null }],
          nextCursor: 7,
          matches: HOSTILE_TEXT,
          token: null,
          steps: HOSTILE_TEXT,
          number: { html: HOSTILE_TEXT },
        }),
      ),
    ];
  },
};
