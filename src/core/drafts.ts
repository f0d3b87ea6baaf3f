/**
 * Drafts of what a person typed, kept in localStorage so that a reload, a
 * lost connection or a server error loses nothing. Storage may be disabled
 * (private mode, a host's policy): then drafts live only as long as the page.
 *
 * A draft of personal data can be kept in `session` storage instead: it
 * survives a reload but not the closing of the tab, so a shared computer
 * does not hand it to the next person.
 */

const PREFIX = 'edu-connect:draft:';
const memory = new Map<string, string>();

/** Where a draft is kept: `local` (the default) or `session` (until the tab closes). */
export type DraftArea = 'local' | 'session';

function storage(area: DraftArea = 'local'): Storage | null {
  try {
    return (area === 'session' ? globalThis.sessionStorage : globalThis.localStorage) ?? null;
  } catch {
    return null;
  }
}

export function loadDraft<T>(key: string, area?: DraftArea): T | undefined {
  const raw = read(key, area);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}

export function saveDraft(key: string, value: unknown, area?: DraftArea): void {
  const raw = JSON.stringify(value);
  const store = storage(area);
  try {
    if (store) {
      store.setItem(PREFIX + key, raw);
      memory.delete(key);
      return;
    }
  } catch {
    // Quota or policy: fall back to memory, which still survives a network failure.
  }
  memory.set(key, raw);
}

export function clearDraft(key: string, area?: DraftArea): void {
  memory.delete(key);
  try {
    storage(area)?.removeItem(PREFIX + key);
  } catch {
    // Nothing to clear where storage is unavailable.
  }
}

/** Forgets every draft whose key starts with `prefix`, e.g. all of one wizard's. */
export function clearDraftsStartingWith(prefix: string, area?: DraftArea): void {
  for (const key of [...memory.keys()]) if (key.startsWith(prefix)) memory.delete(key);
  try {
    const store = storage(area);
    if (!store) return;
    const keys = Array.from({ length: store.length }, (_, index) => store.key(index));
    for (const key of keys) {
      if (key?.startsWith(PREFIX + prefix)) store.removeItem(key);
    }
  } catch {
    // Nothing to clear where storage is unavailable.
  }
}

/** The stored draft; the in-memory copy only where storage refused it. */
function read(key: string, area?: DraftArea): string | null {
  try {
    const stored = storage(area)?.getItem(PREFIX + key);
    if (stored != null) return stored;
  } catch {
    // Storage disabled: the in-memory copy is all there is.
  }
  return memory.get(key) ?? null;
}
