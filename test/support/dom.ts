/**
 * Finding things the way a person does, through every shadow root: by the
 * text of a button, the label of a field, the words on the screen.
 */
import { sendKeys } from '@web/test-runner-commands';

/** Every element under `root`, shadow roots included, in document order. */
export function allDeep(root: ParentNode): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(root);
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  return found;
}

/** The visible text of a subtree, shadow roots included. */
export function deepText(root: Node): string {
  if (root.nodeType === Node.TEXT_NODE) return root.textContent ?? '';
  if (!(root instanceof Element || root instanceof ShadowRoot || root instanceof Document)) {
    return '';
  }
  if (root instanceof Element && root.matches('style, script, [hidden]')) return '';
  // A slot shows what the page put into it, as a person sees it; its own children otherwise.
  if (root instanceof HTMLSlotElement && root.assignedNodes().length > 0) {
    return root.assignedNodes({ flatten: true }).map(deepText).join(' ');
  }
  const children = root instanceof Element && root.shadowRoot ? [root.shadowRoot] : [];
  const slotted = root instanceof Element && root.shadowRoot ? [] : [...root.childNodes];
  return [...children, ...slotted].map(deepText).join(' ').replace(/\s+/g, ' ');
}

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function accessibleText(element: Element): string {
  const label = element.getAttribute('aria-label');
  return (label ?? deepText(element)).replace(/\s+/g, ' ').trim();
}

/** A button (or link) whose text contains `text`. */
export function button(root: ParentNode, text: string | RegExp): HTMLElement {
  const match = allDeep(root).find(
    (element) =>
      element.matches('button, a[href], [role="button"], [role="option"], [role="radio"]') &&
      matches(accessibleText(element), text),
  );
  if (!match) throw new Error(`No button "${text}" on the screen`);
  return match as HTMLElement;
}

/** The field whose label contains `text`. */
export function field(root: ParentNode, text: string | RegExp): HTMLInputElement {
  for (const element of allDeep(root)) {
    if (!element.matches('input, select, textarea')) continue;
    const input = element as HTMLInputElement;
    const labels = [...(input.labels ?? [])].map((label) => deepText(label));
    const labelledBy = (input.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => (input.getRootNode() as ShadowRoot).getElementById?.(id))
      .map((label) => (label ? deepText(label) : ''));
    const names = [...labels, ...labelledBy, input.getAttribute('aria-label') ?? ''];
    if (names.some((name) => matches(name.trim(), text))) return input;
  }
  throw new Error(`No field labelled "${text}" on the screen`);
}

function matches(value: string, text: string | RegExp): boolean {
  return typeof text === 'string' ? value.includes(text) : text.test(value);
}

/** Presses Tab until `target` has focus, as a keyboard user would reach it. */
export async function tabTo(target: Element, maxPresses = 80): Promise<void> {
  for (let press = 0; press < maxPresses; press++) {
    if (deepActiveElement() === target) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${target.outerHTML.slice(0, 120)}`);
}

/** Reaches a field by Tab, selects what it holds and types `value` over it. */
export async function typeInto(target: Element, value: string): Promise<void> {
  await tabTo(target);
  await sendKeys({ press: 'ControlOrMeta+A' });
  await sendKeys({ type: value });
}
