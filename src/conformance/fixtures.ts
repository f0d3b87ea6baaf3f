/**
 * What the conformance checker needs to find in a backend's data. The
 * defaults are the records the mock backend and the reference server are
 * seeded with; a backend team either seeds the same records or passes a
 * JSON file of its own with `--fixtures`.
 */
import * as z from 'zod/mini';

const place = z.object({
  /** What to type to find it. */
  query: z.string().check(z.minLength(1)),
  id: z.string().check(z.minLength(1)),
  /** Its name exactly as the backend answers it. */
  name: z.string().check(z.minLength(1)),
});

export const FixturesSchema = z.object({
  /** A settlement with at least one registered organization that has an INN and an OGRN. */
  settlement: place,
  /** Queries as people mistype them, each with the settlement it must find. */
  awkwardQueries: z.array(
    z.object({ query: z.string(), name: z.string().check(z.minLength(1)), why: z.string() }),
  ),
  /** A municipality, found by its query. */
  municipality: place,
  /**
   * An account that is neither blocked nor expired. The checker goes through
   * its wizards: it replaces the password and then puts the old one back.
   */
  account: z.object({
    login: z.string().check(z.minLength(1)),
    password: z.string().check(z.minLength(1)),
    /**
     * The confirmation code of this test account. The checker cannot read letters or text
     * messages, so it asks for the codes through the contract as a person would, and the
     * backend sends this code, not a random one, to this one account. Without it the contacts
     * step cannot be confirmed and the wizard check fails saying so.
     */
    contactCode: z.optional(z.string().check(z.regex(/^\d{6}$/))),
  }),
  /**
   * An approved application, by its number and the administrator's e-mail: the checker asks
   * for its letter with the credentials twice, the second time within the minute (a 429).
   * That letter goes to the e-mail, so name an application of a test mailbox.
   */
  approvedApplication: z.optional(
    z.object({
      number: z.string().check(z.minLength(1)),
      email: z.string().check(z.minLength(3)),
    }),
  ),
});

export type Fixtures = z.infer<typeof FixturesSchema>;

/** The records of the seeded data of the mock and the reference server. */
export const DEFAULT_FIXTURES: Fixtures = {
  settlement: { query: 'Ахты', id: '0500500000100', name: 'Ахты' },
  awkwardQueries: [
    { query: 'vf[fxrfkf', name: 'Махачкала', why: 'typed in the Latin keyboard layout' },
    { query: 'Makhachkala', name: 'Махачкала', why: 'spelt in Latin letters' },
    { query: '  г.  МАХАЧКАЛА ', name: 'Махачкала', why: 'type word, capitals, extra spaces' },
    { query: 'Махачкла', name: 'Махачкала', why: 'a letter missing' },
    { query: 'Бёлиджи', name: 'Белиджи', why: 'ё for е' },
    { query: 'южно сухокумск', name: 'Южно-Сухокумск', why: 'a space for the hyphen' },
  ],
  municipality: { query: 'Ахтынский', id: '0500500000000', name: 'Ахтынский район' },
  account: { login: 'demo-school', password: 'Vremya-2026', contactCode: '240426' },
  approvedApplication: { number: 'ОО-2026-000100', email: 'direktor@ahty-school.ru' },
};
