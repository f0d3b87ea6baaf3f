import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { createClient, type EduClient } from '../client/client.js';
import {
  hasLanguage,
  languageOf,
  resolveLanguage,
  loadLanguage,
  track,
  whenEnglish,
  type Language,
  type MessageBundle,
} from './i18n.js';

type Bundles = Set<MessageBundle<unknown>>;

/** The bundles that the elements of each class have read in their renders. */
const bundlesOfClass = new WeakMap<object, Bundles>();

/**
 * Base of every edu-connect element: the API configuration and the language.
 *
 * An element used alone builds its client from its attributes; inside
 * `<edu-connect>` it receives the composer's client through `client`.
 *
 * Every element is themed by these custom properties, set on it or on any
 * ancestor; their defaults inherit the page's font.
 *
 * @cssproperty --edu-font - Font family; inherits the host page's by default.
 * @cssproperty --edu-font-size - Base size; never below 16px, so that a host's
 *   `html { font-size: 62.5% }` cannot shrink it.
 * @cssproperty --edu-color-text - Text colour.
 * @cssproperty --edu-color-muted - Secondary text colour.
 * @cssproperty --edu-color-bg - Background of fields and panels.
 * @cssproperty --edu-color-border - Borders of fields and panels.
 * @cssproperty --edu-color-primary - Buttons and links.
 * @cssproperty --edu-color-on-primary - Text on primary buttons.
 * @cssproperty --edu-color-error - Error messages and invalid fields.
 * @cssproperty --edu-color-success - Success messages.
 * @cssproperty --edu-radius - Corner radius.
 * @cssproperty --edu-space - Base spacing unit.
 * @cssproperty --edu-focus-ring - Outline of the focused control.
 *
 * The attribute `color-scheme` switches the defaults of the colours: `dark`,
 * or `auto` to follow the reader's `prefers-color-scheme`.
 */
export class EduElement extends LitElement {
  /** Base URL of the API. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** Region code sent with place searches, e.g. `05`. */
  @property() region = '';

  /** `credentials` mode of requests: `omit`, `same-origin` or `include`. */
  @property() credentials: RequestCredentials | undefined;

  /** Interface language, `ru` or `en`; when empty, the page's (`<html lang>`), else `ru`. */
  @property({ reflect: true }) override lang = '';

  /**
   * Colour scheme of the defaults: `light` (when empty), `dark`, or `auto` to
   * follow the reader's `prefers-color-scheme`. A page's `--edu-color-*` win.
   */
  @property({ attribute: 'color-scheme', reflect: true }) colorScheme:
    'light' | 'dark' | 'auto' | undefined;

  /** Extra headers sent with every request. */
  @property({ attribute: false }) headers: Record<string, string> | undefined;

  /** A fetch of the integrator's own, e.g. one that adds their auth. */
  @property({ attribute: false }) fetch: typeof fetch | undefined;

  /** A ready client; when set, the attributes above are not used. */
  @property({ attribute: false }) client: EduClient | undefined;

  #ownClient: EduClient | undefined;

  /** The client: the one given, or one built from the attributes. */
  protected get api(): EduClient {
    if (this.client) return this.client;
    this.#ownClient ??= createClient({
      baseUrl: this.apiBase || '/api',
      region: this.region || undefined,
      credentials: this.credentials,
      headers: this.headers,
      fetch: this.fetch,
    });
    return this.#ownClient;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const config = ['apiBase', 'region', 'credentials', 'headers', 'fetch'] as const;
    if (config.some((name) => changed.has(name))) this.#ownClient = undefined;
  }

  protected get language(): Language {
    return this.lang ? resolveLanguage(this.lang) : languageOf(this);
  }

  /** The bundles the last render read. */
  #bundles: Bundles = new Set();
  #stopWaiting: (() => void) | undefined;

  /**
   * An element shown in English waits for the English of the bundles it
   * renders (its own and the common ones), at most a few seconds: then it
   * shows Russian, and English as soon as it arrives.
   */
  protected override async scheduleUpdate(): Promise<void> {
    const language = this.language;
    if (language !== 'ru') {
      const bundles = this.#bundlesToRender();
      if (!hasLanguage(language, bundles)) await loadLanguage(language, bundles);
    }
    super.scheduleUpdate();
  }

  /** What the next render reads: known from earlier renders, else from a render thrown away. */
  #bundlesToRender(): Bundles {
    const known = bundlesOfClass.get(this.constructor);
    if (known) return new Set([...known, ...this.#bundles]);
    const probe: Bundles = new Set();
    try {
      track(probe, () => this.render());
    } catch {
      // The render needs state that the update brings; it tells its bundles then.
    }
    return probe;
  }

  protected override update(changed: PropertyValues<this>): void {
    const read: Bundles = new Set();
    track(read, () => super.update(changed));
    this.#bundles = read;
    const known = bundlesOfClass.get(this.constructor) ?? new Set();
    for (const b of read) known.add(b);
    bundlesOfClass.set(this.constructor, known);
    this.#awaitEnglish();
  }

  /** Shown in Russian for want of English: renders again once it arrives. */
  #awaitEnglish(): void {
    this.#stopWaiting?.();
    this.#stopWaiting = undefined;
    const language = this.language;
    if (language === 'ru' || hasLanguage(language, this.#bundles)) return;
    void loadLanguage(language, this.#bundles);
    this.#stopWaiting = whenEnglish(this.#bundles, () => this.requestUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#awaitEnglish();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWaiting?.();
    this.#stopWaiting = undefined;
  }

  /** Dispatches a bubbling, composed event that crosses shadow roots. */
  protected emit<T>(type: string, detail: T): boolean {
    return this.dispatchEvent(
      new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: true }),
    );
  }
}
