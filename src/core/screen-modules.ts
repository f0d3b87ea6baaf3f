import type { ReactiveElement } from 'lit';

/** Imports of the modules that define the elements of a composer's later screens. */
export type ScreenImports<S extends string> = Partial<Record<S, () => Promise<unknown>>>;

/** Where a screen's module is: there, on its way, or failed to come. */
export type ScreenModuleState = 'ready' | 'loading' | 'failed';

/**
 * How long a composer holds a screen back for its module before it shows
 * that the screen is loading: a module in the cache comes well within it, so
 * the screen appears whole, without a flash of the notice.
 */
const GRACE_MS = 300;

/**
 * The modules of a composer's later screens, each imported the first time
 * its screen is shown. The composer waits for it in `scheduleUpdate`, at most
 * a moment; on a slow line it renders a loading notice meanwhile and is asked
 * to update again when the module has come, or has failed to come, in which
 * case it shows a failure whose retry imports the module again.
 */
export class ScreenModules<S extends string> {
  /**
   * How long a module may take before its screen shows a failure with a
   * retry, as a request does: a fetch that hangs must not leave a loading
   * notice forever. A module that comes later still replaces the failure.
   */
  static timeoutMs = 20_000;

  readonly #host: ReactiveElement;
  readonly #imports: () => ScreenImports<S>;
  readonly #ready = new Set<S>();
  readonly #failed = new Set<S>();
  readonly #loading = new Map<S, Promise<void>>();
  readonly #timers = new Map<S, ReturnType<typeof setTimeout>>();
  /** What the last render showed for its screen. */
  #shown: ScreenModuleState = 'ready';
  #asked = false;

  /** `imports` is read each time, so that a composer's static list may be filled later. */
  constructor(host: ReactiveElement, imports: () => ScreenImports<S>) {
    this.#host = host;
    this.#imports = imports;
  }

  state(screen: S): ScreenModuleState {
    if (this.#failed.has(screen)) return 'failed';
    if (!this.#imports()[screen] || this.#ready.has(screen)) return 'ready';
    return 'loading';
  }

  /**
   * Imports the module of the screen `current` names, if it has one, and
   * waits for it a moment at most; when the screen changes meanwhile, for
   * the newer one as well.
   */
  async prepare(current: () => S): Promise<void> {
    let screen: S;
    do {
      screen = current();
      await this.#prepare(screen);
    } while (screen !== current());
  }

  async #prepare(screen: S): Promise<void> {
    const load = this.#imports()[screen];
    if (!load || this.#ready.has(screen) || this.#failed.has(screen)) return;
    let loading = this.#loading.get(screen);
    if (!loading) {
      loading = load().then(
        () => {
          this.#ready.add(screen);
          this.#failed.delete(screen);
        },
        () => {
          this.#failed.add(screen);
        },
      );
      this.#loading.set(screen, loading);
      void loading.then(() => {
        this.#loading.delete(screen);
        clearTimeout(this.#timers.get(screen));
        this.#timers.delete(screen);
        this.#host.requestUpdate();
      });
    }
    if (!this.#timers.has(screen)) {
      const timer = setTimeout(() => {
        this.#timers.delete(screen);
        this.#failed.add(screen);
        this.#host.requestUpdate();
      }, ScreenModules.timeoutMs);
      this.#timers.set(screen, timer);
    }
    await Promise.race([loading, new Promise((resolve) => setTimeout(resolve, GRACE_MS))]);
  }

  /**
   * Tries a failed screen's module again, at the person's request. A module
   * whose fetch still hangs is waited for again, as the browser fetches a
   * module once.
   */
  retry(screen: S): void {
    this.#failed.delete(screen);
    this.#asked = true;
    this.#host.requestUpdate();
  }

  /**
   * The person went to a screen that is not ready: the screen, or the
   * failure, that replaces its loading notice is to take the focus. A page
   * that opens on a restored screen does not ask, so its focus stays.
   */
  asked(): void {
    this.#asked = true;
  }

  /**
   * To call from the composer's `updated`, every time: whether this render
   * replaced what the last one showed for the screen (its loading notice, a
   * failure, the screen itself) after the person asked for it, so that the
   * focus moves to the heading shown now.
   */
  replacedAsked(screen: S): boolean {
    const shown = this.state(screen);
    const replaced = shown !== this.#shown && this.#asked;
    this.#shown = shown;
    if (shown === 'ready') this.#asked = false;
    return replaced;
  }
}
