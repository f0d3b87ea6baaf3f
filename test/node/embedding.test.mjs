/**
 * Every demo page, and the script-tag bundle on pages of its own, served with
 * a strict Content-Security-Policy in headless Chromium: no violation, no
 * error, nothing in the console, and the widgets on screen.
 *
 * Needs `npm run build` and `npm run build:demo` first (`npm run test:embedding`).
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { launch, watchedPage } from './browser.mjs';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const demo = `${root}dist-demo`;
const dist = `${root}dist`;

/** Text inside every edu-* element of the page, through their shadow roots. */
const widgetText = (page) =>
  page.evaluate(() => {
    const text = (node) =>
      [...(node.shadowRoot ?? node).childNodes]
        .map((child) => (child.nodeType === Node.TEXT_NODE ? child.textContent : text(child)))
        .join(' ');
    return [...document.querySelectorAll('*')]
      .filter((element) => element.localName.startsWith('edu-'))
      .map((element) => text(element).replace(/\s+/g, ' ').trim());
  });

let browser;
let server;
const picker = `${root}node_modules/.cache/edu-embedding/picker.js`;

before(async () => {
  // The picker as a bundler-based site would ship it, to load beside the script-tag bundle.
  await esbuild.build({
    entryPoints: [`${dist}/elements/settlement-picker/define.js`],
    bundle: true,
    minify: true,
    format: 'esm',
    outfile: picker,
    logLevel: 'error',
  });
  const page = (body, lang = 'ru') =>
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>bundle</title>` +
    `<link rel="icon" href="/favicon.svg"></head><body>${body}</body></html>`;
  const pages = {
    classic: page('<script src="/js/edu-connect.js"></script><edu-role-picker></edu-role-picker>'),
    twice: page(
      '<script src="/js/edu-connect.js"></script><script src="/js/edu-connect.js"></script>' +
        '<script type="module" src="/js/picker.js"></script>' +
        '<edu-role-picker></edu-role-picker><edu-settlement-picker></edu-settlement-picker>',
    ),
    search: page(
      '<script src="/js/edu-connect.js"></script>' +
        '<edu-settlement-picker api-base="/api"></edu-settlement-picker>',
    ),
    broken: page(
      '<script src="/js/edu-connect.js"></script>' +
        '<edu-settlement-picker api-base="/broken"></edu-settlement-picker>',
    ),
    english: page(
      '<script type="module" src="/js/edu-connect.js"></script><edu-role-picker></edu-role-picker>',
      'en',
    ),
    // A page with one element of a later step, as a municipal site may show the coverage alone.
    later: page(
      '<script src="/js/edu-connect.js" defer></script>' +
        '<edu-application-status api-base="/api"></edu-application-status>',
    ),
  };
  const routes = {
    '/js/edu-connect.js': `${dist}/edu-connect.js`,
    '/js/edu-connect/': { folder: `${dist}/edu-connect` },
    '/js/picker.js': picker,
  };
  const { writeFileSync, mkdirSync } = await import('node:fs');
  const cache = `${root}node_modules/.cache/edu-embedding`;
  mkdirSync(cache, { recursive: true });
  // A backend's answers: one in the contract's shape, one that breaks it.
  const akhty = {
    id: '0500500000100',
    name: 'Ахты',
    municipality: { id: '05005', name: 'Ахтынский район' },
  };
  writeFileSync(`${cache}/settlements.json`, JSON.stringify({ items: [akhty], nextCursor: null }));
  writeFileSync(`${cache}/broken.json`, JSON.stringify({ items: [{ id: 5, name: '<b>x</b>' }] }));
  routes['/api/settlements'] = `${cache}/settlements.json`;
  routes['/broken/settlements'] = `${cache}/broken.json`;
  // A page of a site in windows-1251 that copied the bundle to its own server, which names no charset.
  const { copyFileSync } = await import('node:fs');
  copyFileSync(`${dist}/edu-connect.js`, `${cache}/edu-connect.nocharset`);
  writeFileSync(
    `${cache}/legacy.cp1251`,
    '<!doctype html><html lang="ru"><head><meta charset="windows-1251"><title>legacy</title>' +
      '<link rel="icon" href="/favicon.svg"></head><body>' +
      '<script src="/legacy/edu-connect.js"></script><edu-role-picker></edu-role-picker></body></html>',
  );
  routes['/legacy/edu-connect.js'] = `${cache}/edu-connect.nocharset`;
  routes['/legacy/edu-connect/'] = { folder: `${dist}/edu-connect`, type: 'text/javascript' };
  routes['/bundle/legacy.html'] = `${cache}/legacy.cp1251`;
  for (const [name, html] of Object.entries(pages)) {
    const file = `${root}node_modules/.cache/edu-embedding/${name}.html`;
    writeFileSync(file, html);
    routes[`/bundle/${name}.html`] = file;
  }
  server = await serve(demo, routes);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page under the CSP and waits until its widgets show something. */
async function open(path) {
  const watched = await watchedPage(browser);
  await watched.page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
  await watched.page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('*')].some(
          (element) =>
            element.localName.startsWith('edu-') &&
            (element.shadowRoot?.textContent ?? '').trim().length > 0,
        ),
      null,
      { timeout: 10000 },
    )
    .catch(() => undefined); // the assertions that follow say what is missing
  return watched;
}

describe('demo pages under a strict CSP', () => {
  const pages = readdirSync(demo).filter((file) => file.endsWith('.html'));

  it('are all there', () => {
    for (const name of ['index', 'plain', 'municipal', 'form', 'dark', 'elements']) {
      assert.ok(pages.includes(`${name}.html`), `${name}.html is built`);
    }
  });

  for (const file of pages) {
    it(`${file} shows its widgets with no violation, error or console output`, async () => {
      const { page, problems, close } = await open(`/${file}`);
      const texts = await widgetText(page);
      await close();

      assert.deepEqual(problems, []);
      assert.ok(texts.length > 0, 'the page has edu-* elements');
      assert.ok(
        texts.some((text) => text.length > 20),
        `widgets show text: ${texts}`,
      );
    });
  }

  it('the ministry page goes from the start to the choice of role', async () => {
    const { page, problems, close } = await open('/plain.html');
    await page.getByRole('button', { name: 'Подключиться' }).click();
    await page.getByRole('heading', { name: 'Кто вы?' }).waitFor();
    await close();
    assert.deepEqual(problems, []);
  });

  it('the municipal portal lists the authorities of a district', async () => {
    const { page, problems, close } = await open('/municipal.html');
    await page.getByRole('combobox').fill('Ахтынский');
    await page.getByRole('option').first().click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    const texts = await widgetText(page);
    await close();
    assert.deepEqual(problems, []);
    assert.match(texts.join(' '), /Ахтынский/);
  });

  it('the plain form posts the chosen settlement under its name', async () => {
    const { page, problems, close } = await open('/form.html');
    await page.getByLabel('Фамилия, имя и отчество').fill('Алиева Зарема Магомедовна');
    await page.getByRole('combobox').fill('Ахты');
    await page.getByRole('option').first().click();
    await Promise.all([
      page.waitForURL('**/submit'),
      page.getByRole('button', { name: 'Отправить' }).click(),
    ]);
    await close();

    assert.deepEqual(problems, []);
    const sent = server.received.at(-1);
    assert.equal(sent.teacher, 'Алиева Зарема Магомедовна');
    assert.match(sent.settlement ?? '', /^\d{13}$/, `settlement id sent: ${JSON.stringify(sent)}`);
  });

  it('the dark page draws the widget in the dark scheme, with the site brand colour', async () => {
    const { page, problems, close } = await open('/dark.html');
    const colours = await page.evaluate(() => {
      const host = document.querySelector('edu-connect');
      const style = getComputedStyle(host);
      return {
        text: style.color,
        scheme: style.colorScheme,
        primary: style.getPropertyValue('--edu-color-primary').trim(),
      };
    });
    await close();
    assert.deepEqual(problems, []);
    assert.equal(colours.scheme, 'dark');
    assert.equal(colours.text, 'rgb(232, 234, 237)');
    assert.equal(colours.primary, '#7cc4a4');
  });
});

describe('the script-tag bundle under a strict CSP', () => {
  /** The scripts the page fetched, by file name, and when each fetch began and ended. */
  const scripts = (page) =>
    page.evaluate(() => ({
      loaded: performance.getEntriesByType('navigation')[0].loadEventEnd,
      files: performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.js'))
        .map((entry) => ({
          name: new URL(entry.name).pathname,
          start: entry.startTime,
          end: entry.responseEnd,
        })),
    }));
  const isEnglish = (name) => /\.en-[\w-]+\.js$/.test(name);

  it('defines its elements from a classic script, in Russian, without any English', async () => {
    const { page, problems, close } = await open('/bundle/classic.html');
    const texts = await widgetText(page);
    const { files } = await scripts(page);
    await close();
    assert.deepEqual(problems, []);
    assert.match(texts[0], /Кто вы\?/);
    assert.ok(
      files.some(({ name }) => name === '/js/edu-connect/index.js'),
      'the entry loaded',
    );
    assert.deepEqual(
      files.filter(({ name }) => isEnglish(name)),
      [],
    );
  });

  it('fetches the later steps only after the page has loaded, from the entry', async () => {
    const { page, problems, close } = await open('/bundle/classic.html');
    // The last of them in the order the entry prefetches them.
    await page
      .waitForFunction(() =>
        performance.getEntriesByType('resource').some(({ name }) => /\/coverage-/.test(name)),
      )
      .catch(() => undefined);
    const { loaded, files } = await scripts(page);
    await close();
    assert.deepEqual(problems, []);
    const entry = files.find(({ name }) => name === '/js/edu-connect/index.js');
    const later = files.filter(
      ({ name }) => name.startsWith('/js/edu-connect/') && name !== entry.name,
    );
    // The first screen needs the loader and the entry; the rest comes when the browser idles.
    assert.ok(later.length > 0, 'the later steps are fetched ahead of need');
    for (const file of later) {
      assert.ok(file.start >= entry.end, `${file.name} waits for the entry`);
      assert.ok(file.start >= loaded, `${file.name} waits for the page's load event`);
    }
  });

  it('loads an element of a later step when a page shows it alone', async () => {
    const { page, problems, close } = await open('/bundle/later.html');
    await page.getByRole('heading', { name: 'Статус заявки' }).waitFor();
    const { files } = await scripts(page);
    await close();
    assert.deepEqual(problems, []);
    assert.ok(
      files.some(({ name }) => /\/application-status-[\w-]+\.js$/.test(name)),
      'its chunk was fetched',
    );
  });

  it('works on a windows-1251 page that serves it with no charset', async () => {
    const { page, problems, close } = await open('/bundle/legacy.html');
    const texts = await widgetText(page);
    await close();
    assert.deepEqual(problems, []);
    assert.match(texts[0], /Кто вы\?/);
  });

  it('loaded twice and beside a separately bundled element, defines each tag once', async () => {
    const { page, problems, close } = await open('/bundle/twice.html');
    const texts = await widgetText(page);
    await close();
    assert.deepEqual(problems, []);
    assert.match(texts[0], /Кто вы\?/);
    assert.match(texts[1], /Населённый пункт/);
  });

  it('checks a search answer against the contract and shows its places', async () => {
    const { page, problems, close } = await open('/bundle/search.html');
    await page.getByRole('combobox').fill('Ахты');
    await page.getByRole('option', { name: /Ахты/ }).waitFor();
    await close();
    assert.deepEqual(problems, []);
  });

  it('refuses an answer that breaks the contract with a visible message', async () => {
    const { page, problems, close } = await open('/bundle/broken.html');
    await page.getByRole('combobox').fill('Ахты');
    await page
      .getByText('Сервер прислал ответ, который нельзя показать', { exact: false })
      .waitFor();
    const options = await page.getByRole('option').count();
    await close();
    assert.deepEqual(problems, []);
    assert.equal(options, 0);
  });

  it('on an English page, fetches the English chunks and shows English only', async () => {
    const { page, problems, close } = await open('/bundle/english.html');
    const texts = await widgetText(page);
    const { files } = await scripts(page);
    await close();
    assert.deepEqual(problems, []);
    assert.match(texts[0], /Who are you\?/);
    assert.doesNotMatch(texts[0], /Кто вы/);
    assert.ok(
      files.some(({ name }) => /\/role-picker\.en-[\w-]+\.js$/.test(name)),
      'the role picker fetched its English',
    );
  });
});
