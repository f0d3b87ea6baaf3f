import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Application } from '../../src/contract/types.js';
import '../../src/elements/application-sent/define.js';
import type { EduApplicationSent } from '../../src/elements/application-sent/define.js';
import { button, deepText } from '../support/dom.js';

const application: Application = {
  number: 'ОО-2026-000517',
  kind: 'organization',
  status: 'pending',
  fullName: 'МКОУ «Ахтынская СОШ № 3»',
  email: 'ahty3@школа.рф',
  submittedAt: '2026-12-03T09:15:00Z',
  updatedAt: '2026-12-03T09:15:00Z',
};

async function render(value: Application = application) {
  return fixture<EduApplicationSent>(
    html`<edu-application-sent .application=${value}></edu-application-sent>`,
  );
}

describe('<edu-application-sent>', () => {
  it('shows the number, the address and what happens next', async () => {
    const el = await render();
    const text = deepText(el.shadowRoot!);

    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Заявка отправлена');
    expect(el.shadowRoot!.querySelector('.number')!.textContent).to.equal('ОО-2026-000517');
    expect(text).to.include('ahty3@школа.рф');
    expect(text).to.include('письмо с логином и временным паролем');
    expect(text).to.include('«Спам»');
    await expect(el).to.be.accessible();
  });

  it('copies the number and says so in a live region', async () => {
    const el = await render();
    let copied = '';
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = async (text: string) => {
      copied = text;
    };
    try {
      button(el.shadowRoot!, 'Скопировать номер').click();
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      await waitUntil(() => status.textContent === 'Скопировано');
    } finally {
      clipboard.writeText = original;
    }
    expect(copied).to.equal('ОО-2026-000517');
  });

  it('selects the number when the clipboard refuses', async () => {
    const el = await render();
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    try {
      button(el.shadowRoot!, 'Скопировать номер').click();
      await waitUntil(() => deepText(el.shadowRoot!).includes('Не удалось скопировать'));
    } finally {
      clipboard.writeText = original;
    }
    expect(getSelection()!.toString()).to.equal('ОО-2026-000517');
  });

  it('asks for the status with the number and the e-mail, or for the login', async () => {
    const el = await render();

    const status = oneEvent(el, 'edu-status-request');
    button(el.shadowRoot!, 'Узнать статус заявки').click();
    const { detail } = (await status) as CustomEvent<{ number: string; email: string }>;
    expect(detail).to.deep.equal({ number: 'ОО-2026-000517', email: 'ahty3@школа.рф' });

    const login = oneEvent(el, 'edu-login-request');
    button(el.shadowRoot!, 'Войти с полученными данными').click();
    const event = await login;
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('shows text from the server as text', async () => {
    const el = await render({ ...application, email: '<img src=x onerror=alert(1)>@x.ru' });
    expect(deepText(el.shadowRoot!)).to.include('<img src=x onerror=alert(1)>@x.ru');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('speaks English when asked', async () => {
    const el = await fixture<EduApplicationSent>(
      html`<edu-application-sent lang="en" .application=${application}></edu-application-sent>`,
    );
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Application sent');
  });
});
