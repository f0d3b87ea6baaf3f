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

/**
 * Imports each element's module once its tag appears under the root. A tag
 * already defined (by another copy of the library, say) needs nothing. A
 * failed import, such as one cut off by a lost connection, is tried again
 * the next time the tag is added. Returns a function that stops watching.
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

  const stop = () => {
    stopped = true;
    observer.disconnect();
  };

  function load(tag: string): Promise<unknown> {
    const importModule = waiting.get(tag);
    waiting.delete(tag);
    if (!importModule || customElements.get(tag)) return Promise.resolve();
    loading++;
    return importModule().then(
      () => {
        loading--;
        if (waiting.size === 0 && loading === 0) stop();
      },
      (error: unknown) => {
        loading--;
        // Offline, or the chunk is not hosted: the tag waits until it is added again.
        if (!customElements.get(tag)) waiting.set(tag, importModule);
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
      () => [...waiting.keys()],
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
  const next = () => {
    const [tag] = remaining();
    if (!tag || stopped()) return;
    // A failure here is not shown: the element tries again when it is used.
    load(tag).then(
      () => idle(next),
      () => undefined,
    );
  };

  if (document.readyState === 'complete') idle(next);
  else addEventListener('load', () => idle(next), { once: true });
}
