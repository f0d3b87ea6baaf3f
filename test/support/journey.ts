/**
 * Steps of a person walking through a journey by keyboard: wait for what the
 * screen says, reach a button or a field by Tab, type, press.
 */
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { button, deepActiveElement, deepText, field, tabTo, typeInto } from './dom.js';

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Waits until the journey shows `text` somewhere on its screen. */
export async function screenShows(journey: Element, text: string | RegExp, timeout = 5000) {
  const shows = () => {
    const shown = deepText(journey);
    return typeof text === 'string' ? shown.includes(text) : text.test(shown);
  };
  try {
    await waitUntil(shows, '', { timeout });
  } catch {
    throw new Error(`The screen never showed "${text}"; it showed: ${deepText(journey)}`);
  }
}

/** Waits until the new screen's heading has taken focus, as it does after every move. */
export async function headingFocused(journey: Element, text: string): Promise<void> {
  await screenShows(journey, text);
  await waitUntil(() => deepActiveElement()?.textContent?.includes(text), 'heading not focused');
}

/** Reaches a button by Tab and presses Enter on it. */
export async function activate(journey: Element, text: string | RegExp): Promise<void> {
  await tabTo(button(journey, text));
  await press('Enter');
}

function fieldOrNull(journey: Element, label: string | RegExp): HTMLInputElement | null {
  try {
    return field(journey, label);
  } catch {
    return null;
  }
}

/** Types each answer into the field of that label, reached by Tab. */
export async function fillByKeyboard(journey: Element, answers: [string | RegExp, string][]) {
  for (const [label, value] of answers) {
    await waitUntil(() => fieldOrNull(journey, label), `no field "${label}"`, { timeout: 5000 });
    await typeInto(field(journey, label), value);
  }
}

/**
 * Chooses in a radio group by keyboard: Tab reaches its first choice, then
 * Space takes it (`presses` 0) or the down arrow moves `presses` choices on.
 */
export async function chooseByArrows(journey: Element, first: string | RegExp, presses: number) {
  await tabTo(field(journey, first));
  if (presses === 0) await sendKeys({ press: 'Space' });
  for (let press = 0; press < presses; press++) await sendKeys({ press: 'ArrowDown' });
}

/** Ticks a checkbox reached by Tab. */
export async function tick(journey: Element, label: string | RegExp): Promise<void> {
  await tabTo(field(journey, label));
  await sendKeys({ press: 'Space' });
}

/** Types into a combobox and picks its first suggestion once `expected` is offered. */
export async function chooseFirst(
  journey: Element,
  label: string,
  query: string,
  expected: string,
): Promise<void> {
  await typeInto(field(journey, label), query);
  await screenShows(journey, expected);
  await press('ArrowDown');
  await press('Enter');
}

/** A 10-digit INN of an organization with its check digit after the first nine. */
export function withInnCheckDigit(nine: string): string {
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(nine[i]), 0);
  return `${nine}${(sum % 11) % 10}`;
}

/** A 13-digit OGRN with its check digit after the first twelve. */
export function withOgrnCheckDigit(twelve: string): string {
  return `${twelve}${Number(BigInt(twelve) % 11n) % 10}`;
}
