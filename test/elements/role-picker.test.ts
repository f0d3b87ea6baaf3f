import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/role-picker/define.js';
import type { EduRolePicker, Role } from '../../src/elements/role-picker/define.js';
import { button, deepActiveElement, deepText, tabTo } from '../support/dom.js';

describe('<edu-role-picker>', () => {
  it('asks «Кто вы?» with the three roles', async () => {
    const el = await fixture<EduRolePicker>(html`<edu-role-picker></edu-role-picker>`);
    const text = deepText(el);

    expect(text).to.include('Кто вы?');
    expect(text).to.include('Учитель, сотрудник школы');
    expect(text).to.include('Сотрудник муниципального органа управления образованием');
    expect(text).to.include('Ученик или родитель');
    await expect(el).to.be.accessible();
  });

  it('emits the role chosen by keyboard', async () => {
    const el = await fixture<EduRolePicker>(html`<edu-role-picker></edu-role-picker>`);
    const staff = button(el.shadowRoot!, 'Учитель, сотрудник школы');

    await tabTo(staff);
    const chosen = oneEvent(el, 'edu-role-select');
    await sendKeys({ press: 'Enter' });

    const { detail } = (await chosen) as CustomEvent<{ role: Role }>;
    expect(detail).to.deep.equal({ role: 'school-staff' });
    expect(staff.getAttribute('aria-pressed')).to.equal('true');
    expect(el.value).to.equal('school-staff');
  });

  it('emits municipal-staff for the authority staff', async () => {
    const el = await fixture<EduRolePicker>(html`<edu-role-picker></edu-role-picker>`);

    const chosen = oneEvent(el, 'edu-role-select');
    button(el.shadowRoot!, 'Сотрудник муниципального органа').click();

    expect(((await chosen) as CustomEvent).detail.role).to.equal('municipal-staff');
  });

  it('tells pupils and parents what to do instead, with a way back', async () => {
    const el = await fixture<EduRolePicker>(html`<edu-role-picker></edu-role-picker>`);

    const chosen = oneEvent(el, 'edu-role-select');
    button(el.shadowRoot!, 'Ученик или родитель').click();
    expect(((await chosen) as CustomEvent).detail.role).to.equal('pupil-parent');
    await el.updateComplete;

    const text = deepText(el);
    expect(text).to.include('электронный дневник');
    expect(text).to.include('классному руководителю');
    expect(text).to.include('Госуслуги');
    expect(deepActiveElement()?.tagName).to.equal('H2');
    await expect(el).to.be.accessible();

    await tabTo(button(el.shadowRoot!, 'Вернуться к выбору'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;

    expect(deepText(el)).to.include('Кто вы?');
    expect(deepActiveElement()).to.equal(button(el.shadowRoot!, 'Ученик или родитель'));
  });

  it('gives its form the chosen role under its name', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><edu-role-picker name="role"></edu-role-picker></form>`,
    );
    const el = form.querySelector('edu-role-picker')!;

    button(el.shadowRoot!, 'Учитель, сотрудник школы').click();
    await el.updateComplete;
    expect(new FormData(form).get('role')).to.equal('school-staff');

    form.reset();
    await el.updateComplete;
    expect(new FormData(form).get('role')).to.equal(null);
  });

  it('speaks English with lang="en" and takes string overrides', async () => {
    const messages = { heading: 'Who is applying?' };
    const el = await fixture<EduRolePicker>(
      html`<edu-role-picker lang="en" .messages=${messages}></edu-role-picker>`,
    );

    expect(deepText(el)).to.include('Who is applying?');
    expect(deepText(el)).to.include('Pupil or parent');
  });
});
