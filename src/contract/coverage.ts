/**
 * The coverage resources of the contract: how far the connection of a
 * municipality's or the whole region's organizations (ОО) has got.
 *
 * Every known organization is in exactly one status, so that
 * `known = connected + pending + rejected + notConnected`:
 * - `connected`: it works in the network;
 * - `pending`: its application is with the moderator;
 * - `rejected`: its last application was rejected;
 * - `none` (counted as `notConnected`): not connected and no application.
 */
import * as z from 'zod/mini';

const count = z.number().check(z.int(), z.nonnegative());
const id = z.string().check(z.minLength(1), z.maxLength(100));
const text = (max: number) => z.string().check(z.maxLength(max));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const isoDateTime = z.string().check(z.minLength(10), z.maxLength(40));

export const CoverageStatus = z.enum(['connected', 'pending', 'rejected', 'none']);

/** The four numbers of one area, and their sum. */
const counts = {
  known: count,
  connected: count,
  pending: count,
  rejected: count,
  notConnected: count,
};

/** One bar of the breakdown: a municipality of the region, or a settlement of a municipality. */
export const CoverageArea = z.object({ id, name: text(300), ...counts });

/**
 * `GET /coverage?municipalityId=`: the numbers of a municipality, or of the
 * whole region without `municipalityId`, with the breakdown by area.
 */
export const CoverageSummary = z.object({
  /** `null` for the whole region. */
  municipalityId: z.nullable(id),
  /** Name of the municipality, or of the region. */
  name: z.optional(text(300)),
  ...counts,
  /** `municipality` for the region's breakdown, `settlement` for a municipality's. */
  breakdown: z.optional(z.enum(['municipality', 'settlement'])),
  areas: z.optional(z.array(CoverageArea).check(z.maxLength(5000))),
  /** When the numbers were counted. */
  updatedAt: z.optional(isoDateTime),
});

/** One week of the time line: connections made that week, and all connected at its end. */
export const CoverageWeek = z.object({
  /** Monday of the week. */
  week: isoDate,
  connected: count,
  total: count,
});

/** `GET /coverage/timeline?municipalityId=`: connections per week, oldest first. */
export const CoverageTimeline = z.object({
  municipalityId: z.nullable(id),
  weeks: z.array(CoverageWeek).check(z.maxLength(520)),
});

/** An organization of the list behind the numbers, with its status and when it changed. */
export const CoverageOrganization = z.object({
  id,
  fullName: text(1000),
  shortName: z.optional(text(300)),
  inn: z.optional(z.string().check(z.regex(/^\d{10}$/))),
  settlementId: z.optional(id),
  settlementName: z.optional(text(200)),
  municipalityId: z.optional(id),
  municipalityName: z.optional(text(300)),
  status: CoverageStatus,
  /** When it connected, applied or was rejected; `null` when nothing has happened yet. */
  changedAt: z.nullable(isoDateTime),
  /** Number of the application behind `pending` or `rejected`. */
  application: z.optional(text(50)),
});

/**
 * `GET /coverage/organizations?municipalityId=&status=&query=&limit=&cursor=`:
 * the list behind the numbers. `status` is a comma-separated list; `query` matches names as
 * the list of a settlement's organizations does (and INN digits).
 */
export const CoverageOrganizationPage = z.object({
  items: z.array(CoverageOrganization),
  nextCursor: z.nullable(z.string()),
  total: z.optional(count),
});

export type CoverageStatus = z.infer<typeof CoverageStatus>;
export type CoverageArea = z.infer<typeof CoverageArea>;
export type CoverageSummary = z.infer<typeof CoverageSummary>;
export type CoverageWeek = z.infer<typeof CoverageWeek>;
export type CoverageTimeline = z.infer<typeof CoverageTimeline>;
export type CoverageOrganization = z.infer<typeof CoverageOrganization>;
export type CoverageOrganizationPage = z.infer<typeof CoverageOrganizationPage>;

/** Query of the list behind the numbers. */
export interface CoverageListQuery {
  status?: readonly CoverageStatus[];
  query?: string;
  limit?: number;
  cursor?: string;
}
