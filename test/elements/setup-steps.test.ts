/** The bells and classes steps in detail: their summaries, their lists, a phone's width. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/setup-wizard/define.js';
import type { EduSetupWizard } from '../../src/elements/setup-wizard/define.js';
import type { SetupStepId } from '../../src/contract/types.js';
import { clearWizardDrafts } from '../support/drafts.js';
import { ACTIVATED_ACCOUNT } from '../../src/mocks/index.js';
import { mock } from '../support/mock.js';
import { button, deepActiveElement, deepText, field, tabTo } from '../support/dom.js';
import { fill, loggedInClient, stepHeading, waitForStep } from './wizard-helpers.js';

const login = ACTIVATED_ACCOUNT.login;
const STEPS: SetupStepId[] = ['profile', 'year', 'grading', 'bells', 'classes', 'staff'];

const DONE: Partial<Record<SetupStepId, Record<string, unknown>>> = {
  profile: {
    fullName: 'МКОУ «Ахтынская СОШ № 2»',
    address: 'с. Ахты',
    postalCode: '368730',
    phone: '+79285554433',
    email: 'direktor@ahty-school.ru',
    headName: 'Эминов Руслан Шамилович',
  },
  year: {
    start: '2026-09-01',
    end: '2027-05-31',
    periodKind: 'semesters',
    periods: [
      { name: '1 полугодие', start: '2026-09-01', end: '2026-12-28' },
      { name: '2 полугодие', start: '2027-01-09', end: '2027-05-31' },
    ],
  },
  grading: { system: 'five' },
  bells: { lessons: [{ start: '08:30', end: '09:15' }] },
  classes: { classes: [{ grade: 1, letter: 'А' }] },
};

/** The setup wizard opened at `step`, the steps before it saved. */
async function openAt(step: SetupStepId, columnWidth = '') {
  for (const id of STEPS.slice(0, STEPS.indexOf(step))) mock.db.saveSetupStep(login, id, DONE[id]!);
  const client = await loggedInClient(ACTIVATED_ACCOUNT);
  const column = await fixture<HTMLElement>(
    html`<div style=${columnWidth ? `width: ${columnWidth}` : ''}>
      <edu-setup-wizard today="2026-12-03" .client=${client}></edu-setup-wizard>
    </div>`,
  );
  return column.querySelector('edu-setup-wizard')!;
}

const classNames = (wizard: EduSetupWizard) =>
  [...wizard.shadowRoot!.querySelectorAll('[data-class]')].map((item) => item.textContent?.trim());

describe('setup steps', () => {
  before(() => mock.start());
  afterEach(async () => {
    clearWizardDrafts();
    mock.reset();
    await setViewport({ width: 800, height: 600 });
  });

  it('bells: a summary names the lesson and the side of each wrong time, and links to it', async () => {
    const wizard = await openAt('bells');
    await waitForStep(wizard, 'Расписание звонков');
    const root = wizard.shadowRoot!;
    const cell = (id: string) => root.querySelector<HTMLInputElement>(`#f-lessons-${id}`)!;
    await fill(cell('2-end'), '10:00');
    await fill(cell('3-start'), '09:50');

    button(root, 'Далее').click();
    await waitUntil(() => root.querySelector('[data-summary]'));
    const summary = root.querySelector<HTMLElement>('[data-summary]')!;
    expect(deepActiveElement()).to.equal(summary);
    expect(deepText(summary))
      .to.include('3 урок, конец: Урок должен закончиться позже, чем начался')
      .and.include('4 урок, начало');
    await expect(wizard).to.be.accessible();

    button(summary, /3 урок, конец/).click();
    expect(deepActiveElement()).to.equal(cell('2-end'));
    expect(mock.db.state.wizards[login]?.setup.bells, 'nothing sent').to.equal(undefined);
  });

  it('bells: the table fits a 320 px phone without scrolling sideways', async () => {
    await setViewport({ width: 320, height: 800 });
    // What is left of 320 px inside a host page's column and the composer's padding.
    const wizard = await openAt('bells', '260px');
    await waitForStep(wizard, 'Расписание звонков');
    const table = wizard.shadowRoot!.querySelector('table')!;
    const box = wizard.getBoundingClientRect();

    expect(table.getBoundingClientRect().right).to.be.at.most(box.right + 0.5);
    for (const input of table.querySelectorAll('input')) {
      expect(input.getBoundingClientRect().right).to.be.at.most(box.right + 0.5);
      expect(input.getBoundingClientRect().height).to.be.at.least(44);
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('bells: a second shift gets its own lessons, must start after the first, and is saved', async () => {
    const wizard = await openAt('bells');
    await waitForStep(wizard, 'Расписание звонков');
    const root = wizard.shadowRoot!;
    field(root, 'Школа работает в две смены').click();
    await wizard.updateComplete;

    expect(root.querySelectorAll('table')).to.have.length(2);
    const second = root.querySelector<HTMLInputElement>('#f-secondLessons-0-start')!;
    expect(second.value).to.equal('14:00');
    await fill(field(root, 'Начало первого урока второй смены'), '11:00');
    await wizard.updateComplete;
    expect(second.value).to.equal('11:00');

    button(root, 'Далее').click();
    await waitUntil(() => root.querySelector('[data-summary]'));
    expect(deepText(root.querySelector('[data-summary]')!)).to.include(
      '2 смена, 1 урок, начало: Вторая смена начинается раньше, чем закончилась первая (в 13:50)',
    );
    await expect(wizard).to.be.accessible();

    await fill(field(root, 'Начало первого урока второй смены'), '14:10');
    await wizard.updateComplete;
    button(root, 'Далее').click();
    await waitForStep(wizard, 'Классы');

    const saved = mock.db.state.wizards[login]?.setup.bells as {
      lessons: { start: string; shift?: number }[];
    };
    expect(saved.lessons).to.have.length(12);
    expect(saved.lessons[6]).to.include({ start: '14:10', shift: 2 });
    expect(saved.lessons[0]).to.include({ start: '08:30', shift: 1 });

    button(root, 'Назад').click();
    await waitForStep(wizard, 'Расписание звонков');
    expect(field(root, 'Школа работает в две смены').checked).to.equal(true);
    expect(root.querySelectorAll('#f-secondLessons-5-end')).to.have.length(1);
  });

  it('classes: a removed class comes back in its place', async () => {
    const wizard = await openAt('classes');
    await waitForStep(wizard, 'Классы');
    const root = wizard.shadowRoot!;
    expect(classNames(wizard).slice(0, 3)).to.deep.equal(['1А', '1Б', '2А']);

    button(root, 'Удалить класс 1Б').click();
    await wizard.updateComplete;
    expect(classNames(wizard).slice(0, 2)).to.deep.equal(['1А', '2А']);
    expect(deepText(root)).to.include('21 класс');

    button(root, 'Вернуть класс 1Б').click();
    await wizard.updateComplete;
    expect(classNames(wizard).slice(0, 3)).to.deep.equal(['1А', '1Б', '2А']);
    expect(() => button(root, 'Вернуть класс')).to.throw();
    await waitUntil(() => deepText(root.querySelector('[role="status"]')!).includes('возвращён'));
  });

  it('staff: the checked rows are sent, the bad one stays marked; fixed, it is sent too', async () => {
    const wizard = await openAt('staff');
    await waitForStep(wizard, 'Приглашения сотрудникам');
    const root = wizard.shadowRoot!;
    const before = mock.db.outbox.length;
    const rows = [
      ['Алиева Патимат Гаджиевна', 'patimat@ahty-school.ru', 'teacher'],
      ['Рамазанов Арсен', 'arsen@', 'deputy'],
      ['Гасанова Зарема', 'zarema@ahty-school.ru', 'secretary'],
    ];
    for (const [index, [name, email, role]] of rows.entries()) {
      if (index > 0) button(root, 'Добавить сотрудника').click();
      await wizard.updateComplete;
      const row = root.querySelector<HTMLElement>(`[data-row="${index}"]`)!;
      await fill(field(row, 'Фамилия, имя, отчество'), name!);
      await fill(field(row, 'Электронная почта'), email!);
      await fill(field(row, 'Роль') as unknown as HTMLInputElement, role!);
    }

    button(root, 'Далее').click();
    await waitUntil(() => root.querySelector('[data-summary]'));
    button(root, 'Отправить 2 проверенных приглашения, остальные исправить').click();
    await waitUntil(() => root.querySelectorAll('[data-sent]').length === 2);
    expect(mock.db.outbox.slice(before).map((letter) => letter.to)).to.deep.equal([
      'patimat@ahty-school.ru',
      'zarema@ahty-school.ru',
    ]);
    const bad = root.querySelector<HTMLElement>('[data-row="1"]')!;
    expect(field(bad, 'Электронная почта').getAttribute('aria-invalid')).to.equal('true');
    expect(deepActiveElement()).to.equal(root.querySelector('[data-summary]'));
    expect(deepText(root.querySelector('[role="status"]')!)).to.include(
      'Отправлено приглашений: 2',
    );
    await expect(wizard).to.be.accessible();

    await fill(field(bad, 'Электронная почта'), 'arsen@ahty-school.ru');
    button(root, 'Далее').click();
    await waitForStep(wizard, 'Организация настроена');
    expect(mock.db.outbox.slice(before).map((letter) => letter.to)).to.have.length(3);
  });

  it('classes: a class is renamed in place by keyboard; a taken name is refused', async () => {
    const wizard = await openAt('classes');
    await waitForStep(wizard, 'Классы');
    const root = wizard.shadowRoot!;

    await tabTo(button(root, 'Переименовать класс 2Б'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement() === field(root, 'Новая буква класса 2Б'));
    await sendKeys({ press: 'ControlOrMeta+A' });
    await sendKeys({ type: 'а' });
    await sendKeys({ press: 'Enter' });
    await wizard.updateComplete;
    expect(deepText(root)).to.include('Класс 2А уже есть в списке');
    expect(stepHeading(wizard)?.textContent, 'Enter did not submit the step').to.include('Классы');
    await expect(wizard).to.be.accessible();

    await sendKeys({ press: 'ControlOrMeta+A' });
    await sendKeys({ type: 'г' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => classNames(wizard).includes('2Г'));
    expect(classNames(wizard).slice(2, 4)).to.deep.equal(['2А', '2Г']);
    await waitUntil(() => deepActiveElement() === button(root, 'Переименовать класс 2Г'));

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement() === field(root, 'Новая буква класса 2Г'));
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => deepActiveElement() === button(root, 'Переименовать класс 2Г'));
    expect(classNames(wizard)).to.include('2Г');
  });

  it('classes: one class is added in its place; a duplicate or a bad grade is refused', async () => {
    const wizard = await openAt('classes');
    await waitForStep(wizard, 'Классы');
    const root = wizard.shadowRoot!;

    await fill(field(root, 'Параллель'), '5');
    await fill(field(root, 'Буква или название'), 'в');
    button(root, /^Добавить класс$/).click();
    await wizard.updateComplete;
    const names = classNames(wizard);
    expect(names.slice(names.indexOf('5А'), names.indexOf('5А') + 3)).to.deep.equal([
      '5А',
      '5Б',
      '5В',
    ]);
    expect(field(root, 'Буква или название').value).to.equal('');

    await fill(field(root, 'Буква или название'), 'Б');
    button(root, /^Добавить класс$/).click();
    await wizard.updateComplete;
    expect(deepText(root)).to.include('Класс 5Б уже есть в списке');

    await fill(field(root, 'Параллель'), '12');
    button(root, /^Добавить класс$/).click();
    await wizard.updateComplete;
    expect(deepText(root)).to.include('Параллель — число от 1 до 11');
    await expect(wizard).to.be.accessible();

    await fill(field(root, 'Параллель'), '11');
    await fill(field(root, 'Буква или название'), 'Е');
    button(root, /^Добавить класс$/).click();
    await wizard.updateComplete;
    button(root, 'Далее').click();
    await waitForStep(wizard, 'Приглашения сотрудникам');
    const saved = mock.db.state.wizards[login]?.setup.classes as { classes: object[] };
    expect(saved.classes).to.have.length(24);
    expect(saved.classes).to.deep.include({ grade: 5, letter: 'В' });
    expect(saved.classes[saved.classes.length - 1]).to.deep.equal({ grade: 11, letter: 'Е' });
  });
});
