import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { css, html as litHtml } from 'lit';
import { customElement } from 'lit/decorators.js';
import '../../src/elements/settlement-picker/define.js';
import { EduElement } from '../../src/core/edu-element.js';
import { baseStyles } from '../../src/core/styles.js';

/** An element with a moving part and a disabled button, on the shared styles. */
@customElement('edu-test-theme-probe')
class ThemeProbe extends EduElement {
  static override styles = [
    baseStyles,
    css`
      p {
        transition: opacity 1s;
      }
    `,
  ];
  override render() {
    return litHtml`<p>Текст</p><button disabled>Кнопка</button>`;
  }
}

/** Adds a host page's stylesheet for one test. */
function hostCss(text: string): () => void {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  return () => style.remove();
}

const inside = (host: Element, selector: string) =>
  getComputedStyle(host.shadowRoot!.querySelector(selector)!);

describe('looking like the host page', () => {
  const cleanups: (() => void)[] = [];
  afterEach(async () => {
    cleanups.splice(0).forEach((cleanup) => cleanup());
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('keeps a readable size under html { font-size: 62.5% } and a hostile reset', async () => {
    cleanups.push(
      hostCss('html { font-size: 62.5%; } * { all: unset; } input { font-size: 8px; }'),
    );
    const picker = await fixture(html`<edu-settlement-picker></edu-settlement-picker>`);
    const input = inside(picker, 'input');

    expect(getComputedStyle(picker).display).to.equal('block');
    expect(parseFloat(input.fontSize)).to.be.at.least(16);
    expect(parseFloat(input.minHeight)).to.be.at.least(44);
    expect(input.borderTopWidth).to.equal('2px');
    // The field fits in the element: the reset does not make it wider than its place.
    const field = picker.shadowRoot!.querySelector('input')!.getBoundingClientRect();
    expect(input.boxSizing).to.equal('border-box');
    expect(field.right).to.be.at.most(picker.getBoundingClientRect().right + 0.5);
  });

  it("inherits the page's font, and takes its --edu-* colours and ::part rules", async () => {
    cleanups.push(
      hostCss(`
        body { font-family: Georgia, serif; }
        edu-test-theme-probe { --edu-color-primary: rgb(107, 29, 29); }
        edu-settlement-picker::part(input) { border-color: rgb(1, 2, 3); }
      `),
    );
    const root = await fixture(
      html`<div>
        <edu-test-theme-probe></edu-test-theme-probe>
        <edu-settlement-picker></edu-settlement-picker>
      </div>`,
    );
    const probe = root.querySelector('edu-test-theme-probe');
    const picker = root.querySelector('edu-settlement-picker');

    expect(inside(picker!, 'input').fontFamily).to.include('Georgia');
    expect(inside(probe!, 'button').borderTopColor).to.equal('rgb(107, 29, 29)');
    expect(inside(picker!, 'input').borderTopColor).to.equal('rgb(1, 2, 3)');
  });

  it('draws the dark scheme when asked, under the page’s own colours', async () => {
    cleanups.push(hostCss('.branded { --edu-color-text: rgb(255, 255, 0); }'));
    const root = await fixture(
      html`<div>
        <edu-test-theme-probe color-scheme="dark"></edu-test-theme-probe>
        <edu-test-theme-probe color-scheme="dark" class="branded"></edu-test-theme-probe>
        <edu-test-theme-probe></edu-test-theme-probe>
      </div>`,
    );
    const [dark, branded, light] = [...root.children] as ThemeProbe[];

    expect(getComputedStyle(dark!).color).to.equal('rgb(232, 234, 237)');
    expect(getComputedStyle(dark!).colorScheme).to.equal('dark');
    expect(getComputedStyle(branded!).color).to.equal('rgb(255, 255, 0)');
    expect(getComputedStyle(light!).color).to.equal('rgb(27, 31, 36)');
  });

  it('follows the reader\'s prefers-color-scheme with color-scheme="auto"', async () => {
    const probe = await fixture<ThemeProbe>(
      html`<edu-test-theme-probe color-scheme="auto"></edu-test-theme-probe>`,
    );
    expect(getComputedStyle(probe).color).to.equal('rgb(27, 31, 36)');

    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(probe).color).to.equal('rgb(232, 234, 237)');
  });

  it('stops moving for a reader who prefers reduced motion', async () => {
    const probe = await fixture<ThemeProbe>(html`<edu-test-theme-probe></edu-test-theme-probe>`);
    expect(inside(probe, 'p').transitionDuration).to.equal('1s');

    await emulateMedia({ reducedMotion: 'reduce' });
    expect(inside(probe, 'p').transitionDuration).to.equal('0s');
  });

  it('uses system colours in forced-colours mode, with no faded disabled button', async () => {
    const probe = await fixture<ThemeProbe>(html`<edu-test-theme-probe></edu-test-theme-probe>`);
    expect(inside(probe, 'button').opacity).to.equal('0.6');

    await emulateMedia({ forcedColors: 'active' });
    expect(inside(probe, 'button').opacity).to.equal('1');
    await emulateMedia({ forcedColors: 'none' });
  });
});
