import type { Organization } from '../contract/types.js';
import { parseSchoolName, type SchoolNameParts } from './school-name.js';

/** Parsed names of registered organizations; a registry is checked again and again. */
const parsedNames = new WeakMap<Organization, SchoolNameParts[]>();

/** The parts of an organization's full and short names, read once per object. */
export function namesOf(organization: Organization): SchoolNameParts[] {
  let names = parsedNames.get(organization);
  if (!names) {
    const texts = [organization.fullName, organization.shortName].filter(Boolean) as string[];
    names = texts.map((text) => parseSchoolName(text));
    parsedNames.set(organization, names);
  }
  return names;
}
