import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mount, options, search, statusText } from './harness.js';

/** Everything the polite region said, in order, as a screen reader would hear it. */
function listen(root: ShadowRoot): string[] {
  const region = root.querySelector('[role="status"]')!;
  expect(region.getAttribute('aria-live')).to.equal('polite');
  const said: string[] = [];
  new MutationObserver(() => {
    const text = region.textContent!.trim();
    if (text) said.push(text);
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return said;
}

describe('<edu-settlement-picker> live region', () => {
  it('announces the count once typing pauses, not at every key', async () => {
    const { root, input } = await mount();
    const said = listen(root);

    await search(root, input, 'Советск');
    expect(said, 'while typing').to.deep.equal([]);

    await waitUntil(() => said.length > 0, 'nothing announced', { timeout: 3000 });
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^Найдено \d+ населённых пункт/);
  });

  it('does not say the same count again when more letters keep it', async () => {
    const { root, input } = await mount();
    const said = listen(root);
    await search(root, input, 'Первомайско');
    await waitUntil(() => said.length > 0, 'nothing announced', { timeout: 3000 });

    await sendKeys({ type: 'е' });
    await aTimeout(1200);

    expect(said).to.deep.equal(['Найдено 3 населённых пункта']);
  });

  it('says when nothing is found, with what to try', async () => {
    const { root, input } = await mount();
    const said = listen(root);
    await search(root, input, 'Ахты');
    await sendKeys({ type: 'щщщщщщ' });

    await waitUntil(() => said.at(-1)?.startsWith('Ничего'), 'nothing announced', {
      timeout: 3000,
    });
    expect(said.at(-1)).to.equal(
      'Ничего не найдено. Проверьте название или введите только его начало.',
    );
    expect(options(root)).to.have.length(0);
  });

  it('falls silent once a place is chosen, and says nothing stale after', async () => {
    const { root, input } = await mount();
    const said = listen(root);
    await search(root, input, 'Ахты');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });

    await aTimeout(1200);
    expect(statusText(root)).to.equal('');
    expect(said).to.deep.equal([]);
  });
});
