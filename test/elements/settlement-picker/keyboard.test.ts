import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { Settlement } from '../../../src/contract/types.js';
import { deepActiveElement } from '../../support/dom.js';
import { activeOption, dagestan, mount, options, optionNames, search } from './harness.js';

describe('<edu-settlement-picker> keyboard', () => {
  it('opens with the arrows, moves through the options and wraps around', async () => {
    const { root, input } = await mount();
    await search(root, input, 'Советское');
    const all = options(root);
    expect(all.length).to.be.greaterThan(2);
    expect(activeOption(root, input)).to.equal(null);

    await sendKeys({ press: 'ArrowDown' });
    expect(activeOption(root, input)).to.equal(all[0]);
    expect(all[0]!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    expect(activeOption(root, input)).to.equal(all[1]);
    expect(all[0]!.getAttribute('aria-selected')).to.equal('false');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(activeOption(root, input)).to.equal(all[all.length - 1]);
  });

  it('jumps with Home, End, Page Down and Page Up', async () => {
    const { root, input } = await mount();
    await search(root, input, 'Верхн');
    const all = options(root);
    expect(all).to.have.length(10);

    await sendKeys({ press: 'PageDown' });
    expect(activeOption(root, input)).to.equal(all[4]);
    await sendKeys({ press: 'PageDown' });
    expect(activeOption(root, input)).to.equal(all[9]);
    await sendKeys({ press: 'PageDown' });
    expect(activeOption(root, input), 'stops at the last').to.equal(all[9]);
    await sendKeys({ press: 'PageUp' });
    expect(activeOption(root, input)).to.equal(all[4]);
    await sendKeys({ press: 'Home' });
    expect(activeOption(root, input)).to.equal(all[0]);
    await sendKeys({ press: 'End' });
    expect(activeOption(root, input)).to.equal(all[9]);
  });

  it('gives every option its place in the list', async () => {
    const { root, input } = await mount();
    await search(root, input, 'Советское');
    const all = options(root);
    all.forEach((option, i) => {
      expect(option.getAttribute('aria-posinset')).to.equal(String(i + 1));
      expect(option.getAttribute('aria-setsize')).to.equal(String(all.length));
    });
  });

  it('chooses with Enter and does not send the form around it', async () => {
    let sent = 0;
    const { el, root, input } = await mount(
      html`<form @submit=${(event: Event) => (event.preventDefault(), sent++)}>
        <edu-settlement-picker .places=${dagestan} name="settlement"></edu-settlement-picker>
      </form>`,
    );
    await search(root, input, 'Советское');

    await sendKeys({ press: 'Enter' });
    expect(sent, 'Enter with options but none active').to.equal(0);
    expect(input.getAttribute('aria-expanded')).to.equal('true');

    await sendKeys({ press: 'ArrowDown' });
    const chosen = oneEvent(el, 'change');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await chosen) as CustomEvent<{ settlement: Settlement }>;

    expect(detail.settlement.name).to.equal('Советское');
    expect(el.value).to.equal(detail.settlement);
    expect(input.value).to.equal('Советское');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(sent).to.equal(0);
  });

  it('closes with Escape, then clears with a second Escape', async () => {
    const { root, input } = await mount();
    await search(root, input, 'Ахты');

    await sendKeys({ press: 'Escape' });
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(options(root)).to.have.length(0);
    expect(input.value).to.equal('Ахты');

    await sendKeys({ press: 'Escape' });
    expect(input.value).to.equal('');
    expect(deepActiveElement()).to.equal(input);
  });

  it('clears a chosen place with Escape, and says so', async () => {
    const { el, root, input } = await mount();
    await search(root, input, 'Ахты');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(el.value!.name).to.equal('Ахты');

    const cleared = oneEvent(el, 'edu-settlement-select');
    await sendKeys({ press: 'Escape' });
    expect(((await cleared) as CustomEvent).detail.settlement).to.equal(null);
    expect(el.value).to.equal(null);
    expect(input.value).to.equal('');
  });

  it('leaves with Tab, keeping the option that was active', async () => {
    const { el, root, input } = await mount(
      html`<div>
        <edu-settlement-picker .places=${dagestan}></edu-settlement-picker>
        <button>Дальше</button>
      </div>`,
    );
    await search(root, input, 'Касумк');
    await sendKeys({ press: 'ArrowDown' });

    await sendKeys({ press: 'Tab' });
    await el.updateComplete;

    expect(el.value!.name).to.equal('Касумкент');
    expect(deepActiveElement()!.textContent).to.equal('Дальше');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
  });

  it('leaves Enter and the arrows to an input method that is composing', async () => {
    const { el, root, input } = await mount();
    await search(root, input, 'Ахты');
    await sendKeys({ press: 'ArrowDown' });
    const before = activeOption(root, input);

    for (const key of ['Enter', 'ArrowDown', 'Escape']) {
      const event = new KeyboardEvent('keydown', {
        key,
        isComposing: true,
        bubbles: true,
        composed: true,
        cancelable: true,
      });
      input.dispatchEvent(event);
      expect(event.defaultPrevented, key).to.equal(false);
    }
    await el.updateComplete;

    expect(el.value).to.equal(null);
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(activeOption(root, input)).to.equal(before);

    await sendKeys({ press: 'Enter' });
    expect(el.value!.name).to.equal('Ахты');
  });

  it('finds what people type in a given list, without a request', async () => {
    const { root, input } = await mount();
    for (const [typed, name] of [
      ['lth,tyn', 'Дербент'],
      ['Makhachkala', 'Махачкала'],
      ['с. Касумкнет', 'Касумкент'],
      ['Н. Казанище', 'Нижнее Казанище'],
    ] as const) {
      await search(root, input, typed);
      expect(optionNames(root)[0], typed).to.equal(name);
    }
  });

  it('marks the typed words in each option', async () => {
    const { root, input } = await mount();
    await search(root, input, 'с. Н. Казан');
    const marks = [...options(root)[0]!.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).to.deep.equal(['Н', 'Казан']);
  });
});

describe('<edu-settlement-picker> in a list of one', () => {
  it('chooses the only option with Enter', async () => {
    const el = await fixture(
      html`<edu-settlement-picker .places=${dagestan.slice(0, 3)}></edu-settlement-picker>`,
    );
    const root = el.shadowRoot!;
    const input = root.querySelector('input')!;
    await search(root, input, 'Махачкала');
    await sendKeys({ press: 'Enter' });
    expect(input.value).to.equal('Махачкала');
  });
});
