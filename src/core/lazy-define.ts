/**
 * Elements that a page shows later, or only on some pages, load when they are
 * first used. The script-tag bundle defines the elements of the journey's
 * first screens at once and hands the others to {@link defineWhenUsed}: it
 * imports an element's module as soon as its tag is in the document (at
 * start, or added later by the page, or by a composer in its light DOM), and
 * stops watching once every module has arrived.
 *
 * Tags inside shadow roots are not seen: a composer that shows a lazy element
 * in its own shadow root imports the element's module itself before it
 * renders that screen.
 */

/** Lazily loaded elements: each tag with the import of the module that defines it. */
export type LazyElements = Record<string, () => Promise<unknown>>;

/** Where to watch, and whether to fetch the rest ahead of need. */
export interface LazyOptions {
  /** The tree to watch, the document unless given. */
  root?: Document | Element;
  /**
   * Once the page has loaded and the browser is idle, import the modules
   * not used yet, one after another, so that the next step of the journey
   * opens at once on a slow line too. Skipped when the reader asked to save
   * data or is on a 2G connection.
   */
  prefetch?: boolean;
}

/** What a browser tells about the reader's connection, where it tells it. */
type Connection = { saveData?: boolean; effectiveType?: string };

/** Pauses before each new try of a failed import whose tag is on the page; the last repeats. */
export const RETRY_DELAYS_MS = [5000, 15_000, 45_000, 60_000] as const;

/**
 * Imports each element's module once its tag appears under the root. A tag
 * already defined (by another copy of the library, say) needs nothing. A
 * failed import, such as one cut off by a lost connection, is tried again
 * while the tag is under the root: when the browser comes back online, and
 * after {@link RETRY_DELAYS_MS}; and the next time the tag is added. Returns
 * a function that stops watching.
 */
export function defineWhenUsed(elements: LazyElements, options: LazyOptions = {}): () => void {
  const root = options.root ?? document;
  const waiting = new Map(Object.entries(elements));
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });
  let stopped = false;
  let loading = 0;
  /** Failed imports so far, and the timer of the next try, of each tag that failed. */
  const failures = new Map<string, number>();
  const retries = new Map<string, ReturnType<typeof setTimeout>>();

  const stop = () => {
    stopped = true;
    observer.disconnect();
    for (const timer of retries.values()) clearTimeout(timer);
    retries.clear();
    removeEventListener('online', online);
  };

  const used = (tag: string) =>
    (root instanceof Element && root.matches(tag)) || root.querySelector(tag) !== null;

  /** A failed tag still on the page is tried again, unless it is already on its way. */
  function retry(tag: string): void {
    clearTimeout(retries.get(tag));
    retries.delete(tag);
    if (!stopped && waiting.has(tag) && used(tag)) load(tag).catch(() => undefined);
  }

  function online(): void {
    for (const tag of failures.keys()) retry(tag);
  }

  function failed(tag: string): void {
    const count = (failures.get(tag) ?? 0) + 1;
    failures.set(tag, count);
    // Added once however often it is called.
    addEventListener('online', online);
    clearTimeout(retries.get(tag));
    retries.delete(tag);
    if (!used(tag)) return;
    const wait = RETRY_DELAYS_MS[Math.min(count, RETRY_DELAYS_MS.length) - 1];
    retries.set(
      tag,
      setTimeout(() => retry(tag), wait),
    );
  }

  function load(tag: string): Promise<unknown> {
    const importModule = waiting.get(tag);
    waiting.delete(tag);
    if (!importModule || customElements.get(tag)) return Promise.resolve();
    loading++;
    return importModule().then(
      () => {
        loading--;
        failures.delete(tag);
        if (waiting.size === 0 && loading === 0) stop();
      },
      (error: unknown) => {
        loading--;
        // Offline, or the chunk is not hosted: the tag waits for a new try.
        if (!customElements.get(tag)) {
          waiting.set(tag, importModule);
          if (!stopped) failed(tag);
        }
        throw error;
      },
    );
  }

  function scan(tree: Document | Element): void {
    for (const tag of [...waiting.keys()]) {
      if (customElements.get(tag)) waiting.delete(tag);
      else if ((tree instanceof Element && tree.matches(tag)) || tree.querySelector(tag)) {
        load(tag).catch(() => undefined);
      }
    }
    if (waiting.size === 0 && loading === 0) stop();
  }

  scan(root);
  if (stopped) return stop;
  observer.observe(root, { childList: true, subtree: true });
  if (options.prefetch)
    prefetch(
      // A tag that failed waits for its own retries, not for the prefetch.
      () => [...waiting.keys()].filter((tag) => !failures.has(tag)),
      load,
      () => stopped,
    );
  return stop;
}

/** After the page's load event, loads the tags still waiting one by one while the browser idles. */
function prefetch(
  remaining: () => string[],
  load: (tag: string) => Promise<unknown>,
  stopped: () => boolean,
): void {
  const connection = (navigator as Navigator & { connection?: Connection }).connection;
  if (connection?.saveData || /(^|-)2g$/.test(connection?.effectiveType ?? '')) return;

  const idle = (callback: () => void) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 5000 });
    else setTimeout(callback, 2000);
  };
  const tried = new Set<string>();
  const next = () => {
    const tag = remaining().find((name) => !tried.has(name));
    if (!tag || stopped()) return;
    tried.add(tag);
    // A failure here is not shown: the element tries again when it is used,
    // and the others are fetched all the same.
    load(tag).then(
      () => idle(next),
      () => idle(next),
    );
  };

  if (document.readyState === 'complete') idle(next);
  else addEventListener('load', () => idle(next), { once: true });
}
