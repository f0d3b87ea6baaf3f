import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/elements/setup-wizard/define.js';
import type { EduSetupWizard } from '../../src/elements/setup-wizard/define.js';
import type { EduClient } from '../../src/client/client.js';
import type { SetupState } from '../../src/contract/types.js';
import { clearWizardDrafts } from '../support/drafts.js';
import { ACTIVATED_ACCOUNT } from '../../src/mocks/index.js';
import { mock } from '../support/mock.js';
import { button, deepActiveElement, deepText, field } from '../support/dom.js';
import { announcement, fill, loggedInClient, stepHeading, waitForStep } from './wizard-helpers.js';

const STEPS = ['profile', 'year', 'grading', 'bells', 'classes', 'staff'];
const login = ACTIVATED_ACCOUNT.login;

async function setupWizard(client: EduClient) {
  return fixture<EduSetupWizard>(
    html`<edu-setup-wizard today="2026-12-03" .client=${client}></edu-setup-wizard>`,
  );
}

const saved = (step: string) => mock.db.state.wizards[login]?.setup[step as 'profile'];

async function next(wizard: EduSetupWizard, heading: string) {
  button(wizard.shadowRoot!, 'Далее').click();
  await waitForStep(wizard, heading);
}

async function fillProfile(wizard: EduSetupWizard) {
  const root = wizard.shadowRoot!;
  await fill(field(root, 'Почтовый индекс'), '368 730');
  await fill(field(root, 'Телефон'), '8 (928) 555-44-33');
  await fill(field(root, 'Руководитель'), 'Эминов Руслан Шамилович');
}

function pasteInto(input: HTMLInputElement, text: string) {
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  input.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
  );
}

/** Saves the steps before `upTo` straight in the mock, as if done on another day. */
function saveStepsBefore(upTo: string) {
  const data: Record<string, Record<string, unknown>> = {
    profile: {
      fullName: 'МКОУ «Ахтынская СОШ № 2»',
      address: 'с. Ахты',
      postalCode: '368730',
      phone: '+79285554433',
      email: 'direktor@ahty-school.ru',
      headName: 'Эминов Руслан Шамилович',
    },
    year: {
      start: '2027-09-01',
      end: '2028-05-31',
      periodKind: 'semesters',
      periods: [
        { name: '1 полугодие', start: '2027-09-01', end: '2027-12-28' },
        { name: '2 полугодие', start: '2028-01-09', end: '2028-05-31' },
      ],
    },
    grading: { system: 'five' },
    bells: { lessons: [{ start: '08:30', end: '09:15' }] },
    classes: { classes: [{ grade: 1, letter: 'А' }] },
  };
  for (const step of STEPS.slice(0, STEPS.indexOf(upTo))) {
    mock.db.saveSetupStep(login, step as 'profile', data[step]!);
  }
}

describe('edu-setup-wizard', () => {
  let client: EduClient;

  before(() => mock.start());
  beforeEach(async () => {
    client = await loggedInClient(ACTIVATED_ACCOUNT);
  });
  afterEach(() => {
    clearWizardDrafts();
    mock.reset();
  });

  it('goes from the profile to done with generated periods, bells and classes', async () => {
    const wizard = await setupWizard(client);
    const root = wizard.shadowRoot!;

    // Profile, prefilled from the application.
    await waitForStep(wizard, 'Профиль организации');
    expect(field(root, 'Полное наименование').value).not.to.equal('');
    expect(field(root, 'Электронная почта').value).to.equal('direktor@ahty-school.ru');
    await fillProfile(wizard);
    expect(field(root, 'Телефон').value).to.equal('+7 928 555-44-33');
    await expect(wizard).to.be.accessible();
    await next(wizard, 'Учебный год');
    expect(saved('profile')).to.include({ postalCode: '368730', phone: '+79285554433' });

    // Year: on 3 December the one under way, 1 September to 31 May; four quarters suggested.
    expect(deepActiveElement()).to.equal(stepHeading(wizard));
    expect(announcement(wizard)).to.include('Шаг 2 из 6: Учебный год');
    expect(field(root, 'Начало учебного года').value).to.equal('2026-09-01');
    expect(field(root, 'Окончание учебного года').value).to.equal('2027-05-31');
    expect(root.querySelectorAll('fieldset.period')).to.have.length(4);
    expect(deepText(root)).to.include('1 четверть').and.include('4 четверть');
    const quarters = [...root.querySelectorAll<HTMLInputElement>('fieldset.period input')];
    expect(
      quarters.map((input) => input.value),
      'the usual dates, holidays between',
    ).to.deep.equal([
      '2026-09-01',
      '2026-10-25',
      '2026-11-05',
      '2026-12-28',
      '2027-01-09',
      '2027-03-21',
      '2027-03-31',
      '2027-05-31',
    ]);
    await expect(wizard).to.be.accessible();

    const secondStart = root.querySelector<HTMLInputElement>('#f-periods-1-start')!;
    await fill(secondStart, '2026-10-01');
    button(root, 'Далее').click();
    await waitUntil(() => root.querySelector('[data-summary]'));
    expect(deepText(root.querySelector('[data-summary]')!)).to.include(
      'Период начинается раньше, чем закончился «1 четверть»',
    );
    expect(secondStart.getAttribute('aria-invalid')).to.equal('true');

    field(root, 'Полугодия').click();
    await wizard.updateComplete;
    expect(root.querySelectorAll('fieldset.period')).to.have.length(2);
    expect(root.querySelector<HTMLInputElement>('#f-periods-0-start')!.value).to.equal(
      '2026-09-01',
    );
    await fill(root.querySelector<HTMLInputElement>('#f-periods-0-end')!, '2026-12-28');
    await next(wizard, 'Система оценивания');
    const year = saved('year') as { periodKind: string; periods: { end: string }[] };
    expect(year.periodKind).to.equal('semesters');
    expect(year.periods.map((period) => period.end)).to.deep.equal(['2026-12-28', '2027-05-31']);

    // Grading.
    await expect(wizard).to.be.accessible();
    field(root, 'Десятибалльная').click();
    await next(wizard, 'Расписание звонков');
    expect(saved('grading')).to.deep.equal({ system: 'ten' });

    // Bells: parameters build the table; an overlap is refused.
    await expect(wizard).to.be.accessible();
    await fill(field(root, 'Уроков в день'), '7');
    const rows = () => root.querySelectorAll('tbody tr');
    expect(rows()).to.have.length(7);
    expect(field(root, '1 урок').value).to.equal('08:30');
    const secondLesson = root.querySelector<HTMLInputElement>('#f-lessons-1-start')!;
    expect(secondLesson.value).to.equal('09:25');
    await fill(secondLesson, '09:00');
    button(root, 'Далее').click();
    await waitUntil(() => root.querySelector('[data-summary]'));
    expect(deepText(root)).to.include('Урок начинается раньше, чем закончился 1 урок');
    await fill(secondLesson, '09:20');
    await next(wizard, 'Классы');
    const bells = saved('bells') as { lessons: { start: string }[] };
    expect(bells.lessons).to.have.length(7);
    expect(bells.lessons[1]!.start).to.equal('09:20');

    // Classes: 1А … 11Б by default, three letters on demand, one removed.
    await expect(wizard).to.be.accessible();
    expect(deepText(root)).to.include('22 класса');
    await fill(field(root, 'Классов в параллели'), '3');
    expect(deepText(root)).to.include('33 класса');
    button(root, 'Удалить класс 11В').click();
    await waitUntil(() => deepText(root).includes('32 класса'));
    expect(announcement(wizard)).to.include('Класс 11В удалён');
    await next(wizard, 'Приглашения сотрудникам');
    const classes = saved('classes') as { classes: { grade: number; letter: string }[] };
    expect(classes.classes).to.have.length(32);
    expect(classes.classes[0]).to.deep.equal({ grade: 1, letter: 'А' });

    // Staff: a block pasted from a spreadsheet becomes rows; the bad one is marked.
    await expect(wizard).to.be.accessible();
    pasteInto(
      field(root, 'Фамилия, имя, отчество'),
      [
        'ФИО;Почта;Роль',
        'Алиев Магомед Расулович;aliev@ahty-school.ru;учитель',
        'Гасанова Аминат Исаевна;gasanova@ahty-school;завуч',
        'Курбанова Зайнаб Шамилевна\tkurbanova@ahty-school.ru\tсекретарь',
      ].join('\n'),
    );
    await wizard.updateComplete;
    expect(root.querySelectorAll('fieldset.staff-row')).to.have.length(3);
    const badEmail = root.querySelector<HTMLInputElement>('#f-invitations-1-email')!;
    expect(badEmail.getAttribute('aria-invalid')).to.equal('true');
    expect(deepText(root.querySelector('[data-row="1"]')!)).to.include('Введите адрес');
    expect(announcement(wizard)).to.include('Вставлено строк: 3. С ошибками: 1');
    await expect(wizard).to.be.accessible();

    await fill(badEmail, 'gasanova@ahty-school.ru');
    const completed = oneEvent(wizard, 'edu-setup-complete');
    button(root, 'Далее').click();
    const { detail } = (await completed) as CustomEvent<{ state: SetupState }>;

    expect(detail.state.next).to.equal(null);
    await waitForStep(wizard, 'Организация настроена');
    expect(saved('staff')).to.deep.equal({
      invitations: [
        { name: 'Алиев Магомед Расулович', email: 'aliev@ahty-school.ru', role: 'teacher' },
        { name: 'Гасанова Аминат Исаевна', email: 'gasanova@ahty-school.ru', role: 'deputy' },
        {
          name: 'Курбанова Зайнаб Шамилевна',
          email: 'kurbanova@ahty-school.ru',
          role: 'secretary',
        },
      ],
    });
    await expect(wizard).to.be.accessible();
  });

  it('checks the profile when a field is left, not while typing', async () => {
    const wizard = await setupWizard(client);
    const root = wizard.shadowRoot!;
    await waitForStep(wizard, 'Профиль организации');
    const postalCode = field(root, 'Почтовый индекс');

    postalCode.value = '3687';
    postalCode.dispatchEvent(new Event('input'));
    await wizard.updateComplete;
    expect(postalCode.getAttribute('aria-invalid')).to.equal('false');

    postalCode.dispatchEvent(new Event('blur'));
    await wizard.updateComplete;
    expect(postalCode.getAttribute('aria-invalid')).to.equal('true');
    expect(deepText(root)).to.include('Индекс — 6 цифр');
  });

  it('lets the optional staff step be skipped', async () => {
    saveStepsBefore('staff');
    const wizard = await setupWizard(client);
    const root = wizard.shadowRoot!;
    await waitForStep(wizard, 'Приглашения сотрудникам');
    expect(deepText(root.querySelector('li[aria-current="step"]')!)).to.include('необязательный');

    const completed = oneEvent(wizard, 'edu-setup-complete');
    button(root, 'Пропустить').click();
    await completed;
    await waitForStep(wizard, 'Организация настроена');
    expect(saved('staff')).to.deep.equal({ invitations: [] });
  });

  it('adds and removes staff rows', async () => {
    saveStepsBefore('staff');
    const wizard = await setupWizard(client);
    const root = wizard.shadowRoot!;
    await waitForStep(wizard, 'Приглашения сотрудникам');

    button(root, 'Добавить сотрудника').click();
    await waitUntil(() => root.querySelectorAll('fieldset.staff-row').length === 2);
    await waitUntil(() => deepActiveElement()?.id === 'f-invitations-1-name');

    button(root, 'Удалить сотрудника 1').click();
    await waitUntil(() => root.querySelectorAll('fieldset.staff-row').length === 1);
    expect(announcement(wizard)).to.include('Сотрудник 1 удалён');
  });

  it('resumes after a reload at the server’s next step with the draft restored', async () => {
    saveStepsBefore('bells');
    const first = await setupWizard(client);
    await waitForStep(first, 'Расписание звонков');
    await fill(field(first.shadowRoot!, 'Уроков в день'), '5');
    first.remove();

    const second = await setupWizard(client);
    await waitForStep(second, 'Расписание звонков');
    expect(field(second.shadowRoot!, 'Уроков в день').value).to.equal('5');
    expect(second.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(5);
  });

  it('goes back to a done step with its saved data, and forward again', async () => {
    const wizard = await setupWizard(client);
    const root = wizard.shadowRoot!;
    await waitForStep(wizard, 'Профиль организации');
    await fillProfile(wizard);
    await next(wizard, 'Учебный год');

    button(root, 'Назад').click();
    await waitForStep(wizard, 'Профиль организации');
    expect(field(root, 'Руководитель').value).to.equal('Эминов Руслан Шамилович');

    button(root.querySelector('.steps')!, 'Учебный год').click();
    await waitForStep(wizard, 'Учебный год');
  });

  it('keeps the input when saving fails, and saves on retry', async () => {
    mock.worker.use(
      http.put('/api/setup/profile', () => HttpResponse.json({}, { status: 500 }), {
        once: true,
      }),
    );
    const wizard = await setupWizard(client);
    const root = wizard.shadowRoot!;
    await waitForStep(wizard, 'Профиль организации');
    await fillProfile(wizard);

    button(root, 'Далее').click();
    await waitUntil(() => root.querySelector('[part="error"]'));
    expect(deepText(root)).to.include('На сервере произошла ошибка');
    expect(field(root, 'Руководитель').value).to.equal('Эминов Руслан Шамилович');
    await expect(wizard).to.be.accessible();

    button(root, 'Повторить').click();
    await waitForStep(wizard, 'Учебный год');
    expect(saved('profile')).to.include({ headName: 'Эминов Руслан Шамилович' });
  });

  it('shows a failure to load the state with a retry', async () => {
    mock.worker.use(
      http.get('/api/setup', () => HttpResponse.json({ steps: 'broken' }), { once: true }),
    );
    const wizard = await setupWizard(client);
    const root = wizard.shadowRoot!;
    await waitUntil(() => root.querySelector('[part="error"]'));
    expect(deepText(root)).to.include('Сервер прислал ответ, который нельзя показать');

    button(root, 'Повторить').click();
    await waitForStep(wizard, 'Профиль организации');
  });

  it('reports an ended session while loading', async () => {
    mock.worker.use(
      http.get('/api/setup', () =>
        HttpResponse.json({ status: 401, code: 'session-expired' }, { status: 401 }),
      ),
    );
    const expired = oneEvent(document, 'edu-session-expired');
    await setupWizard(client);
    await expired;
  });
});
