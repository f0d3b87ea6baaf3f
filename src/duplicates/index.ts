/**
 * Finding the registered organizations that an application may duplicate.
 * Pure TypeScript: the form shows the same matches the backend refuses.
 */
import type { DuplicateReason, Organization } from '../contract/types.js';
import { digitsOnly } from '../domain/validators.js';
import { parseSchoolName, samePlace, type SchoolNameParts } from './school-name.js';

export { parseSchoolName, placeStem } from './school-name.js';

export interface DuplicateCandidate {
  name?: string | undefined;
  inn?: string | undefined;
  ogrn?: string | undefined;
  settlementId?: string | undefined;
}

export interface Duplicate<O extends Organization = Organization> {
  organization: O;
  /** How likely it is the same organization, from 0 to 1. */
  score: number;
  reasons: DuplicateReason[];
}

/** Below this a similar name is a coincidence, not a likely duplicate. */
const THRESHOLD = 0.6;

interface NameMatch {
  score: number;
  same: boolean;
}

function overlap(a: string[], b: string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const shared = a.filter((word) => b.includes(word)).length;
  return shared / Math.max(a.length, b.length);
}

/**
 * How alike two names are, or `null` when they name different schools: a
 * different kind, number or settlement is never the same school.
 */
function compareNames(
  candidate: SchoolNameParts,
  registered: SchoolNameParts,
  sameSettlement: boolean,
): NameMatch | null {
  const known = (a: string | null, b: string | null) => a !== null && b !== null;

  if (known(candidate.kind, registered.kind) && candidate.kind !== registered.kind) return null;
  if (known(candidate.number, registered.number) && candidate.number !== registered.number) {
    return null;
  }
  const placeKnown = known(candidate.place, registered.place);
  const placeMatches = placeKnown && samePlace(candidate.place!, registered.place!);
  if (placeKnown && !placeMatches && !sameSettlement) return null;
  // Without a settlement in common, "СОШ № 1" would match half the region.
  if (!placeMatches && !sameSettlement) return null;
  if (candidate.kind === null && candidate.number === null && candidate.words.length === 0) {
    return null;
  }

  let score = 0.45;
  if (known(candidate.kind, registered.kind)) score += 0.15;
  if (known(candidate.number, registered.number)) score += 0.2;
  else if (candidate.number !== registered.number) score -= 0.05;
  if (placeMatches || sameSettlement) score += 0.1;
  score += 0.1 * overlap(candidate.words, registered.words);
  if (known(candidate.namesake, registered.namesake)) {
    score += candidate.namesake === registered.namesake ? 0.05 : -0.15;
  }

  const same =
    candidate.kind === registered.kind &&
    candidate.number === registered.number &&
    (placeMatches || (sameSettlement && candidate.place === null)) &&
    overlap(candidate.words, registered.words) === 1;
  return { score: Math.min(0.95, score), same };
}

/**
 * The registered organizations that `candidate` is likely to be, best first.
 * The same INN or OGRN is the same organization whatever its name says.
 */
export function findDuplicates<O extends Organization>(
  candidate: DuplicateCandidate,
  registered: readonly O[],
): Duplicate<O>[] {
  const inn = candidate.inn ? digitsOnly(candidate.inn) : '';
  const ogrn = candidate.ogrn ? digitsOnly(candidate.ogrn) : '';
  const name = candidate.name?.trim() ? parseSchoolName(candidate.name) : null;

  const matches: Duplicate<O>[] = [];
  for (const organization of registered) {
    const reasons: DuplicateReason[] = [];
    let score = 0;
    if (inn && organization.inn === inn) reasons.push('same-inn');
    if (ogrn && organization.ogrn === ogrn) reasons.push('same-ogrn');
    if (reasons.length > 0) score = 1;

    if (name) {
      const sameSettlement =
        Boolean(candidate.settlementId) && candidate.settlementId === organization.settlementId;
      const settlementsDiffer = Boolean(candidate.settlementId) && !sameSettlement;
      const best = settlementsDiffer
        ? null
        : namesOf(organization)
            .map((parts) => compareNames(name, parts, sameSettlement))
            .reduce<NameMatch | null>(
              (top, match) => (match && (!top || match.score > top.score) ? match : top),
              null,
            );
      if (best && (best.score >= THRESHOLD || reasons.length > 0)) {
        reasons.push(best.same ? 'same-name' : 'similar-name');
        score = Math.max(score, best.same ? Math.max(best.score, 0.9) : best.score);
      }
    }

    if (reasons.length > 0) matches.push({ organization, score: round(score), reasons });
  }
  return matches.sort((a, b) => b.score - a.score);
}

const round = (score: number) => Math.round(score * 100) / 100;

/** Parsed names of registered organizations; a registry is checked again and again. */
const parsedNames = new WeakMap<Organization, SchoolNameParts[]>();

function namesOf(organization: Organization): SchoolNameParts[] {
  let names = parsedNames.get(organization);
  if (!names) {
    const texts = [organization.fullName, organization.shortName].filter(Boolean) as string[];
    names = texts.map((text) => parseSchoolName(text));
    parsedNames.set(organization, names);
  }
  return names;
}
