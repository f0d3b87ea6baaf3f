/**
 * Searching a settlement's organizations by name with the matcher's reading
 * of names: "сош 1 с. Ахты" finds «Ахтынская СОШ № 1», "сош 2" does not find
 * «СОШ № 21», and a word typed in part ("ахтын", "гимн") still finds its school.
 */
import type { Organization } from '../contract/types.js';
import { fold } from '../search/normalize.js';
import { namesOf } from './names.js';
import { parseSchoolName, samePlace, type SchoolNameParts } from './school-name.js';

/** Folded words of an organization's names, for matching words typed in part. */
const foldedWords = new WeakMap<Organization, string[]>();

function wordsOf(organization: Organization): string[] {
  let words = foldedWords.get(organization);
  if (!words) {
    words = fold(`${organization.fullName} ${organization.shortName ?? ''}`).split(' ');
    foldedWords.set(organization, words);
  }
  return words;
}

function fits(wanted: SchoolNameParts, parts: SchoolNameParts, words: string[]): boolean {
  const typedInPart = (stem: string) => words.some((word) => word.startsWith(stem));
  return (
    (wanted.kind === null || parts.kind === wanted.kind) &&
    (wanted.number === null || parts.number === wanted.number) &&
    wanted.traits.every((trait) => parts.traits.includes(trait)) &&
    wanted.places.every(
      (place) => parts.places.some((other) => samePlace(place, other)) || typedInPart(place.stem),
    ) &&
    (wanted.namesake === null || typedInPart(wanted.namesake)) &&
    wanted.words.every(typedInPart)
  );
}

/**
 * A test of whether an organization answers a search by name. Every part of
 * the query must be in one of its names: the kind and number exactly, the
 * settlement as a noun or an adjective, any other word as the start of one.
 */
export function schoolSearch(query: string): (organization: Organization) => boolean {
  if (!fold(query)) return () => true;
  const wanted = parseSchoolName(query);
  return (organization) => {
    const words = wordsOf(organization);
    return namesOf(organization).some((parts) => fits(wanted, parts, words));
  };
}
