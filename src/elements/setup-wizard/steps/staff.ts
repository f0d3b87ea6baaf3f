import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { StaffRole, StaffStep } from '../../../contract/types.js';
import { isValidEmail } from '../../../domain/validators.js';
import { describedBy, errorText, fieldId, textField } from '../../wizard/fields.js';
import {
  list,
  patchAt,
  record,
  text,
  type FieldErrors,
  type StepContext,
  type StepDefinition,
} from '../../wizard/step.js';
import type { SetupWizardMessages as M } from '../messages.js';

interface StaffRow {
  name: string;
  email: string;
  role: StaffRole | '';
}

interface StaffModel {
  rows: StaffRow[];
  /** Addresses (lower case) already sent an invitation while other rows were being fixed. */
  sent: string[];
}

const ROLES: StaffRole[] = ['teacher', 'deputy', 'head', 'secretary'];

const ROLE_WORDS: [RegExp, StaffRole][] = [
  [/^(зам|завуч|deputy)/, 'deputy'],
  [/^(учит|педагог|преподав|teacher)/, 'teacher'],
  [/^(директор|руковод|head)/, 'head'],
  [/^(секрет|делопроизв|secretary)/, 'secretary'],
];

const emptyRow = (): StaffRow => ({ name: '', email: '', role: '' });
const isBlank = (row: StaffRow) => !row.name.trim() && !row.email.trim() && !row.role;

/** A role as people write it in a spreadsheet; an empty cell means a teacher. */
function parseRole(value: string): StaffRole | '' {
  const word = value.trim().toLowerCase();
  if (!word) return 'teacher';
  return ROLE_WORDS.find(([pattern]) => pattern.test(word))?.[1] ?? '';
}

/** Rows of a block copied from a spreadsheet: tab- or semicolon-separated lines. */
export function parseStaffBlock(block: string): StaffRow[] {
  const lines = block.split(/\r?\n/).filter((line) => line.trim());
  const rows = lines.map((line) => {
    const cells = line.split(line.includes('\t') ? '\t' : ';').map((cell) => cell.trim());
    return { name: cells[0] ?? '', email: cells[1] ?? '', role: parseRole(cells[2] ?? '') };
  });
  // A header line ("ФИО; Почта; Роль") has no address in it.
  const [header, ...rest] = lines;
  if (header && !header.includes('@') && rest.some((line) => line.includes('@'))) rows.shift();
  return rows;
}

function rowErrors(row: StaffRow, index: number, m: M, errors: FieldErrors) {
  if (isBlank(row)) return;
  if (!row.name.trim()) errors[`invitations.${index}.name`] = m.required;
  if (!isValidEmail(row.email.trim())) errors[`invitations.${index}.email`] = m.emailInvalid;
  if (!row.role) errors[`invitations.${index}.role`] = m.roleRequired;
}

function paste(context: StepContext<StaffModel, M>, index: number, event: ClipboardEvent) {
  const block = event.clipboardData?.getData('text/plain') ?? '';
  if (!/[\t;\n]/.test(block)) return;
  event.preventDefault();

  const pasted = parseStaffBlock(block);
  if (pasted.length === 0) return;
  const rows = [...context.model.rows];
  const replaced = rows[index] && isBlank(rows[index]) ? 1 : 0;
  rows.splice(index + (replaced ? 0 : 1), replaced, ...pasted);
  context.update({ rows });

  // Pasted rows are checked at once, so the bad ones are marked before anyone goes on.
  const first = index + (replaced ? 0 : 1);
  const keys = pasted.flatMap((_, i) =>
    ['name', 'email', 'role'].map((field) => `invitations.${first + i}.${field}`),
  );
  context.touch(...keys);
  const errors: FieldErrors = {};
  pasted.forEach((row, i) => rowErrors(row, first + i, context.messages, errors));
  const bad = new Set(Object.keys(errors).map((key) => key.split('.')[1])).size;
  context.announce(context.messages.staffPasted(pasted.length, bad));
}

async function removeRow(context: StepContext<StaffModel, M>, index: number, event: Event) {
  const form = (event.target as HTMLElement).closest('form');
  const rows = context.model.rows.filter((_, i) => i !== index);
  context.update({ rows: rows.length ? rows : [emptyRow()] });
  context.announce(context.messages.staffRemoved(index + 1));

  await new Promise(requestAnimationFrame);
  const target = Math.min(index, Math.max(rows.length - 1, 0));
  form?.querySelector<HTMLElement>(`#${fieldId(`invitations.${target}.name`)}`)?.focus();
}

async function addRow(context: StepContext<StaffModel, M>, event: Event) {
  const form = (event.target as HTMLElement).closest('form');
  const index = context.model.rows.length;
  context.update({ rows: [...context.model.rows, emptyRow()] });

  await new Promise(requestAnimationFrame);
  form?.querySelector<HTMLElement>(`#${fieldId(`invitations.${index}.name`)}`)?.focus();
}

const invitationOf = (row: StaffRow): StaffStep['invitations'][number] => ({
  name: row.name.trim(),
  email: row.email.trim(),
  role: row.role || 'teacher',
});

export const staffStep: StepDefinition<StaffModel, StaffStep, M> = {
  initial(saved) {
    const rows = list(record(saved), 'invitations').map((item): StaffRow => ({
      name: text(item, 'name'),
      email: text(item, 'email'),
      role: ROLES.find((role) => role === text(item, 'role')) ?? '',
    }));
    return { rows: rows.length ? rows : [emptyRow()], sent: [] };
  },

  validate(model, m) {
    const errors: FieldErrors = {};
    model.rows.forEach((row, index) => rowErrors(row, index, m, errors));
    return errors;
  },

  toPayload(model) {
    return { invitations: model.rows.filter((row) => !isBlank(row)).map(invitationOf) };
  },

  partial(model, m) {
    const errors: FieldErrors = {};
    model.rows.forEach((row, index) => rowErrors(row, index, m, errors));
    const bad = new Set(Object.keys(errors).map((key) => Number(key.split('.')[1])));
    const good = model.rows.filter((row, index) => !isBlank(row) && !bad.has(index));
    const sent = new Set(model.sent ?? []);
    const unsent = good.filter((row) => !sent.has(row.email.trim().toLowerCase()));
    if (bad.size === 0 || unsent.length === 0) return undefined;

    return {
      label: m.sendChecked(unsent.length),
      payload: { invitations: good.map(invitationOf) },
      keep: { ...model, sent: [...sent, ...unsent.map((row) => row.email.trim().toLowerCase())] },
      announcement: m.staffSent(unsent.length, bad.size),
    };
  },

  skip() {
    return { invitations: [] };
  },

  render(context) {
    const m = context.messages;
    return html`<p>${m.staffIntro}</p>
      ${context.model.rows.map((row, index) => renderRow(context, row, index))}
      <div class="actions">
        <button type="button" class="secondary" @click=${(event: Event) => addRow(context, event)}>
          ${m.addStaff}
        </button>
      </div>`;
  },
};

function renderRow(context: StepContext<StaffModel, M>, row: StaffRow, index: number) {
  const m = context.messages;
  const key = `invitations.${index}`;
  const change = (patch: Partial<StaffRow>) =>
    context.update({
      rows: patchAt(context.model.rows, index, patch),
    });
  const roleKey = `${key}.role`;
  const roleError = context.error(roleKey);

  const sent = (context.model.sent ?? []).includes(row.email.trim().toLowerCase());

  return html`<fieldset class="staff-row" data-row=${index}>
    <legend>${m.staffMember(index + 1)}</legend>
    ${sent ? html`<p class="hint" data-sent><span aria-hidden="true">✓</span> ${m.invitationSent}</p>` : nothing}
    <div class="row">
      ${textField({
        key: `${key}.name`,
        label: m.staffName,
        hint: index === 0 ? m.staffPasteHint : undefined,
        value: row.name,
        autocomplete: 'off',
        error: context.error(`${key}.name`),
        onInput: (name) => change({ name }),
        onBlur: () => context.touch(`${key}.name`),
        onPaste: (event) => paste(context, index, event),
      })}
      ${textField({
        key: `${key}.email`,
        label: m.staffEmail,
        type: 'email',
        autocomplete: 'off',
        value: row.email,
        error: context.error(`${key}.email`),
        onInput: (email) => change({ email }),
        onBlur: () => context.touch(`${key}.email`),
      })}
      <div class="field">
        <label for=${fieldId(roleKey)}>${m.staffRole}</label>
        ${errorText(roleKey, roleError)}
        <select
          id=${fieldId(roleKey)}
          .value=${live(row.role)}
          aria-invalid=${roleError ? 'true' : 'false'}
          aria-describedby=${describedBy(roleKey, false, roleError) ?? nothing}
          @change=${(event: Event) => {
            change({ role: (event.target as HTMLSelectElement).value as StaffRole });
            context.touch(roleKey);
          }}
        >
          <option value="" ?selected=${!row.role}>${m.chooseRole}</option>
          ${ROLES.map(
            (role) =>
              html`<option value=${role} ?selected=${row.role === role}>${m.roles[role]}</option>`,
          )}
        </select>
      </div>
    </div>
    <button
      type="button"
      class="secondary"
      aria-label=${m.removeStaffLabel(index + 1)}
      @click=${(event: Event) => removeRow(context, index, event)}
    >
      ${m.removeStaff}
    </button>
  </fieldset>`;
}
