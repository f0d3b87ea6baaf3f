/**
 * Moves focus to the first heading of a screen that has just appeared, also
 * when that heading sits inside a child element's shadow root, so that
 * keyboard and screen reader users continue from the new screen's start.
 */
export async function focusHeading(screen: Element | null): Promise<void> {
  if (!screen) return;
  const focusBefore = document.activeElement;

  // A screen that loads its data first shows its heading a moment later.
  let heading = await findHeading(screen);
  for (let wait = 0; !heading && wait < HEADING_WAIT_MS; wait += HEADING_POLL_MS) {
    await new Promise((resolve) => setTimeout(resolve, HEADING_POLL_MS));
    heading = await findHeading(screen);
  }
  // Meanwhile the person may have moved on by themselves: then leave their focus be.
  if (!heading || !screen.isConnected || !focusIsFree(focusBefore)) return;

  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
}

const HEADING_WAIT_MS = 5000;
const HEADING_POLL_MS = 100;

function focusIsFree(before: Element | null): boolean {
  const now = document.activeElement;
  return now === before || now === null || now === document.body;
}

async function findHeading(node: Element | null): Promise<HTMLElement | null> {
  if (!node) return null;
  if (node.matches('h1, h2, h3')) return node as HTMLElement;

  const own = node.querySelector<HTMLElement>('h1, h2, h3');
  if (own) return own;

  const pending = (node as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  if (pending) await pending;
  const root = node.shadowRoot;
  if (!root) return null;
  const inShadow = root.querySelector<HTMLElement>('h1, h2, h3');
  if (inShadow) return inShadow;
  for (const child of root.querySelectorAll('*')) {
    if (child.shadowRoot) {
      const found = await findHeading(child);
      if (found) return found;
    }
  }
  return null;
}
