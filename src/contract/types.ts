/** TypeScript types of the contract, inferred from its schemas. */
import type { z } from 'zod/mini';
import type * as S from './schemas.js';

export type Municipality = z.infer<typeof S.Municipality>;
export type Settlement = z.infer<typeof S.Settlement>;
export type Organization = z.infer<typeof S.Organization>;
export type Authority = z.infer<typeof S.Authority>;
export type Page<T> = { items: T[]; nextCursor: string | null; total?: number };
export type DuplicateReason = z.infer<typeof S.DuplicateReason>;
export type DuplicateQuery = z.infer<typeof S.DuplicateQuery>;
export type DuplicateMatches = z.infer<typeof S.DuplicateMatches>;
export type DuplicateMatch = DuplicateMatches['matches'][number];
export type Person = z.infer<typeof S.Person>;
export type ApplicationInput = z.infer<typeof S.ApplicationInput>;
export type ApplicantType = z.infer<typeof S.ApplicantType>;
export type LegalForm = z.infer<typeof S.LegalForm>;
export type Head = z.infer<typeof S.Head>;
export type LetterReceipt = z.infer<typeof S.LetterReceipt>;
export type ApplicationState = z.infer<typeof S.ApplicationState>;
export type Application = z.infer<typeof S.Application>;
export type StatusQuery = z.infer<typeof S.StatusQuery>;
export type ReportReason = z.infer<typeof S.ReportReason>;
export type ProfileReport = z.infer<typeof S.ProfileReport>;
export type ProfileReportReceipt = z.infer<typeof S.ProfileReportReceipt>;
export type LoginInput = z.infer<typeof S.LoginInput>;
export type Session = z.infer<typeof S.Session>;
export type StepStatus = z.infer<typeof S.StepStatus>;
export type ActivationStepId = z.infer<typeof S.ActivationStepId>;
export type SetupStepId = z.infer<typeof S.SetupStepId>;
export type ActivationState = z.infer<typeof S.ActivationState>;
export type SetupState = z.infer<typeof S.SetupState>;
export type TermsStep = z.infer<typeof S.TermsStep>;
export type PasswordStep = z.infer<typeof S.PasswordStep>;
export type ContactsStep = z.infer<typeof S.ContactsStep>;
export type ProfileStep = z.infer<typeof S.ProfileStep>;
export type YearStep = z.infer<typeof S.YearStep>;
export type GradingStep = z.infer<typeof S.GradingStep>;
export type BellsStep = z.infer<typeof S.BellsStep>;
export type ClassesStep = z.infer<typeof S.ClassesStep>;
export type StaffStep = z.infer<typeof S.StaffStep>;
export type StaffRole = z.infer<typeof S.StaffRole>;
export type Coverage = z.infer<typeof S.Coverage>;
export type {
  CoverageArea,
  CoverageListQuery,
  CoverageOrganization,
  CoverageOrganizationPage,
  CoverageStatus,
  CoverageSummary,
  CoverageTimeline,
  CoverageWeek,
} from './coverage.js';
export type Problem = z.infer<typeof S.Problem>;

/** Data of each activation step, by step id. */
export interface ActivationStepData {
  terms: TermsStep;
  password: PasswordStep;
  contacts: ContactsStep;
}

/** Data of each setup step, by step id. */
export interface SetupStepData {
  profile: ProfileStep;
  year: YearStep;
  grading: GradingStep;
  bells: BellsStep;
  classes: ClassesStep;
  staff: StaffStep;
}
