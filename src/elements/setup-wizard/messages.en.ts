import type { SetupWizardMessages } from './messages.js';
import { en as wizardEn } from '../wizard/messages.en.js';

/** English strings, loaded only when an element is shown in English. */
export const en: SetupWizardMessages = {
  ...wizardEn,
  title: 'Organization setup',
  steps: {
    profile: 'Organization profile',
    year: 'Academic year',
    grading: 'Grading system',
    bells: 'Bell schedule',
    classes: 'Classes',
    staff: 'Staff invitations',
  },
  finishedTitle: 'The organization is set up',
  finishedText:
    'The profile, academic year, bells and classes are saved. Invited staff will receive ' +
    'letters with a link to log in. The settings can be changed at any time.',
  required: 'Fill in this field',
  emailInvalid: 'Enter an e-mail address, for example school@mail.ru',
  phoneInvalid: 'Enter a phone number of 10 digits after +7 or 8',

  profileIntro: 'Parents and staff will see these details. We filled them in from the application.',
  fullName: 'Full name',
  fullNameHint: 'As in the charter',
  shortName: 'Short name',
  shortNameHint: 'Optional, for example МБОУ «СОШ № 1»',
  address: 'Address',
  postalCode: 'Postal code',
  postalCodeInvalid: 'A postal code has 6 digits, for example 368000',
  phone: 'Phone',
  phoneHint: 'For example, 8 928 123-45-67',
  email: 'E-mail',
  headName: 'Head',
  headNameHint: 'Full name of the head teacher',

  yearIntro: 'Dates of the academic year and its periods. We suggested them: check and correct.',
  yearStart: 'Start of the academic year',
  yearEnd: 'End of the academic year',
  dateInvalid: 'Enter a date',
  yearOrder: 'The academic year must end after it starts',
  periodKind: 'Periods',
  periodKinds: { quarters: 'Quarters', trimesters: 'Trimesters', semesters: 'Semesters' },
  periodName: (kind, index) =>
    `${{ quarters: 'Quarter', trimesters: 'Trimester', semesters: 'Semester' }[kind]} ${index}`,
  periodsTitle: 'Dates of the periods',
  periodsHint: 'Periods follow in order, do not overlap and stay inside the academic year.',
  periodStart: 'Start',
  periodEnd: 'End',
  periodReversed: 'A period must end after it starts',
  periodOutside: 'The date is outside the academic year',
  periodOverlap: (previous) => `The period starts before “${previous}” ends`,
  periodsSuggested: 'The dates of the periods are suggested again.',
  suggestPeriods: 'Suggest the dates again',

  gradingIntro: 'How marks are given in the journal.',
  gradingSystem: 'Grading system',
  gradingSystems: {
    five: 'Five-point (1–5)',
    ten: 'Ten-point (1–10)',
    'pass-fail': 'Pass / fail',
    none: 'No marks',
  },
  gradingRequired: 'Choose a grading system',

  bellsIntro:
    'Give the number of lessons and their length: we build the schedule. Each lesson’s time ' +
    'can be corrected in the table.',
  lessonCount: 'Lessons a day',
  lessonCountInvalid: 'From 1 to 12 lessons',
  firstLesson: 'First lesson starts at',
  lessonLength: 'Lesson length, minutes',
  lessonLengthInvalid: 'From 10 to 120 minutes',
  breakLength: 'Break, minutes',
  breakLengthInvalid: 'From 0 to 60 minutes',
  minutes: 'min',
  scheduleTitle: 'Bell schedule',
  lesson: 'Lesson',
  lessonNumber: (index) => `Lesson ${index}`,
  lessonStart: 'Start',
  lessonEnd: 'End',
  timeInvalid: 'Enter a time, for example 08:30',
  lessonReversed: 'A lesson must end after it starts',
  lessonOverlap: (previous) => `The lesson starts before lesson ${previous} ends`,
  twoShifts: 'The school works in two shifts',
  shiftTitle: (shift) => `Shift ${shift}`,
  secondShiftStart: 'The second shift’s first lesson starts at',
  shiftsOverlap: (firstEnds) =>
    `The second shift starts before the first one ends (at ${firstEnds})`,
  scheduleRebuilt: 'The schedule is built again.',

  classesIntro:
    'Give the grades and the number of classes in each: we build the list. Remove the ' +
    'classes you do not have.',
  fromGrade: 'From grade',
  toGrade: 'To grade',
  gradeInvalid: 'A grade is a number from 1 to 11',
  gradeOrder: 'The last grade cannot be below the first',
  letterCount: 'Classes in each grade',
  letterCountInvalid: 'From 1 to 10 classes',
  classesTitle: (count) => `${count} ${count === 1 ? 'class' : 'classes'}`,
  gradeLabel: (grade) => `Grade ${grade}`,
  removeClass: 'Remove',
  renameClassLabel: (name) => `Rename class ${name}`,
  newClassName: (name) => `New letter of class ${name}`,
  saveRename: 'Save',
  cancelRename: 'Cancel',
  classRenamed: (from, to) => `Class ${from} is now ${to}.`,
  removeClassLabel: (name) => `Remove class ${name}`,
  classRemoved: (name) => `Class ${name} removed.`,
  classesRebuilt: (count) => `The list is built: ${count} ${count === 1 ? 'class' : 'classes'}.`,
  classesRequired: 'Keep at least one class',
  undoRemove: (name) => `Bring back class ${name}`,
  classRestored: (name) => `Class ${name} is back.`,
  addClassTitle: 'Add a class',
  newGrade: 'Grade',
  newLetter: 'Letter or name',
  newLetterHint: 'Up to three characters, e.g. А, Б or К1',
  addClass: 'Add the class',
  classAdded: (name) => `Class ${name} added.`,
  classExists: (name) => `Class ${name} is already in the list`,
  letterInvalid: 'Give the class letter, up to three characters',

  staffIntro:
    'Invite staff: each gets a letter with a link to log in. This step may be skipped and ' +
    'done later.',
  staffPasteHint:
    'You can paste a list from a spreadsheet: lines of “name, e-mail, role”, columns ' +
    'separated by tabs or semicolons.',
  staffMember: (index) => `Staff member ${index}`,
  staffName: 'Full name',
  staffEmail: 'E-mail',
  staffRole: 'Role',
  chooseRole: 'Choose a role',
  roles: { teacher: 'Teacher', deputy: 'Deputy head', head: 'Head', secretary: 'Secretary' },
  roleRequired: 'Choose a role: teacher, deputy head, head or secretary',
  addStaff: 'Add a staff member',
  removeStaff: 'Remove',
  removeStaffLabel: (index) => `Remove staff member ${index}`,
  staffRemoved: (index) => `Staff member ${index} removed from the list.`,
  staffPasted: (count, bad) =>
    `Lines pasted: ${count}.` + (bad ? ` With errors: ${bad}, they are marked.` : ''),
  sendChecked: (count) =>
    `Send ${count} checked ${count === 1 ? 'invitation' : 'invitations'}, fix the others`,
  staffSent: (sent, bad) =>
    `Invitations sent: ${sent}. Fix the marked ${bad === 1 ? 'row' : 'rows'}: ${bad}.`,
  invitationSent: 'Invitation sent',
};
