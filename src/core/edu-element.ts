import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { createClient, type EduClient } from '../client/client.js';
import { hasLanguage, languageOf, loadLanguage, type Language } from './i18n.js';

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
    return languageOf(this);
  }

  /** An element shown in English waits for the English strings before it renders. */
  protected override async scheduleUpdate(): Promise<void> {
    const language = this.language;
    if (!hasLanguage(language)) await loadLanguage(language);
    super.scheduleUpdate();
  }

  /** Dispatches a bubbling, composed event that crosses shadow roots. */
  protected emit<T>(type: string, detail: T): boolean {
    return this.dispatchEvent(
      new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: true }),
    );
  }
}
