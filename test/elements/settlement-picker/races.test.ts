import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import type { Settlement } from '../../../src/contract/types.js';
import { typeInto } from '../../support/dom.js';
import { mock } from '../../support/mock.js';
import { mount, optionNames, options, search } from './harness.js';

const place = (name: string): Settlement => ({
  id: name,
  name,
  municipality: { id: 'm', name: 'Ахтынский район' },
});

const backend = () => mount(html`<edu-settlement-picker></edu-settlement-picker>`);

describe('<edu-settlement-picker> with the server', () => {
  before(() => mock.start());
  afterEach(() => mock.reset());

  it('shows only the newest answer when an older one comes later', async () => {
    mock.worker.use(
      http.get('/api/settlements', async ({ request }) => {
        const query = new URL(request.url).searchParams.get('query')!;
        // The first query's answer is slow, the second's fast.
        await delay(query === 'Ахт' ? 1500 : 50);
        return HttpResponse.json({ items: [place(`${query}-ответ`)], nextCursor: null });
      }),
    );
    const aborted: string[] = [];
    const watching: typeof fetch = (url, init) => {
      const query = new URL(String(url), location.href).searchParams.get('query')!;
      init?.signal?.addEventListener('abort', () => aborted.push(query));
      return fetch(url, init);
    };
    const { root, input } = await mount(
      html`<edu-settlement-picker .fetch=${watching}></edu-settlement-picker>`,
    );

    await typeInto(input, 'Ахт');
    await aTimeout(400); // past the pause: the first request is under way
    await sendKeys({ type: 'ы' });
    await waitUntil(() => options(root).length > 0, 'no options', { timeout: 4000 });
    expect(optionNames(root)).to.deep.equal(['Ахты-ответ']);

    await aTimeout(1600);
    expect(optionNames(root), 'after the old answer would have come').to.deep.equal(['Ахты-ответ']);
    expect(aborted).to.deep.equal(['Ахт']);
  });

  it('shows no stale options while the next search runs, and says it is searching', async () => {
    mock.worker.use(
      http.get('/api/settlements', async ({ request }) => {
        const query = new URL(request.url).searchParams.get('query')!;
        if (query !== 'Ахты') await delay('infinite');
        return HttpResponse.json({ items: [place('Ахты')], nextCursor: null });
      }),
    );
    const { root, input } = await backend();
    await search(root, input, 'Ахты');

    await sendKeys({ type: 'н' });
    await aTimeout(400);

    expect(options(root)).to.have.length(0);
    expect(root.textContent).to.include('Поиск…');
  });

  it('asks once for what was typed fast, after the pause', async () => {
    const queries: string[] = [];
    mock.worker.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/settlements')) queries.push(url.searchParams.get('query')!);
    });
    const { root, input } = await backend();
    try {
      await search(root, input, 'Касумкент');
    } finally {
      mock.worker.events.removeAllListeners();
    }
    expect(queries).to.deep.equal(['Касумкент']);
  });

  it('shows no more options than its limit when the server sends thousands', async () => {
    const many = Array.from({ length: 5000 }, (_, index) => place(`Ахты ${index + 1}`));
    mock.worker.use(
      http.get('/api/settlements', () => HttpResponse.json({ items: many, nextCursor: null })),
    );
    const { root, input } = await backend();

    await search(root, input, 'Ахты');
    expect(optionNames(root)).to.deep.equal(many.slice(0, 10).map((item) => item.name));
    await waitUntil(() => /5000/.test(root.querySelector('[role="status"]')!.textContent!), '', {
      timeout: 3000,
    });
  });

  it('asks the server for a count it takes, whatever its limit is set to', async () => {
    const asked: (string | null)[] = [];
    mock.worker.use(
      http.get('/api/settlements', ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('limit'));
        return HttpResponse.json({ items: [place('Ахты')], nextCursor: null });
      }),
    );
    for (const limit of [Number.NaN, -5, 1e9]) {
      const { root, input } = await mount(
        html`<edu-settlement-picker .limit=${limit}></edu-settlement-picker>`,
      );
      await search(root, input, 'Ахты');
    }
    expect(asked).to.deep.equal(['10', '10', '100']);
  });

  it('asks nothing of the server when it is given a list', async () => {
    let requests = 0;
    mock.worker.events.on('request:start', () => requests++);
    const { root, input } = await mount();
    try {
      await search(root, input, 'Касумкент');
      await aTimeout(400);
    } finally {
      mock.worker.events.removeAllListeners();
    }
    expect(requests).to.equal(0);
    expect(optionNames(root)[0]).to.equal('Касумкент');
  });
});
