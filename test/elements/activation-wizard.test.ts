import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/elements/activation-wizard/define.js';
import type { EduActivationWizard } from '../../src/elements/activation-wizard/define.js';
import type { EduClient } from '../../src/client/client.js';
import type { ActivationState } from '../../src/contract/types.js';
import { clearWizardDrafts, wizardDraft } from '../support/drafts.js';
import { DEMO_ACCOUNT } from '../../src/mocks/index.js';
import { mock } from '../support/mock.js';
import { button, deepActiveElement, deepText, field, tabTo, typeInto } from '../support/dom.js';
import { announcement, fill, loggedInClient, stepHeading, waitForStep } from './wizard-helpers.js';

const NEW_PASSWORD = 'Gorod-Ahty-2027';

async function activationWizard(client: EduClient) {
  return fixture<EduActivationWizard>(
    html`<edu-activation-wizard .client=${client}></edu-activation-wizard>`,
  );
}

async function acceptTerms(wizard: EduActivationWizard) {
  const root = wizard.shadowRoot!;
  field(root, 'принимаю условия').click();
  field(root, 'согласие на обработку').click();
  button(root, 'Далее').click();
  await waitForStep(wizard, 'Новый пароль');
}

async function replacePassword(
  wizard: EduActivationWizard,
  current: string = DEMO_ACCOUNT.password,
) {
  const root = wizard.shadowRoot!;
  await fill(field(root, 'Временный пароль'), current);
  await fill(field(root, 'Новый пароль'), NEW_PASSWORD);
  await fill(field(root, 'Новый пароль ещё раз'), NEW_PASSWORD);
  button(root, 'Далее').click();
}

/** The code of the last letter or text message the mock sent to `to`. */
/** The hint a screen reader reads with the field. */
function hintOf(input: HTMLInputElement): string {
  const root = input.getRootNode() as Document | ShadowRoot;
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => (id ? (root.getElementById(id)?.textContent ?? '') : ''))
    .join(' ');
}

function lastCode(to: string): string {
  const letter = [...mock.db.outbox].reverse().find((item) => item.to === to);
  return letter?.code ?? '';
}

describe('edu-activation-wizard', () => {
  let client: EduClient;

  before(() => mock.start());
  beforeEach(async () => {
    client = await loggedInClient(DEMO_ACCOUNT);
  });
  afterEach(() => {
    clearWizardDrafts();
    mock.reset();
  });

  it('goes from the terms to the finished screen by keyboard alone', async function () {
    // Every key is a round trip to the browser: on a loaded machine that takes a while.
    this.timeout(30_000);
    const wizard = await activationWizard(client);
    const root = wizard.shadowRoot!;
    await waitForStep(wizard, 'Условия использования');

    const current = root.querySelector('li[aria-current="step"]');
    expect(deepText(current!)).to.include('Условия использования').and.include('нужно заполнить');
    expect(announcement(wizard)).to.include('Шаг 1 из 3: Условия использования');
    await expect(wizard).to.be.accessible();

    await tabTo(field(root, 'принимаю условия'));
    await sendKeys({ press: 'Space' });
    await tabTo(field(root, 'согласие на обработку'));
    await sendKeys({ press: 'Space' });
    await tabTo(button(root, 'Далее'));
    await sendKeys({ press: 'Enter' });

    await waitForStep(wizard, 'Новый пароль');
    expect(deepActiveElement()).to.equal(stepHeading(wizard));
    expect(announcement(wizard)).to.include('Шаг 2 из 3: Новый пароль');
    await expect(wizard).to.be.accessible();
    // The password manager learns whose password it is, from a field nobody sees.
    const username = root.querySelector<HTMLInputElement>('input[autocomplete="username"]')!;
    expect(username.value).to.equal(DEMO_ACCOUNT.login);
    expect(username.form).to.equal(field(root, 'Новый пароль').form);
    expect(username.getBoundingClientRect().height).to.equal(0);

    await typeInto(field(root, 'Временный пароль'), DEMO_ACCOUNT.password);
    await typeInto(field(root, 'Новый пароль'), NEW_PASSWORD);
    await typeInto(field(root, 'Новый пароль ещё раз'), NEW_PASSWORD);
    await sendKeys({ press: 'Enter' });

    await waitForStep(wizard, 'Контактные данные');
    await expect(wizard).to.be.accessible();
    await typeInto(field(root, 'Электронная почта'), 'sekretar@ahty-school.ru');
    await tabTo(button(root, /^Отправить код на почту$/));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepText(root).includes('Код отправлен: sekretar@ahty-school.ru'));
    await typeInto(field(root, 'Код из письма'), lastCode('sekretar@ahty-school.ru'));

    await typeInto(field(root, 'Телефон'), '8 (928) 123-45-67');
    await tabTo(button(root, /^Отправить код по SMS$/));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepText(root).includes('Код отправлен: +7 928 123-45-67'));
    expect(deepText(root)).to.include('Новый код можно получить через');
    await expect(wizard).to.be.accessible();
    await typeInto(field(root, 'Код из SMS'), lastCode('+7 928 123-45-67'));
    const completed = oneEvent(wizard, 'edu-activation-complete');
    await sendKeys({ press: 'Enter' });

    const { detail } = (await completed) as CustomEvent<{ state: ActivationState }>;
    expect(detail.state.next).to.equal(null);
    await waitForStep(wizard, 'Учётная запись активирована');
    expect(deepActiveElement()).to.equal(stepHeading(wizard));
    expect(mock.db.account(DEMO_ACCOUNT.login)?.password).to.equal(NEW_PASSWORD);
    expect(mock.db.state.wizards[DEMO_ACCOUNT.login]?.activation.contacts).to.deep.equal({
      email: 'sekretar@ahty-school.ru',
      phone: '+79281234567',
    });
    await expect(wizard).to.be.accessible();
  });

  it('confirms the contacts by code: a wrong one is refused at its field, resend waits', async () => {
    mock.db.saveActivationStep(DEMO_ACCOUNT.login, 'terms', {
      acceptTerms: true,
      acceptPersonalData: true,
    });
    mock.db.saveActivationStep(DEMO_ACCOUNT.login, 'password', {
      currentPassword: DEMO_ACCOUNT.password,
      newPassword: NEW_PASSWORD,
    });
    const wizard = await activationWizard(client);
    const root = wizard.shadowRoot!;
    await waitForStep(wizard, 'Контактные данные');

    await fill(field(root, 'Электронная почта'), 'sekretar@ahty-school.ru');
    await fill(field(root, 'Телефон'), '8 928 123-45-67');
    button(root, 'Далее').click();
    await waitUntil(() => root.querySelector('[data-summary]'));
    const summary = deepText(root.querySelector('[data-summary]')!);
    expect(summary).to.include('Нажмите «Отправить код на почту»');
    expect(summary).to.include('Нажмите «Отправить код по SMS»');
    const sendEmail = button(root, /^Отправить код на почту$/) as HTMLButtonElement;
    const sendPhone = button(root, /^Отправить код по SMS$/) as HTMLButtonElement;
    expect(hintOf(field(root, 'Код из письма'))).to.include('проверьте папку «Спам»');
    expect(hintOf(field(root, 'Код из SMS'))).to.include('SMS может прийти через минуту');
    expect(hintOf(field(root, 'Код из SMS'))).to.include('верно ли указан номер');
    expect(hintOf(field(root, 'Код из SMS'))).not.to.include('Письмо');
    sendEmail!.click();
    await waitUntil(() => lastCode('sekretar@ahty-school.ru'));
    sendPhone!.click();
    await waitUntil(() => lastCode('+7 928 123-45-67'));
    await waitUntil(() => sendPhone!.disabled);
    expect(deepText(root)).to.match(/Новый код можно получить через \d+ секунд/);

    const right = lastCode('+7 928 123-45-67');
    await fill(field(root, 'Код из письма'), right === '123456' ? '654321' : '123456');
    await fill(field(root, 'Код из SMS'), right);
    button(root, 'Далее').click();
    await waitUntil(() => field(root, 'Код из письма').getAttribute('aria-invalid') === 'true');
    expect(deepText(root)).to.include('Код не подходит');
    await expect(wizard).to.be.accessible();

    await fill(field(root, 'Код из письма'), lastCode('sekretar@ahty-school.ru'));
    expect(sendEmail.textContent?.trim()).to.equal('Отправить код на почту ещё раз');
    expect(sendPhone.textContent?.trim()).to.equal('Отправить код по SMS ещё раз');
    button(root, 'Далее').click();
    await waitForStep(wizard, 'Учётная запись активирована');
  });

  it('shows the terms and the consent in scrollable regions a keyboard can reach', async () => {
    const wizard = await activationWizard(client);
    await waitForStep(wizard, 'Условия использования');
    const regions = wizard.shadowRoot!.querySelectorAll('[role="region"]');

    expect(regions).to.have.length(2);
    regions.forEach((region) => expect(region.getAttribute('tabindex')).to.equal('0'));
  });

  it('refuses to go on without both consents and says which is missing', async () => {
    const wizard = await activationWizard(client);
    const root = wizard.shadowRoot!;
    await waitForStep(wizard, 'Условия использования');

    field(root, 'принимаю условия').click();
    button(root, 'Далее').click();
    await waitUntil(() => root.querySelector('[data-summary]'));

    expect(deepText(root.querySelector('[data-summary]')!)).to.include(
      'Дайте согласие на обработку персональных данных',
    );
    expect(deepActiveElement()).to.equal(root.querySelector('[data-summary]'));
    expect(field(root, 'согласие на обработку').getAttribute('aria-invalid')).to.equal('true');
    await expect(wizard).to.be.accessible();
  });

  it('ticks off the password rules live as the person types', async () => {
    const wizard = await activationWizard(client);
    await waitForStep(wizard, 'Условия использования');
    await acceptTerms(wizard);
    const root = wizard.shadowRoot!;
    const met = () =>
      [...root.querySelectorAll('[data-rule]')]
        .filter((rule) => rule.getAttribute('data-met') === 'true')
        .map((rule) => rule.getAttribute('data-rule'));

    await fill(field(root, 'Временный пароль'), DEMO_ACCOUNT.password);
    expect(met()).to.deep.equal([]);

    await typeInto(field(root, 'Новый пароль'), 'abcdefgh');
    expect(met()).to.deep.equal(['ruleLength', 'ruleNotOld', 'ruleNotCommon']);

    await typeInto(field(root, 'Новый пароль'), 'qwerty123');
    expect(met()).to.deep.equal(['ruleLength', 'ruleLettersDigits', 'ruleNotOld']);

    await typeInto(field(root, 'Новый пароль'), DEMO_ACCOUNT.password);
    expect(met()).not.to.include('ruleNotOld');

    await typeInto(field(root, 'Новый пароль'), NEW_PASSWORD);
    expect(met()).to.have.length(4);
    const live = root.querySelector('[aria-live="polite"]');
    expect(live?.textContent).to.include('Выполнено правил: 4 из 4');

    await fill(field(root, 'Новый пароль ещё раз'), 'Gorod-Ahty-2028');
    button(root, 'Далее').click();
    await waitUntil(() => root.querySelector('[data-summary]'));
    expect(deepText(root)).to.include('Пароли не совпадают');
  });

  it('shows a wrong temporary password at its field', async () => {
    const wizard = await activationWizard(client);
    await waitForStep(wizard, 'Условия использования');
    await acceptTerms(wizard);
    const root = wizard.shadowRoot!;

    await replacePassword(wizard, 'не-тот-пароль-1');
    await waitUntil(() => field(root, 'Временный пароль').getAttribute('aria-invalid') === 'true');

    const current = field(root, 'Временный пароль');
    const errorId = current.getAttribute('aria-describedby')!.split(' ').pop()!;
    expect(root.getElementById(errorId)?.textContent?.trim()).not.to.equal('');
    expect(field(root, 'Новый пароль').value).to.equal(NEW_PASSWORD);
    expect(stepHeading(wizard)?.textContent).to.include('Новый пароль');
    await expect(wizard).to.be.accessible();
  });

  it('resumes after a reload at the server’s next step with the draft restored', async () => {
    const first = await activationWizard(client);
    await waitForStep(first, 'Условия использования');
    await acceptTerms(first);
    await replacePassword(first);
    await waitForStep(first, 'Контактные данные');
    await fill(field(first.shadowRoot!, 'Электронная почта'), 'direktor@ahty-school.ru');
    first.remove();

    const second = await activationWizard(client);
    await waitForStep(second, 'Контактные данные');
    expect(field(second.shadowRoot!, 'Электронная почта').value).to.equal(
      'direktor@ahty-school.ru',
    );
    const steps = second.shadowRoot!.querySelectorAll('.steps li');
    expect(deepText(steps[0]!)).to.include('выполнен');
    expect(deepText(steps[1]!)).to.include('выполнен');
  });

  it('never keeps passwords in the stored draft', async () => {
    const wizard = await activationWizard(client);
    await waitForStep(wizard, 'Условия использования');
    await acceptTerms(wizard);
    await fill(field(wizard.shadowRoot!, 'Новый пароль'), NEW_PASSWORD);

    expect(wizardDraft('activation', 'password')).to.equal(undefined);
    expect(JSON.stringify({ ...localStorage })).not.to.include(NEW_PASSWORD);
  });

  it('keeps the input when saving fails, and saves on retry', async () => {
    mock.worker.use(
      http.put('/api/activation/terms', () => HttpResponse.json({}, { status: 500 }), {
        once: true,
      }),
    );
    const wizard = await activationWizard(client);
    const root = wizard.shadowRoot!;
    await waitForStep(wizard, 'Условия использования');

    field(root, 'принимаю условия').click();
    field(root, 'согласие на обработку').click();
    button(root, 'Далее').click();
    await waitUntil(() => root.querySelector('[part="error"]'));

    expect(deepText(root)).to.include('На сервере произошла ошибка');
    expect(field(root, 'принимаю условия').checked).to.equal(true);
    expect(field(root, 'согласие на обработку').checked).to.equal(true);
    await expect(wizard).to.be.accessible();

    button(root, 'Повторить').click();
    await waitForStep(wizard, 'Новый пароль');
  });

  it('reports an ended session and keeps the draft for after the next login', async () => {
    mock.worker.use(
      http.put('/api/activation/terms', () =>
        HttpResponse.json(
          { status: 401, code: 'session-expired', title: 'Session expired' },
          { status: 401 },
        ),
      ),
    );
    const wizard = await activationWizard(client);
    const root = wizard.shadowRoot!;
    await waitForStep(wizard, 'Условия использования');

    field(root, 'принимаю условия').click();
    field(root, 'согласие на обработку').click();
    const expired = oneEvent(wizard, 'edu-session-expired');
    button(root, 'Далее').click();
    await expired;

    await waitUntil(() => deepText(root).includes('Сеанс истёк'));
    const draft = wizardDraft('activation', 'terms');
    expect(draft?.key, "the draft is the account's own").to.equal(
      `activation:${DEMO_ACCOUNT.login}:terms`,
    );
    expect(draft?.value).to.deep.equal({ acceptTerms: true, acceptPersonalData: true });
  });

  it('goes back without losing what was saved, and reopens a done step', async () => {
    const wizard = await activationWizard(client);
    const root = wizard.shadowRoot!;
    await waitForStep(wizard, 'Условия использования');
    await acceptTerms(wizard);

    button(root, 'Назад').click();
    await waitForStep(wizard, 'Условия использования');
    expect(field(root, 'принимаю условия').checked).to.equal(true);

    button(root.querySelector('.steps')!, 'Новый пароль').click();
    await waitForStep(wizard, 'Новый пароль');
    expect(root.querySelector('li[aria-current="step"]')?.textContent).to.include('Новый пароль');
  });
});
