/**
 * The wizards' drafts in localStorage, whoever's they are: a draft's key
 * names the wizard, the account's login and the step.
 */
import { clearDraftsStartingWith } from '../../src/core/drafts.js';

const PREFIX = 'edu-connect:draft:';

function keysOf(wizard: 'activation' | 'setup', step?: string): string[] {
  return Object.keys(localStorage).filter(
    (key) => key.startsWith(`${PREFIX}${wizard}:`) && (!step || key.endsWith(`:${step}`)),
  );
}

/** Forgets every draft of both wizards, of every account. */
export function clearWizardDrafts(): void {
  clearDraftsStartingWith('activation:');
  clearDraftsStartingWith('setup:');
}

/** The stored draft of one step and the key it is kept under, if any. */
export function wizardDraft(
  wizard: 'activation' | 'setup',
  step: string,
): { key: string; value: unknown } | undefined {
  const [key] = keysOf(wizard, step);
  return key
    ? { key: key.slice(PREFIX.length), value: JSON.parse(localStorage.getItem(key)!) }
    : undefined;
}
