import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/elements/login-form/define.js';
import type { EduLoginForm } from '../../src/elements/login-form/define.js';
import type { Session } from '../../src/contract/types.js';
import { BLOCKED_ACCOUNT, DEMO_ACCOUNT, EXPIRED_ACCOUNT } from '../../src/mocks/index.js';
import { mock } from '../support/mock.js';
import { button, deepText, field, tabTo } from '../support/dom.js';

const problem = (status: number, code: string, headers: Record<string, string> = {}) =>
  HttpResponse.json(
    { status, code, title: code },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );

async function loginForm(login = '') {
  return fixture<EduLoginForm>(html`<edu-login-form login=${login}></edu-login-form>`);
}

async function submitWith(form: EduLoginForm, login: string, password: string) {
  const root = form.shadowRoot!;
  const loginInput = field(form, 'Логин');
  loginInput.value = login;
  loginInput.dispatchEvent(new Event('input'));
  const passwordInput = field(form, 'Пароль');
  passwordInput.value = password;
  passwordInput.dispatchEvent(new Event('input'));
  button(root, 'Войти').click();
}

const alertText = (form: EduLoginForm) =>
  deepText(form.shadowRoot!.querySelector('.alert') ?? form);

describe('edu-login-form', () => {
  before(() => mock.start());
  afterEach(() => mock.reset());

  it('logs in by keyboard alone: Tab, type, Enter', async () => {
    const form = await loginForm();
    const root = form.shadowRoot!;

    await tabTo(field(form, 'Логин'));
    await sendKeys({ type: DEMO_ACCOUNT.login });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: DEMO_ACCOUNT.password });
    const loggedIn = oneEvent(form, 'edu-login');
    await sendKeys({ press: 'Enter' });

    const { detail } = (await loggedIn) as CustomEvent<{ session: Session }>;
    expect(detail.session.user.login).to.equal(DEMO_ACCOUNT.login);
    expect(detail.session.needsActivation).to.equal(true);
    await waitUntil(() => deepText(root).includes('Вход выполнен'));
    await sendKeys({ press: 'Tab' });
    await form.updateComplete;
    expect(deepText(root), 'the emptied password is not an error').not.to.include('Введите пароль');
  });

  it('names its fields for password managers and prefills the login', async () => {
    const form = await loginForm('demo-school');

    expect(field(form, 'Логин').autocomplete).to.equal('username');
    expect(field(form, 'Логин').value).to.equal('demo-school');
    expect(field(form, 'Пароль').autocomplete).to.equal('current-password');
    await expect(form).to.be.accessible();
  });

  it('puts its inputs in the page’s document, where password managers and autofill look', async () => {
    const form = await loginForm();
    const login = field(form, 'Логин');
    const password = field(form, 'Пароль');

    for (const input of [login, password]) {
      expect(input.getRootNode(), 'not inside a shadow root').to.equal(document);
      expect(input.parentElement).to.equal(form);
      expect(input.assignedSlot, 'shown inside the form’s layout').not.to.equal(null);
    }
    expect(login.labels?.[0]?.textContent).to.equal('Логин');
    expect(document.getElementById(login.getAttribute('aria-describedby')!)?.textContent).to.equal(
      'Как в письме с учётными данными',
    );
    expect(
      form.querySelectorAll('[style]'),
      'no style attributes under a strict CSP',
    ).to.have.length(0);
  });

  it('keeps its fields visible and sized whatever the host page’s CSS says', async () => {
    const hostile = document.createElement('style');
    hostile.textContent = `
      input, label, span { display: none !important; }
      edu-login-form input { width: 3px !important; opacity: 0 !important; color: white !important; }
      edu-login-form > * { position: absolute !important; left: -9999px !important; }`;
    document.head.append(hostile);
    try {
      const form = await loginForm();
      for (const input of [field(form, 'Логин'), field(form, 'Пароль')]) {
        const style = getComputedStyle(input);
        expect(style.display).to.equal('block');
        expect(style.opacity).to.equal('1');
        expect(style.position).to.equal('static');
        expect(input.getBoundingClientRect().width).to.be.greaterThan(100);
        expect(input.getBoundingClientRect().height).to.be.at.least(44);
      }
      expect(getComputedStyle(field(form, 'Логин').labels![0]!).display).to.equal('block');
      await expect(form).to.be.accessible();
    } finally {
      hostile.remove();
    }
  });

  it('gives two forms on one page fields of their own', async () => {
    const [first, second] = await Promise.all([loginForm(), loginForm()]);
    const a = field(first, 'Логин');
    const b = field(second, 'Логин');
    expect(a.id).not.to.equal(b.id);
    expect(b.labels?.[0]?.closest('edu-login-form')).to.equal(second);
  });

  it('asks for both fields on submit and puts focus on the first empty one', async () => {
    const form = await loginForm();
    const root = form.shadowRoot!;

    button(root, 'Войти').click();
    await form.updateComplete;
    await aTimeout(0);

    expect(deepText(root)).to.include('Введите логин').and.include('Введите пароль');
    expect(field(form, 'Логин').getAttribute('aria-invalid')).to.equal('true');
    expect(document.activeElement).to.equal(field(form, 'Логин'));
    await expect(form).to.be.accessible();
  });

  it('explains a wrong login or password and keeps the login typed', async () => {
    const form = await loginForm();
    const root = form.shadowRoot!;

    await submitWith(form, DEMO_ACCOUNT.login, 'не-тот-пароль');
    await waitUntil(() => root.querySelector('[data-code]'));

    expect(alertText(form)).to.include('Неверный логин или пароль').and.include('Caps Lock');
    expect(field(form, 'Логин').value).to.equal(DEMO_ACCOUNT.login);
    expect(field(form, 'Пароль').value).to.equal('');
    expect(deepText(root), 'the emptied password is not an error').not.to.include('Введите пароль');
    await expect(form).to.be.accessible();
  });

  it('sends a blocked account to support', async () => {
    const form = await loginForm();
    await submitWith(form, BLOCKED_ACCOUNT.login, BLOCKED_ACCOUNT.password);
    await waitUntil(() => form.shadowRoot!.querySelector('[data-code]'));

    expect(alertText(form)).to.include('заблокирована').and.include('поддержки');
  });

  it('tells how to get a new password when the temporary one has expired', async () => {
    const form = await loginForm();
    await submitWith(form, EXPIRED_ACCOUNT.login, EXPIRED_ACCOUNT.password);
    await waitUntil(() => form.shadowRoot!.querySelector('[data-code]'));

    expect(alertText(form)).to.include('временного пароля истёк').and.include('новый');
  });

  it('counts down the wait after too many attempts, with the button disabled', async () => {
    mock.worker.use(
      http.post('/api/session', () => problem(429, 'too-many-attempts', { 'Retry-After': '2' }), {
        once: true,
      }),
    );
    const form = await loginForm();
    const root = form.shadowRoot!;
    await submitWith(form, DEMO_ACCOUNT.login, 'пароль');
    await waitUntil(() => root.querySelector('[data-code="too-many-attempts"]'));

    expect(alertText(form)).to.include('через 2 секунды');
    expect(root.querySelector('[role="timer"]')).not.to.equal(null);
    expect(root.querySelector('[role="status"]')?.textContent).to.include(
      'Слишком много попыток входа',
    );
    expect(button(root, 'Войти').hasAttribute('disabled')).to.equal(true);
    await expect(form).to.be.accessible();

    await waitUntil(() => alertText(form).includes('через 1 секунду'), 'counts down', {
      timeout: 2000,
    });
    await waitUntil(() => !button(root, 'Войти').hasAttribute('disabled'), 'enabled again', {
      timeout: 2000,
    });
    expect(deepText(root)).to.include('Можно попробовать войти снова');
    expect(field(form, 'Логин').value).to.equal(DEMO_ACCOUNT.login);
  });

  it('shows a server failure with a retry that logs in once the server is back', async () => {
    mock.worker.use(
      http.post('/api/session', () => HttpResponse.json({}, { status: 500 }), { once: true }),
    );
    const form = await loginForm();
    const root = form.shadowRoot!;
    await submitWith(form, DEMO_ACCOUNT.login, DEMO_ACCOUNT.password);
    await waitUntil(() => root.querySelector('[role="alert"]'));
    expect(deepText(root)).to.include('На сервере произошла ошибка');
    await expect(form).to.be.accessible();

    const loggedIn = oneEvent(form, 'edu-login');
    button(root, 'Повторить').click();
    await loggedIn;
  });

  it('warns while Caps Lock is on in the password field', async () => {
    const form = await loginForm();
    const root = form.shadowRoot!;
    const password = field(form, 'Пароль');

    password.dispatchEvent(new KeyboardEvent('keydown', { key: 'A', modifierCapsLock: true }));
    await form.updateComplete;
    expect(deepText(root)).to.include('Включён Caps Lock');
    expect(password.getAttribute('aria-describedby')).to.include('caps');

    password.dispatchEvent(
      new KeyboardEvent('keyup', { key: 'CapsLock', modifierCapsLock: false }),
    );
    await form.updateComplete;
    expect(deepText(root)).not.to.include('Включён Caps Lock');
  });

  it('shows and hides the password with a toggle button', async () => {
    const form = await loginForm();
    const root = form.shadowRoot!;
    const toggle = button(root, 'Показать пароль');

    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await form.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(field(form, 'Пароль').type).to.equal('text');

    toggle.click();
    await form.updateComplete;
    expect(field(form, 'Пароль').type).to.equal('password');
  });
});
