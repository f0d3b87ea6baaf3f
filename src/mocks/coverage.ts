/**
 * Coverage as the mock backend counts it, from its own data: the generated
 * registry (each school connected or not), the schools approved in the demo,
 * and the applications sent in the demo, pending (received or in review) or
 * rejected. Approving an application in the demo panel therefore moves every
 * number here.
 *
 * Pure functions over {@link CoverageData}, with no MSW in them: the
 * reference server counts its own tables with them too.
 */
import type { ApplicationInput, Application } from '../contract/types.js';
import type {
  CoverageArea,
  CoverageOrganization,
  CoverageSummary,
  CoverageTimeline,
  CoverageWeek,
} from '../contract/coverage.js';

/** What coverage is counted from: the registry, the applications and the places. */
export interface CoverageData {
  organizations: readonly {
    id: string;
    fullName: string;
    shortName?: string;
    inn?: string;
    settlementId: string;
    municipalityId: string;
    connected: boolean;
  }[];
  applications: readonly {
    application: Application;
    input: ApplicationInput;
    municipalityId: string | null;
  }[];
  municipalities: readonly { id: string; name: string }[];
  settlement(id: string): { name: string; municipality: { id: string; name: string } } | undefined;
  municipality(id: string): { name: string } | undefined;
}

/** Name of the region the mock's settlements belong to. */
export const REGION_NAME = 'Республика Дагестан';

/** The generated schools connected between these two days, most of them lately. */
const ROLLOUT_START = Date.UTC(2026, 8, 1);
const SEEDED_UNTIL = Date.UTC(2026, 10, 27);
const DAY = 86_400_000;
const WEEK = 7 * DAY;

/** A number in [0, 1) that an id always gives (FNV-1a). */
function hashUnit(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) / 4294967296;
}

/** When a generated school connected: a day of the rollout, more of them towards its end. */
function seededConnection(id: string): string {
  const share = Math.sqrt(hashUnit(id));
  const day = Math.floor((ROLLOUT_START + share * (SEEDED_UNTIL - ROLLOUT_START)) / DAY) * DAY;
  return new Date(day + 9 * 3_600_000).toISOString();
}

/**
 * Every organization the region knows, each with its one status: the
 * registry's schools, and the applicants that are not in it yet. An
 * applicant's latest application decides its status.
 */
export function coverageRecords(
  db: CoverageData,
  municipalityId: string | null,
): CoverageOrganization[] {
  const inScope = (id: string | undefined) => municipalityId === null || id === municipalityId;
  const applications = db.applications.filter((a) => a.input.kind === 'organization');
  const approvedAt = new Map(
    applications
      .filter((a) => a.application.status === 'approved')
      .map((a) => [a.input.inn, a.application.updatedAt]),
  );
  const place = (settlementId: string) => {
    const settlement = db.settlement(settlementId);
    return {
      settlementId,
      ...(settlement
        ? {
            settlementName: settlement.name,
            municipalityId: settlement.municipality.id,
            municipalityName: settlement.municipality.name,
          }
        : {}),
    };
  };

  const records: CoverageOrganization[] = [];
  const registered = new Set<string>();
  for (const organization of db.organizations) {
    if (organization.inn) registered.add(organization.inn);
    if (!inScope(organization.municipalityId)) continue;
    const changedAt = organization.connected
      ? (approvedAt.get(organization.inn ?? '') ?? seededConnection(organization.id))
      : null;
    records.push({
      id: organization.id,
      fullName: organization.fullName,
      ...(organization.shortName ? { shortName: organization.shortName } : {}),
      ...(organization.inn ? { inn: organization.inn } : {}),
      ...place(organization.settlementId),
      status: organization.connected ? 'connected' : 'none',
      changedAt,
    });
  }

  const latest = new Map<string, (typeof applications)[number]>();
  for (const stored of applications) {
    if (!registered.has(stored.input.inn)) latest.set(stored.input.inn, stored);
  }
  for (const { application, input, municipalityId: applicantMunicipality } of latest.values()) {
    if (!inScope(applicantMunicipality ?? undefined)) continue;
    if (application.status === 'approved') continue;
    records.push({
      id: `applicant-${input.inn}`,
      fullName: input.fullName,
      ...(input.shortName ? { shortName: input.shortName } : {}),
      inn: input.inn,
      ...place(input.settlementId ?? ''),
      // Received or in review, the application is with the moderator either way.
      status: application.status === 'review' ? 'pending' : application.status,
      changedAt: application.updatedAt,
      application: application.number,
    });
  }
  return records;
}

type Counts = Omit<CoverageArea, 'id' | 'name'>;

function countOf(records: readonly CoverageOrganization[]): Counts {
  const counts: Counts = { known: 0, connected: 0, pending: 0, rejected: 0, notConnected: 0 };
  for (const record of records) {
    counts.known += 1;
    if (record.status === 'none') counts.notConnected += 1;
    else counts[record.status] += 1;
  }
  return counts;
}

/**
 * The numbers of a municipality (broken down by its settlements) or of the
 * whole region (broken down by municipality).
 */
export function coverageSummary(db: CoverageData, municipalityId: string | null): CoverageSummary {
  const records = coverageRecords(db, municipalityId);
  const areas: CoverageArea[] = [];
  if (municipalityId === null) {
    for (const municipality of db.municipalities) {
      const own = records.filter((r) => r.municipalityId === municipality.id);
      areas.push({ id: municipality.id, name: municipality.name, ...countOf(own) });
    }
  } else {
    const bySettlement = new Map<string, CoverageOrganization[]>();
    for (const record of records) {
      const key = record.settlementId ?? '';
      bySettlement.set(key, [...(bySettlement.get(key) ?? []), record]);
    }
    for (const [settlementId, own] of bySettlement) {
      const name = db.settlement(settlementId)?.name ?? '—';
      areas.push({ id: settlementId || 'unknown', name, ...countOf(own) });
    }
  }
  areas.sort((a, b) => a.name.localeCompare(b.name, 'ru'));

  return {
    municipalityId,
    name: municipalityId === null ? REGION_NAME : db.municipality(municipalityId)?.name,
    ...countOf(records),
    breakdown: municipalityId === null ? 'municipality' : 'settlement',
    areas,
    updatedAt: new Date().toISOString(),
  };
}

/** Monday 00:00 UTC of the week of `time`. */
const mondayOf = (time: number) => {
  const day = Math.floor(time / DAY) * DAY;
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  return day - weekday * DAY;
};

/** Connections per week, from the week of the first to the current week. */
export function coverageTimeline(
  db: CoverageData,
  municipalityId: string | null,
): CoverageTimeline {
  const times = coverageRecords(db, municipalityId)
    .filter((record) => record.status === 'connected' && record.changedAt)
    .map((record) => Date.parse(record.changedAt!))
    .filter(Number.isFinite);
  if (times.length === 0) return { municipalityId, weeks: [] };

  const first = mondayOf(Math.min(...times));
  const last = mondayOf(Math.max(Date.now(), ...times));
  const perWeek = new Map<number, number>();
  for (const time of times) perWeek.set(mondayOf(time), (perWeek.get(mondayOf(time)) ?? 0) + 1);

  const weeks: CoverageWeek[] = [];
  let total = 0;
  for (let week = first; week <= last; week += WEEK) {
    const connected = perWeek.get(week) ?? 0;
    total += connected;
    weeks.push({ week: new Date(week).toISOString().slice(0, 10), connected, total });
  }
  return { municipalityId, weeks: weeks.slice(-520) };
}
