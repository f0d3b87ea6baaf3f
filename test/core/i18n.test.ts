import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/role-picker/define.js';
import { pluralEn, pluralRu } from '../../src/core/i18n.js';
import { rolePickerMessages } from '../../src/elements/role-picker/messages.js';
import { deepText } from '../support/dom.js';

/** English files the page has downloaded so far. */
const englishRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('messages.en'));

describe('languages', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('say Russian plurals by Intl.PluralRules', () => {
    const schools = (count: number) => `${count} ${pluralRu(count, 'школа', 'школы', 'школ')}`;
    expect([1, 2, 5, 11, 12, 21, 22, 111, 1001].map(schools)).to.deep.equal([
      '1 школа',
      '2 школы',
      '5 школ',
      '11 школ',
      '12 школ',
      '21 школа',
      '22 школы',
      '111 школ',
      '1001 школа',
    ]);
  });

  it('say English plurals by Intl.PluralRules', () => {
    const schools = (count: number) => `${count} ${pluralEn(count, 'school', 'schools')}`;
    expect([0, 1, 2, 21].map(schools)).to.deep.equal([
      '0 schools',
      '1 school',
      '2 schools',
      '21 schools',
    ]);
  });

  it('speak Russian without downloading the English strings', async () => {
    const el = await fixture(html`<edu-role-picker></edu-role-picker>`);

    expect(deepText(el)).to.include('Кто вы?');
    expect(englishRequests()).to.deep.equal([]);
    expect(rolePickerMessages.en.heading).to.equal('Кто вы?');
  });

  it('download English when an element is asked for it, and show no Russian first', async () => {
    const el = document.createElement('edu-role-picker');
    el.setAttribute('lang', 'en');
    document.body.append(el);
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;

    expect(deepText(el)).to.include('Who are you?');
    expect(deepText(el)).not.to.include('Кто вы?');
    expect(englishRequests().length).to.be.greaterThan(0);
    el.remove();
  });

  it("take the page's language when the element has none", async () => {
    document.documentElement.lang = 'en';
    const el = await fixture(html`<edu-role-picker></edu-role-picker>`);

    expect(deepText(el)).to.include('Who are you?');
  });

  it("take an ancestor's language over the page's", async () => {
    document.documentElement.lang = 'en';
    const wrapper = await fixture(
      html`<div lang="ru-RU"><edu-role-picker></edu-role-picker></div>`,
    );
    const el = wrapper.querySelector('edu-role-picker') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    await el.updateComplete;

    expect(deepText(el)).to.include('Кто вы?');
  });
});
