/**
 * The data the reference server starts with: the same as the mock backend's
 * (the real settlements of Dagestan, the generated schools and authorities,
 * the seeded accounts and applications), with passwords hashed.
 */
import { createMockDb } from '../../src/mocks/db.js';
import { hashPassword } from './passwords.js';
import type { Account } from './store.js';

export function seedData() {
  const mock = createMockDb({ persist: 'memory' });
  const { state } = mock;
  const accounts: Account[] = state.accounts.map(({ password, ...account }) => ({
    ...account,
    passwordHash: hashPassword(password),
  }));
  return {
    settlements: mock.settlements,
    municipalities: mock.municipalities.map((m) => ({ ...m, region: '05' })),
    organizations: mock.organizations,
    authorities: mock.authorities,
    applications: state.applications,
    counter: state.counter,
    accounts,
    wizards: state.wizards,
    outbox: state.outbox,
  };
}
