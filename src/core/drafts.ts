/**
 * Drafts of what a person typed, kept in localStorage so that a reload, a
 * lost connection or a server error loses nothing. Storage may be disabled
 * (private mode, a host's policy): then drafts live only as long as the page.
 */

const PREFIX = 'edu-connect:draft:';
const memory = new Map<string, string>();

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function loadDraft<T>(key: string): T | undefined {
  const raw = read(key);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}

export function saveDraft(key: string, value: unknown): void {
  const raw = JSON.stringify(value);
  const store = storage();
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

export function clearDraft(key: string): void {
  memory.delete(key);
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // Nothing to clear where storage is unavailable.
  }
}

/** The stored draft; the in-memory copy only where storage refused it. */
function read(key: string): string | null {
  try {
    const stored = storage()?.getItem(PREFIX + key);
    if (stored != null) return stored;
  } catch {
    // Storage disabled: the in-memory copy is all there is.
  }
  return memory.get(key) ?? null;
}
