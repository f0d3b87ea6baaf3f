/**
 * The closed lists of values an applicant chooses from, without zod: the
 * form shows them as choices, and `application.ts` builds its schemas from
 * them, so both always agree.
 */

/**
 * Kinds of applicant: of a school (СОШ, ООШ, НОШ, гимназия, лицей,
 * школа-интернат, центр образования) or of an education authority
 * (управление, отдел, комитет, департамент).
 */
export const APPLICANT_TYPES = [
  'secondary-school',
  'basic-school',
  'primary-school',
  'gymnasium',
  'lyceum',
  'boarding-school',
  'education-centre',
  'other-school',
  'authority-department',
  'authority-division',
  'authority-committee',
  'other-authority',
] as const;

/** Организационно-правовые формы: who founded it and what kind of institution it is. */
export const LEGAL_FORMS = [
  'municipal-budget',
  'municipal-treasury',
  'municipal-autonomous',
  'state-budget',
  'state-treasury',
  'state-autonomous',
  'private',
  'local-government',
] as const;
