import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/elements/organization-profile/define.js';
import type { EduOrganizationProfile } from '../../src/elements/organization-profile/define.js';
import type { Organization } from '../../src/contract/types.js';
import { commonMessages } from '../../src/core/messages.js';
import { button, deepText, tabTo } from '../support/dom.js';
import { mock } from '../support/mock.js';

const school: Organization = {
  id: 'org-akhty-1',
  fullName: 'Муниципальное казённое общеобразовательное учреждение «Ахтынская СОШ № 1»',
  shortName: 'МКОУ «Ахтынская СОШ № 1»',
  inn: '0526001234',
  ogrn: '1020501234567',
  address: 'Республика Дагестан, Ахтынский район, с. Ахты, ул. Гаджибекова, 10',
  settlementId: '0500500000100',
  profileUrl: 'https://network.example.ru/organizations/org-akhty-1',
};

async function profile(organization: Organization | null = school) {
  const el = await fixture<EduOrganizationProfile>(
    html`<edu-organization-profile .organization=${organization}></edu-organization-profile>`,
  );
  await el.updateComplete;
  return el;
}

describe('<edu-organization-profile>', () => {
  before(() => mock.start());
  afterEach(() => mock.reset());

  it('shows the organization and how to register a personal profile', async () => {
    const el = await profile();
    const text = deepText(el.shadowRoot!);

    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.include('Ахтынская СОШ № 1');
    expect(text).to.include(school.fullName);
    expect(text).to.include('0526001234');
    expect(text).to.include('1020501234567');
    expect(text).to.include('ул. Гаджибекова');
    expect(text).to.include('Зарегистрироваться как сотрудник');
    expect(text).to.include('администратор организации подтвердит');
    expect(text).to.include('Заявку на подключение подавать не нужно');

    const link = el.shadowRoot!.querySelector('a')!;
    expect(link.href).to.equal(school.profileUrl);
    expect(link.textContent).to.include('в новом окне');
    await expect(el).to.be.accessible();
  });

  it('asks for a report by keyboard', async () => {
    const el = await profile();

    await tabTo(button(el.shadowRoot!, 'Сообщить о проблеме с профилем'));
    const requested = oneEvent(el, 'edu-report-request');
    await sendKeys({ press: 'Enter' });

    const { detail } = (await requested) as CustomEvent<{ organization: Organization }>;
    expect(detail.organization).to.deep.equal(school);
  });

  it('goes back when it is not theirs', async () => {
    const el = await profile();

    const back = oneEvent(el, 'edu-back');
    button(el.shadowRoot!, 'Это не моя организация').click();

    expect(await back).to.be.instanceOf(CustomEvent);
  });

  it('marks a generated record as a sample', async () => {
    const el = await profile({ ...school, generated: true });

    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.include('Пример');
    expect(deepText(el.shadowRoot!)).to.include('демонстрационная запись');
  });

  it('never turns a javascript: profile link into a link', async () => {
    const el = await profile({ ...school, profileUrl: 'javascript:alert(1)' });

    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(deepText(el.shadowRoot!)).to.include('найдите организацию по названию или ИНН');
  });

  it('shows a malicious name as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = await profile({ ...school, shortName: undefined, fullName: evil });

    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.include(evil);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('loads the organization from organization-id', async () => {
    mock.worker.use(http.get('/api/organizations/:id', () => HttpResponse.json(school)));
    const el = await fixture<EduOrganizationProfile>(
      html`<edu-organization-profile organization-id="org-akhty-1"></edu-organization-profile>`,
    );

    await waitUntil(() => el.shadowRoot!.querySelector('h2'), 'never loaded', { timeout: 4000 });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.include('Ахтынская СОШ № 1');
  });

  it('shows a failed load with a retry', async () => {
    mock.worker.use(
      http.get('/api/organizations/:id', () => new HttpResponse(null, { status: 500 })),
    );
    const el = await fixture<EduOrganizationProfile>(
      html`<edu-organization-profile organization-id="org-akhty-1"></edu-organization-profile>`,
    );

    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no failure', {
      timeout: 4000,
    });
    expect(deepText(el.shadowRoot!)).to.include(commonMessages.ru.server);
    await expect(el).to.be.accessible();

    mock.worker.resetHandlers();
    mock.worker.use(http.get('/api/organizations/:id', () => HttpResponse.json(school)));
    button(el.shadowRoot!, 'Повторить').click();
    await waitUntil(() => el.shadowRoot!.querySelector('h2'), 'retry failed', { timeout: 4000 });
  });

  it('says when no organization is given', async () => {
    const el = await profile(null);

    expect(deepText(el.shadowRoot!)).to.include('Организация не выбрана');
  });
});
