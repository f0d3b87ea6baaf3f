/**
 * A backend with very long lists: hundreds of schools in one settlement and
 * of authorities in one municipality, served page by page, for trying a
 * widget with more than it can show at once. Put before the ordinary handlers.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { Authority, Organization } from '../contract/types.js';

/** One page of `items` under the contract's `limit` and `cursor` (an offset). */
function page<T extends { fullName: string }>(items: T[], url: URL) {
  const query = (url.searchParams.get('query') ?? '').trim().toLowerCase();
  const found = query ? items.filter((item) => item.fullName.toLowerCase().includes(query)) : items;
  const limit = Math.min(Number(url.searchParams.get('limit') ?? 20) || 20, 100);
  const offset = Number(url.searchParams.get('cursor') ?? 0) || 0;
  const end = offset + limit;
  return {
    items: found.slice(offset, end),
    nextCursor: end < found.length ? String(end) : null,
    total: found.length,
  };
}

const schoolName = (number: number) =>
  `Муниципальное казённое общеобразовательное учреждение «Средняя общеобразовательная школа № ${number}»`;

/** Lists of `count` generated records (500 by default), marked as samples. */
export function hugeListHandlers(baseUrl = '/api', count = 500): HttpHandler[] {
  const root = baseUrl.replace(/\/+$/, '');
  const numbers = Array.from({ length: count }, (_, index) => index + 1);
  return [
    http.get(`${root}/settlements/:id/organizations`, ({ params, request }) => {
      const settlementId = String(params['id']);
      const schools: Organization[] = numbers.map((number) => ({
        id: `huge-${settlementId}-${number}`,
        fullName: schoolName(number),
        shortName: `МКОУ СОШ № ${number}`,
        settlementId,
        generated: true,
      }));
      return HttpResponse.json(page(schools, new URL(request.url)));
    }),
    http.get(`${root}/municipalities/:id/authorities`, ({ params, request }) => {
      const municipalityId = String(params['id']);
      const authorities: Authority[] = numbers.map((number) => ({
        id: `huge-${municipalityId}-${number}`,
        fullName: `Управление образования № ${number}`,
        municipalityId,
        generated: true,
      }));
      return HttpResponse.json(page(authorities, new URL(request.url)));
    }),
  ];
}
