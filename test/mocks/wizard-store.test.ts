import { expect } from '@open-wc/testing';
import { createMockDb, ACTIVATED_ACCOUNT } from '../../src/mocks/db.js';

const login = ACTIVATED_ACCOUNT.login;
const teacher = {
  name: 'Алиева Патимат',
  email: 'patimat@ahty-school.ru',
  role: 'teacher' as const,
};
const deputy = { name: 'Рамазанов Арсен', email: 'arsen@ahty-school.ru', role: 'deputy' as const };

describe('mock wizard store', () => {
  it('sends each invited person one letter, into the demo outbox', () => {
    const db = createMockDb();
    const before = db.outbox.length;

    db.saveSetupStep(login, 'staff', { invitations: [teacher, deputy] });
    const letters = db.outbox.slice(before);
    expect(letters.map((letter) => letter.to)).to.deep.equal([teacher.email, deputy.email]);
    expect(letters[0]!.text).to.include('Алиева Патимат').and.include('учитель');
    expect(letters[1]!.text).to.include('заместитель директора');

    // Saved again with one more: only the new one gets a letter.
    const third = { ...teacher, name: 'Гасанов Рустам', email: 'RUSTAM@ahty-school.ru' };
    db.saveSetupStep(login, 'staff', { invitations: [teacher, deputy, third] });
    expect(db.outbox.slice(before).map((letter) => letter.to)).to.deep.equal([
      teacher.email,
      deputy.email,
      third.email,
    ]);
  });

  it('counts the saves of a wizard in its version', () => {
    const db = createMockDb();
    expect(db.setup(login).version).to.equal(0);
    db.saveSetupStep(login, 'grading', { system: 'five' });
    db.saveSetupStep(login, 'grading', { system: 'ten' });
    expect(db.setup(login).version).to.equal(2);
    expect(db.activation(login).version).to.equal(0);
  });
});
