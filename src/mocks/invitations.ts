import type { StaffRole } from '../contract/types.js';
import type { Letter } from './db.js';

const ROLE_NAMES: Record<StaffRole, string> = {
  teacher: 'учитель',
  deputy: 'заместитель директора',
  head: 'директор',
  secretary: 'секретарь',
};

interface Invitation {
  name: string;
  email: string;
  role: StaffRole;
}

/**
 * The letters the mock "sends" for a saved staff step: one to each invited
 * person not invited before (by e-mail, whatever its case).
 */
export function invitationLetters(
  invitations: readonly Invitation[],
  alreadyInvited: readonly string[],
  organizationName: string,
): Omit<Letter, 'sentAt'>[] {
  const known = new Set(alreadyInvited.map((email) => email.toLowerCase()));
  const letters: Omit<Letter, 'sentAt'>[] = [];
  for (const invitation of invitations) {
    const key = invitation.email.toLowerCase();
    if (known.has(key)) continue;
    known.add(key);
    letters.push({
      to: invitation.email,
      subject: `Приглашение в региональную школьную сеть: ${organizationName}`,
      text:
        `Здравствуйте, ${invitation.name}!\n\n` +
        `«${organizationName}» приглашает вас в региональную школьную сеть ` +
        `(роль: ${ROLE_NAMES[invitation.role]}).\n` +
        'Перейдите по ссылке из этого письма, чтобы задать пароль и войти.',
    });
  }
  return letters;
}
