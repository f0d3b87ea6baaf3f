/**
 * What the wizards keep and say when things go wrong: no network, a failing
 * server, an answer outside the contract, a second tab saving the same step,
 * a session that ends; and what leaving a step does.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/elements/activation-wizard/define.js';
import '../../src/elements/setup-wizard/define.js';
import type { EduActivationWizard } from '../../src/elements/activation-wizard/define.js';
import type { EduSetupWizard } from '../../src/elements/setup-wizard/define.js';
import type { EduClient } from '../../src/client/client.js';
import { clearWizardDrafts, wizardDraft } from '../support/drafts.js';
import {
  ACTIVATED_ACCOUNT,
  DEMO_ACCOUNT,
  HOSTILE_TEXT,
  scenarioHandlers,
} from '../../src/mocks/index.js';
import { mock } from '../support/mock.js';
import { button, deepActiveElement, deepText, field } from '../support/dom.js';
import { fill, loggedInClient, waitForStep } from './wizard-helpers.js';

const NEW_PASSWORD = 'Gorod-Ahty-2027';

const activation = (client: EduClient) =>
  fixture<EduActivationWizard>(
    html`<edu-activation-wizard .client=${client}></edu-activation-wizard>`,
  );

const setup = (client: EduClient) =>
  fixture<EduSetupWizard>(
    html`<edu-setup-wizard today="2026-12-03" .client=${client}></edu-setup-wizard>`,
  );

async function tickTerms(wizard: HTMLElement) {
  const root = wizard.shadowRoot!;
  await waitForStep(wizard, 'Условия использования');
  field(root, 'принимаю условия').click();
  field(root, 'согласие на обработку').click();
}

async function typePasswords(wizard: HTMLElement) {
  const root = wizard.shadowRoot!;
  await fill(field(root, 'Временный пароль'), DEMO_ACCOUNT.password);
  await fill(field(root, 'Новый пароль'), NEW_PASSWORD);
  await fill(field(root, 'Новый пароль ещё раз'), NEW_PASSWORD);
}

const alert = (wizard: HTMLElement) =>
  waitUntil(() => wizard.shadowRoot!.querySelector('[part="error"]'), 'no failure shown');

const stepStatus = (login: string, step: string) =>
  mock.db.activation(login).steps.find((item) => item.id === step)?.status;

describe('wizards on a bad network', () => {
  before(() => mock.start());
  afterEach(() => {
    clearWizardDrafts();
    mock.reset();
  });

  it('offline: says so, keeps the typed profile through a reload, saves once back', async () => {
    const client = await loggedInClient(ACTIVATED_ACCOUNT);
    mock.worker.use(http.put('/api/setup/profile', () => HttpResponse.error()));
    const wizard = await setup(client);
    await waitForStep(wizard, 'Профиль');
    const root = wizard.shadowRoot!;
    await fill(field(root, 'Почтовый индекс'), '368730');
    await fill(field(root, 'Телефон'), '+7 928 555-44-33');
    await fill(field(root, 'Руководитель'), 'Эминов Руслан Шамилович');
    button(root, 'Далее').click();
    await alert(wizard);

    expect(deepText(root)).to.include('Нет связи с сервером').and.include('не потеряно');
    expect(field(root, 'Руководитель').value).to.equal('Эминов Руслан Шамилович');
    await expect(wizard).to.be.accessible();

    wizard.remove();
    mock.worker.resetHandlers();
    const reloaded = await setup(client);
    await waitForStep(reloaded, 'Профиль');
    expect(field(reloaded.shadowRoot!, 'Руководитель').value).to.equal('Эминов Руслан Шамилович');
    button(reloaded.shadowRoot!, 'Далее').click();
    await waitForStep(reloaded, 'Учебный год');
    expect(mock.db.state.wizards[ACTIVATED_ACCOUNT.login]?.setup.profile?.headName).to.equal(
      'Эминов Руслан Шамилович',
    );
  });

  it('a failing server: the step keeps its data and «Повторить» saves it', async () => {
    const client = await loggedInClient(DEMO_ACCOUNT);
    mock.worker.use(...scenarioHandlers.failing());
    const wizard = await activation(client).catch(() => undefined);
    // Reading the state fails too: the failure is shown with a retry.
    await waitUntil(() => wizard && deepText(wizard.shadowRoot!).includes('На сервере'));
    mock.worker.resetHandlers();
    button(wizard!.shadowRoot!, 'Повторить').click();
    await tickTerms(wizard!);

    mock.worker.use(
      http.put('/api/activation/terms', () => HttpResponse.json({}, { status: 503 })),
    );
    button(wizard!.shadowRoot!, 'Далее').click();
    await alert(wizard!);
    expect(field(wizard!.shadowRoot!, 'принимаю условия').checked).to.equal(true);
    expect(stepStatus(DEMO_ACCOUNT.login, 'terms')).to.equal('needed');

    mock.worker.resetHandlers();
    button(wizard!.shadowRoot!, 'Повторить').click();
    await waitForStep(wizard!, 'Новый пароль');
    expect(stepStatus(DEMO_ACCOUNT.login, 'terms')).to.equal('done');
  });

  it('an answer outside the contract is refused as such, never shown, and the data stays', async () => {
    const client = await loggedInClient(DEMO_ACCOUNT);
    const wizard = await activation(client);
    await tickTerms(wizard);
    mock.worker.use(
      http.put('/api/activation/terms', () =>
        HttpResponse.json({ steps: HOSTILE_TEXT, next: { html: HOSTILE_TEXT }, data: [] }),
      ),
    );
    button(wizard.shadowRoot!, 'Далее').click();
    await alert(wizard);

    const root = wizard.shadowRoot!;
    expect(deepText(root)).to.include('ответ, который нельзя показать');
    expect(deepText(root)).not.to.include(HOSTILE_TEXT);
    expect(root.querySelector('img')).to.equal(null);
    expect(deepText(root.querySelector('[part="error"]')!)).to.include('не потеряно');
    expect(field(root, 'согласие на обработку').checked).to.equal(true);
  });
});

describe('wizards in two tabs', () => {
  before(() => mock.start());
  afterEach(() => {
    clearWizardDrafts();
    mock.reset();
  });

  it('a save over a step saved meanwhile in another tab gets 409; «keep mine» saves it', async () => {
    const first = await activation(await loggedInClient(DEMO_ACCOUNT));
    const second = await activation(await loggedInClient(DEMO_ACCOUNT));
    await waitForStep(second, 'Условия использования');
    await tickTerms(first);
    button(first.shadowRoot!, 'Далее').click();
    await waitForStep(first, 'Новый пароль');

    await tickTerms(second);
    button(second.shadowRoot!, 'Далее').click();
    await waitUntil(() => second.shadowRoot!.querySelector('[data-conflict]'));
    const root = second.shadowRoot!;
    expect(deepText(root)).to.include('в другой вкладке');
    expect(field(root, 'принимаю условия').checked, 'the ticks stay').to.equal(true);
    await expect(second).to.be.accessible();

    button(root, 'Сохранить мои данные').click();
    await waitForStep(second, 'Новый пароль');
  });

  it('after a 409 the other tab’s data can be taken into the form instead', async () => {
    const login = ACTIVATED_ACCOUNT.login;
    const first = await setup(await loggedInClient(ACTIVATED_ACCOUNT));
    const second = await setup(await loggedInClient(ACTIVATED_ACCOUNT));
    await waitForStep(first, 'Профиль');
    await waitForStep(second, 'Профиль');

    const a = first.shadowRoot!;
    await fill(field(a, 'Почтовый индекс'), '368730');
    await fill(field(a, 'Телефон'), '+79285554433');
    await fill(field(a, 'Руководитель'), 'Эминов Руслан Шамилович');
    button(a, 'Далее').click();
    await waitForStep(first, 'Учебный год');
    // Only the other tab's draft is on this device now: the second form typed nothing yet.
    clearWizardDrafts();

    const b = second.shadowRoot!;
    await fill(field(b, 'Почтовый индекс'), '368731');
    await fill(field(b, 'Телефон'), '+79285550000');
    await fill(field(b, 'Руководитель'), 'Гаджиев Магомед Ибрагимович');
    button(b, 'Далее').click();
    await waitUntil(() => b.querySelector('[data-conflict]'));
    expect(field(b, 'Руководитель').value).to.equal('Гаджиев Магомед Ибрагимович');

    button(b, 'Взять сохранённые в другой вкладке').click();
    await waitUntil(() => field(b, 'Руководитель').value === 'Эминов Руслан Шамилович');
    expect(field(b, 'Почтовый индекс').value).to.equal('368730');
    expect(deepActiveElement()?.textContent).to.include('Профиль');
    expect(mock.db.state.wizards[login]?.setup.profile?.headName).to.equal(
      'Эминов Руслан Шамилович',
    );
  });
});

describe('leaving a step', () => {
  before(() => mock.start());
  afterEach(() => {
    clearWizardDrafts();
    mock.reset();
  });

  it('«Назад» from a filled-in step saves it first', async () => {
    const wizard = await activation(await loggedInClient(DEMO_ACCOUNT));
    await tickTerms(wizard);
    button(wizard.shadowRoot!, 'Далее').click();
    await waitForStep(wizard, 'Новый пароль');
    await typePasswords(wizard);

    button(wizard.shadowRoot!, 'Назад').click();
    await waitForStep(wizard, 'Условия использования');
    expect(stepStatus(DEMO_ACCOUNT.login, 'password')).to.equal('done');
    const passwordItem = [...wizard.shadowRoot!.querySelectorAll('.steps li')][1]!;
    expect(deepText(passwordItem)).to.include('выполнен');
  });

  it('a step left half-done is not sent, and comes back as it was left', async () => {
    const wizard = await activation(await loggedInClient(DEMO_ACCOUNT));
    await waitForStep(wizard, 'Условия использования');
    field(wizard.shadowRoot!, 'принимаю условия').click();

    button(wizard.shadowRoot!, 'Сохранить и продолжить позже').click();
    await waitForStep(wizard, 'Можно продолжить позже');
    expect(deepActiveElement()?.textContent).to.include('Можно продолжить позже');
    expect(deepText(wizard.shadowRoot!)).to.include('только на этом устройстве');
    expect(stepStatus(DEMO_ACCOUNT.login, 'terms')).to.equal('needed');
    await expect(wizard).to.be.accessible();

    button(wizard.shadowRoot!, 'Продолжить сейчас').click();
    await waitForStep(wizard, 'Условия использования');
    expect(field(wizard.shadowRoot!, 'принимаю условия').checked).to.equal(true);
    expect(field(wizard.shadowRoot!, 'согласие на обработку').checked).to.equal(false);
  });

  it('«Сохранить и продолжить позже» saves a complete step on the server', async () => {
    const paused = (wizard: HTMLElement) => oneEvent(wizard, 'edu-wizard-paused');
    const wizard = await activation(await loggedInClient(DEMO_ACCOUNT));
    await tickTerms(wizard);
    const event = paused(wizard);
    button(wizard.shadowRoot!, 'Сохранить и продолжить позже').click();
    await event;
    expect(stepStatus(DEMO_ACCOUNT.login, 'terms')).to.equal('done');
    expect(deepText(wizard.shadowRoot!)).not.to.include('только на этом устройстве');

    button(wizard.shadowRoot!, 'Продолжить сейчас').click();
    await waitForStep(wizard, 'Новый пароль');
  });
});

describe('a session that ends mid-step', () => {
  before(() => mock.start());
  afterEach(() => {
    clearWizardDrafts();
    mock.reset();
  });

  it('keeps the typed passwords in memory for the wizard after the next login', async () => {
    mock.db.saveActivationStep(DEMO_ACCOUNT.login, 'terms', {
      acceptTerms: true,
      acceptPersonalData: true,
    });
    const client = await loggedInClient(DEMO_ACCOUNT);
    const wizard = await activation(client);
    await waitForStep(wizard, 'Новый пароль');
    await typePasswords(wizard);
    mock.worker.use(
      http.put('/api/activation/password', () =>
        HttpResponse.json(
          { status: 401, code: 'session-expired', title: 'Ended' },
          { status: 401 },
        ),
      ),
    );
    const expired = oneEvent(wizard, 'edu-session-expired');
    button(wizard.shadowRoot!, 'Далее').click();
    await expired;
    await waitUntil(() => deepText(wizard.shadowRoot!).includes('Сеанс истёк'));

    // The login form takes the wizard's place; after it, a new wizard opens.
    wizard.remove();
    mock.worker.resetHandlers();
    await client.login(DEMO_ACCOUNT);
    const after = await activation(client);
    await waitForStep(after, 'Новый пароль');
    expect(field(after.shadowRoot!, 'Новый пароль ещё раз').value).to.equal(NEW_PASSWORD);
    expect(wizardDraft('activation', 'password')).to.equal(undefined);
    expect(JSON.stringify({ ...localStorage })).not.to.include(NEW_PASSWORD);

    button(after.shadowRoot!, 'Далее').click();
    await waitForStep(after, 'Контактные данные');
  });

  it('does not give one account’s typed passwords to another logging in on the same page', async () => {
    const terms = { acceptTerms: true, acceptPersonalData: true };
    mock.db.saveActivationStep(DEMO_ACCOUNT.login, 'terms', terms);
    const client = await loggedInClient(DEMO_ACCOUNT);
    const wizard = await activation(client);
    await waitForStep(wizard, 'Новый пароль');
    await typePasswords(wizard);
    mock.worker.use(
      http.put('/api/activation/password', () =>
        HttpResponse.json(
          { status: 401, code: 'session-expired', title: 'Ended' },
          { status: 401 },
        ),
      ),
    );
    const expired = oneEvent(wizard, 'edu-session-expired');
    button(wizard.shadowRoot!, 'Далее').click();
    await expired;
    wizard.remove();
    mock.worker.resetHandlers();

    const letter = mock.db.approveApplication(mock.db.applications[0]!.application.number);
    mock.db.saveActivationStep(letter.login!, 'terms', terms);
    await client.logout();
    await client.login({ login: letter.login!, password: letter.password! });
    const other = await activation(client);
    await waitForStep(other, 'Новый пароль');
    expect(field(other.shadowRoot!, 'Новый пароль ещё раз').value).to.equal('');
    expect(field(other.shadowRoot!, 'Временный пароль').value).to.equal('');
  });
});
