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
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(PREFIX + key);
  } catch {
    raw = undefined;
  }
  raw ??= memory.get(key);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}

export function saveDraft(key: string, value: unknown): void {
  const raw = JSON.stringify(value);
  memory.set(key, raw);
  try {
    storage()?.setItem(PREFIX + key, raw);
  } catch {
    // Quota or policy: the in-memory copy still survives a network failure.
  }
}

export function clearDraft(key: string): void {
  memory.delete(key);
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // Nothing to clear where storage is unavailable.
  }
}
