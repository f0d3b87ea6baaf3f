import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import { dagestan, mount, options, search } from './harness.js';

describe('<edu-settlement-picker> on a small screen', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows its whole list even inside a container that clips its overflow', async () => {
    const { root, input } = await mount(
      html`<div class="clipping" style="height: 120px; overflow: hidden">
        <edu-settlement-picker .places=${dagestan}></edu-settlement-picker>
      </div>`,
    );
    await search(root, input, 'Советское');

    const container = (root.host.parentElement as HTMLElement).getBoundingClientRect();
    const last = options(root).at(-1)!;
    last.scrollIntoView({ block: 'nearest' });
    const rect = last.getBoundingClientRect();
    expect(rect.bottom, 'the option lies below the clipping box').to.be.greaterThan(
      container.bottom,
    );
    const hit = root.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    expect(last.contains(hit), 'and a click there reaches it').to.equal(true);
  });

  it('fits 320 pixels without scrolling sideways, with text that phones do not zoom', async () => {
    await setViewport({ width: 320, height: 568 });
    const { root, input } = await mount();
    await search(root, input, 'Верхний');

    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const listbox = root.getElementById('listbox')!.getBoundingClientRect();
    expect(listbox.left).to.be.at.least(0);
    expect(listbox.right).to.be.at.most(320);
    expect(parseFloat(getComputedStyle(input).fontSize)).to.be.at.least(16);
  });

  it('keeps the list above an on-screen keyboard that leaves little room', async () => {
    await setViewport({ width: 360, height: 640 });
    const { root, input } = await mount(
      html`<div>
        <div style="height: 520px"></div>
        <edu-settlement-picker .places=${dagestan}></edu-settlement-picker>
        <div style="height: 800px"></div>
      </div>`,
    );
    await search(root, input, 'Верхний');

    const list = root.getElementById('listbox')!.getBoundingClientRect();
    expect(input.getBoundingClientRect().bottom).to.be.at.most(list.top + 1);
    expect(list.bottom).to.be.at.most(window.innerHeight);
    expect(list.height).to.be.at.least(150);
  });
});
