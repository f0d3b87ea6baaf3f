/**
 * A link from the server, only when it is a web address: never `javascript:`
 * or `data:`, whatever the contract let through.
 */
export function safeUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
