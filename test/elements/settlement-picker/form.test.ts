import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { EduSettlementPicker } from '../../../src/elements/settlement-picker/define.js';
import { byName, dagestan, mount, search } from './harness.js';

const akhty = byName('Ахты');

async function inForm(
  picker = html`<edu-settlement-picker
    name="settlement"
    required
    .places=${dagestan}
  ></edu-settlement-picker>`,
) {
  const mounted = await mount(html`<form>${picker}<button>Отправить</button></form>`);
  return { ...mounted, form: mounted.host as HTMLFormElement };
}

describe('<edu-settlement-picker> in a form', () => {
  it('sends the chosen settlement’s id under its name', async () => {
    const { form, root, input, el } = await inForm();
    expect(new FormData(form).get('settlement')).to.equal(null);

    await search(root, input, 'Ахты');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;

    expect(new FormData(form).get('settlement')).to.equal(akhty.id);
    expect(el.form).to.equal(form);
  });

  it('is invalid while required and empty, with a message, and valid once chosen', async () => {
    const { form, root, input, el } = await inForm();

    expect(form.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Укажите населённый пункт');

    await search(root, input, 'Ахты');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
  });

  it('shows the message at the field when the form is sent without a choice', async () => {
    const { form, root, input } = await inForm();
    form.requestSubmit();
    await (root.host as EduSettlementPicker).updateComplete;

    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const errorId = input.getAttribute('aria-describedby')!.split(' ')[1]!;
    expect(root.getElementById(errorId)!.textContent).to.equal('Укажите населённый пункт');
  });

  it('is disabled by its attribute and by a disabled fieldset, and then sends nothing', async () => {
    const { form, el, input } = await inForm(
      html`<fieldset>
        <edu-settlement-picker name="settlement" .value=${akhty}></edu-settlement-picker>
      </fieldset>`,
    );
    expect(new FormData(form).get('settlement')).to.equal(akhty.id);

    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    expect(input.disabled).to.equal(true);
    expect(new FormData(form).get('settlement')).to.equal(null);

    form.querySelector('fieldset')!.disabled = false;
    el.disabled = true;
    await el.updateComplete;
    expect(input.disabled).to.equal(true);
    expect(el.hasAttribute('disabled')).to.equal(true);
    expect(new FormData(form).get('settlement')).to.equal(null);
  });

  it('comes back to its first value when the form is reset', async () => {
    const { form, el, root, input } = await inForm(
      html`<edu-settlement-picker name="settlement" .value=${akhty} .places=${dagestan}>
      </edu-settlement-picker>`,
    );
    await search(root, input, 'Дербент');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value!.name).to.equal('Дербент');

    form.reset();
    await el.updateComplete;

    expect(el.value).to.equal(akhty);
    expect(input.value).to.equal('Ахты');
    expect(new FormData(form).get('settlement')).to.equal(akhty.id);
  });

  it('takes back the place the browser restores, and ignores a state that is no place', async () => {
    const { el, input } = await inForm();

    await el.formStateRestoreCallback(JSON.stringify(akhty));
    await el.updateComplete;
    expect(el.value).to.deep.equal(akhty);
    expect(input.value).to.equal('Ахты');

    for (const state of ['{"id":1}', 'not json', JSON.stringify({ name: '<b>x</b>' })]) {
      await el.formStateRestoreCallback(state);
      await el.updateComplete;
      expect(el.value, state).to.deep.equal(akhty);
    }
  });

  it('shows no name from a restored state that is no place', async () => {
    const { el, input } = await inForm();

    await el.formStateRestoreCallback(JSON.stringify({ name: 'Ахты' }));
    await el.updateComplete;
    expect(el.value).to.equal(null);
    expect(input.value).to.equal('');
  });

  it('fires change with the chosen settlement, and with null when it is typed over', async () => {
    const { el, root, input } = await inForm();
    await search(root, input, 'Ахты');
    await sendKeys({ press: 'ArrowDown' });
    const chosen = oneEvent(el, 'change');
    await sendKeys({ press: 'Enter' });
    expect(((await chosen) as CustomEvent).detail.settlement).to.equal(akhty);

    const cleared = oneEvent(el, 'change');
    await sendKeys({ press: 'Backspace' });
    expect(((await cleared) as CustomEvent).detail.settlement).to.equal(null);
  });
});
