import { expect, fixture, html } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { html as litHtml } from 'lit';
import { EduElement } from '../../src/core/edu-element.js';
import { define } from '../../src/core/define.js';

@customElement('edu-test-probe')
class Probe extends EduElement {
  override render() {
    return litHtml`<p>${this.language}</p>`;
  }
}

describe('EduElement', () => {
  it('speaks Russian unless told otherwise, and follows the lang attribute', async () => {
    const el = await fixture<Probe>(html`<edu-test-probe></edu-test-probe>`);
    expect(el.shadowRoot!.textContent).to.include('ru');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.include('en');
    expect(el.lang).to.equal('en');
  });

  it('defines a tag once, however often its script runs', () => {
    expect(() => define('edu-test-probe', class extends EduElement {})).not.to.throw();
    expect(customElements.get('edu-test-probe')).to.equal(Probe);
  });
});
