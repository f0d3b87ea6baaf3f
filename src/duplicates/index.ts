/**
 * Finding the registered organizations that an application may duplicate.
 * Pure TypeScript, no DOM: the form shows the same matches the backend refuses.
 */
import type { DuplicateReason, Organization } from '../contract/types.js';
import { digitsOnly } from '../domain/validators.js';
import { namesOf } from './names.js';
import { parseSchoolName, samePlace, type SchoolNameParts } from './school-name.js';

export { parseSchoolName, samePlace } from './school-name.js';
export { schoolSearch } from './search.js';
export type { PlaceMention, SchoolNameParts } from './school-name.js';

/** What is known of the organization being applied for. */
export interface DuplicateCandidate {
  name?: string | undefined;
  inn?: string | undefined;
  ogrn?: string | undefined;
  settlementId?: string | undefined;
}

/** A registered organization that the candidate is likely to be. */
export interface Duplicate<O extends Organization = Organization> {
  /** The registered organization, the very object passed in. */
  organization: O;
  /** How likely it is the same organization, from 0 to 1. */
  score: number;
  /** Why, best reason first: `same-inn`, `same-ogrn`, `same-name`, `similar-name`. */
  reasons: DuplicateReason[];
}

interface NameMatch {
  score: number;
  same: boolean;
}

/** Whether two words are one, or one is the other cut short ("углубл" and "углубленным"). */
const sameWord = (a: string, b: string) =>
  a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));

/** How many words of the shorter list the longer has, as shares of each list. */
function overlap(a: string[], b: string[]): { ofShorter: number; ofLonger: number } {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length === 0) {
    const share = longer.length === 0 ? 1 : 0;
    return { ofShorter: share, ofLonger: share };
  }
  const shared = shorter.filter((word) => longer.some((other) => sameWord(word, other))).length;
  return { ofShorter: shared / shorter.length, ofLonger: shared / longer.length };
}

/** Whether "ТЕПСОШ" stands for "Тверская епархиальная православная СОШ". */
const initialsMatch = (a: SchoolNameParts, b: SchoolNameParts) =>
  (a.initials !== null && b.lead.endsWith(a.initials)) ||
  (b.initials !== null && a.lead.endsWith(b.initials));

const known = <T>(a: T | null, b: T | null): boolean => a !== null && b !== null;

/**
 * How alike two names are, or `null` when they name different schools: a
 * different kind, number, settlement or namesake is never the same school,
 * nor an evening or a cadet school the day school of the same number.
 */
function compareNames(
  candidate: SchoolNameParts,
  registered: SchoolNameParts,
  sameSettlement: boolean,
): NameMatch | null {
  if (known(candidate.kind, registered.kind) && candidate.kind !== registered.kind) return null;
  if (candidate.traits.join() !== registered.traits.join()) return null;
  const numbered = known(candidate.number, registered.number);
  if (numbered && candidate.number !== registered.number) return null;

  const placesKnown = candidate.places.length > 0 && registered.places.length > 0;
  const placeMatches =
    placesKnown &&
    candidate.places.some((place) => registered.places.some((other) => samePlace(place, other)));
  // In one settlement, a place misspelt is still that settlement.
  if (placesKnown && !placeMatches && !sameSettlement) return null;

  const namesakes = known(candidate.namesake, registered.namesake);
  const namesakeMatches = namesakes && candidate.namesake === registered.namesake;
  if (namesakes && !namesakeMatches && !numbered) return null;

  const bothWorded = candidate.words.length > 0 && registered.words.length > 0;
  const noneWorded = candidate.words.length === 0 && registered.words.length === 0;
  const words = overlap(candidate.words, registered.words);
  const wordShare = words.ofShorter;
  const here = placeMatches || sameSettlement;
  const kindMatches = known(candidate.kind, registered.kind);

  // Without a number the name must still point at one school: by its namesake,
  // its own words, or its kind in its settlement.
  const identified =
    numbered ||
    namesakeMatches ||
    initialsMatch(candidate, registered) ||
    // Most words in common, not only «Многопрофильный комплекс» of two districts.
    (bothWorded && words.ofShorter >= 0.75 && words.ofLonger >= 0.5) ||
    (noneWorded && here && (kindMatches || (candidate.kind === null && registered.kind === null)));
  if (!identified) return null;

  const same =
    !(placesKnown && !placeMatches) &&
    candidate.kind === registered.kind &&
    candidate.number === registered.number &&
    !(namesakes && !namesakeMatches) &&
    wordShare === 1;
  if (same) return { score: here ? 0.97 : 0.9, same };

  let score = 0.6;
  if (numbered) score += 0.1;
  else if (candidate.number !== registered.number) score -= 0.1;
  if (kindMatches) score += 0.05;
  if (here) score += 0.05;
  if (namesakeMatches) score += 0.05;
  else if (namesakes) score -= 0.1;
  score += 0.1 * wordShare;
  return { score: Math.min(0.89, score), same };
}

/**
 * The registered organizations that `candidate` is likely to be, best first.
 * The same INN or OGRN is the same organization whatever its name says; a
 * name is compared only within the candidate's settlement, when it is known.
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
    if (inn && organization.inn === inn) reasons.push('same-inn');
    if (ogrn && organization.ogrn === ogrn) reasons.push('same-ogrn');
    let score = reasons.length > 0 ? 1 : 0;

    // A settlement says something only when both sides know it.
    const settlementsKnown = Boolean(candidate.settlementId && organization.settlementId);
    const sameSettlement = settlementsKnown && candidate.settlementId === organization.settlementId;
    if (name && (sameSettlement || !settlementsKnown)) {
      const best = bestMatch(name, organization, sameSettlement);
      if (best) {
        reasons.push(best.same ? 'same-name' : 'similar-name');
        score = Math.max(score, best.score);
      }
    }

    if (reasons.length > 0) matches.push({ organization, score, reasons });
  }
  return matches.sort((a, b) => b.score - a.score);
}

function bestMatch(
  name: SchoolNameParts,
  organization: Organization,
  sameSettlement: boolean,
): NameMatch | null {
  let best: NameMatch | null = null;
  for (const parts of namesOf(organization)) {
    const match = compareNames(name, parts, sameSettlement);
    if (match && (!best || match.score > best.score)) best = match;
  }
  return best;
}
