import { expect } from '@open-wc/testing';
import { suggestEmail } from '../../src/domain/email-typos.js';

describe('suggestEmail', () => {
  const typos: [string, string][] = [
    ['ahty@mail.ry', 'ahty@mail.ru'],
    ['ahty@mial.ru', 'ahty@mail.ru'],
    ['ahty@ail.ru', 'ahty@mail.ru'],
    ['ahty@yandx.ru', 'ahty@yandex.ru'],
    ['ahty@gmail.co', 'ahty@gmail.com'],
    ['Директор@inbox.ry', 'Директор@inbox.ru'],
  ];
  for (const [typed, meant] of typos) {
    it(`asks whether «${typed}» is ${meant}`, () => {
      expect(suggestEmail(typed)).to.equal(meant);
    });
  }

  it('leaves common domains, a school’s own domain and short ones alone', () => {
    for (const address of ['a@mail.ru', 'a@ya.ru', 'a@school.ru', 'a@ахты-школа.рф', 'a@ok.ru']) {
      expect(suggestEmail(address), address).to.equal(null);
    }
    expect(suggestEmail('no-at-sign')).to.equal(null);
  });
});
