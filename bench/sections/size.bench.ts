/**
 * What a page downloads for edu-connect and for the widgets it is compared
 * with, weighed the same way: bundled and minified by esbuild, dependencies
 * included, gzip -9 (tools/size.mjs). Ours are weighed as published: dist/
 * is rebuilt first (its type declarations are left out; run npm run build).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGETS } from '../../tools/budgets.mjs';
import { firstLoad, gzip, scriptTagBundle } from '../../tools/size.mjs';

const bench = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(bench, '..');
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

console.error('building dist/: the ES modules and the script-tag bundle…');
for (const mode of ['production', 'bundle']) {
  const build = spawnSync('npx', ['vite', 'build', '-c', 'vite.lib.config.ts', '--mode', mode], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) process.exit(1);
}

/** The widgets named as anchors: each as a page would load it from its npm package. */
const ANCHORS: { name: string; stated: number; source: string }[] = [
  { name: 'Lit alone', stated: 5.8, source: `export { LitElement, html, css } from 'lit';` },
  {
    name: 'accessible-autocomplete (with its CSS)',
    stated: 20.0,
    source:
      `export { default } from 'accessible-autocomplete';\n` +
      `import 'accessible-autocomplete/dist/accessible-autocomplete.min.css';`,
  },
  {
    name: 'Shoelace select, option, input',
    stated: 35.5,
    source: ['select/select', 'option/option', 'input/input']
      .map((file) => `import '@shoelace-style/shoelace/dist/components/${file}.js';`)
      .join('\n'),
  },
  {
    name: 'Material Web select, option, text field',
    stated: 36.8,
    source: ['select/outlined-select', 'select/select-option', 'textfield/outlined-text-field']
      .map((file) => `import '@material/web/${file}.js';`)
      .join('\n'),
  },
  {
    name: 'DaData suggestions with jQuery (and CSS)',
    stated: 45.9,
    source:
      `import 'suggestions-jquery';\n` +
      `import 'suggestions-jquery/dist/css/suggestions.min.css';`,
  },
  {
    name: 'Lion combobox with option',
    stated: 55.0,
    source:
      `import { LionCombobox } from '@lion/ui/combobox.js';\n` +
      `import { LionOption } from '@lion/ui/listbox.js';\n` +
      `customElements.define('lion-combobox', LionCombobox);\n` +
      `customElements.define('lion-option', LionOption);`,
  },
  {
    name: 'Spectrum combobox',
    stated: 82,
    source: `import '@spectrum-web-components/combobox/sp-combobox.js';`,
  },
];

const elements = readdirSync(path.join(root, 'src/elements'))
  .filter((name) => {
    try {
      return readFileSync(path.join(root, 'src/elements', name, 'define.ts')).length > 0;
    } catch {
      return false;
    }
  })
  .sort();

const ours: [string, number, number][] = [];
for (const name of elements) {
  console.error(`weighing ${name}…`);
  const source = `import './dist/elements/${name}/define.js';`;
  ours.push([
    name,
    await firstLoad(source, root),
    await firstLoad(source, root, { charset: 'ascii' }),
  ]);
}
const bundle = scriptTagBundle(path.join(root, 'dist'));
const loader = gzip(readFileSync(path.join(root, 'dist/edu-connect.js')));
const bundleEsbuild = loader + (await firstLoad(`import './dist/edu-connect/index.js';`, root));

const anchors: [string, number, number][] = [];
for (const anchor of ANCHORS) {
  console.error(`weighing ${anchor.name}…`);
  anchors.push([anchor.name, await firstLoad(anchor.source, bench), anchor.stated]);
}

/*
 * Localization: the same Lit element with its strings through our typed
 * dictionary (src/core/i18n.ts) or through @lit/localize's runtime mode, each
 * loading its English lazily (the English module is split off, not counted).
 */
const element = (imports: string, render: string, after = '') =>
  `import { LitElement, html } from 'lit';\n${imports}\n` +
  `class A extends LitElement { render() { return html\`<p>\${${render}}</p>\`; } }\n` +
  `customElements.define('x-a', A);\n${after}`;
const englishModule = `import('../src/core/messages.en.ts')`;
console.error('weighing the localization runtimes…');
const localization = {
  none: await firstLoad(element('', `'x'`), bench),
  ours: await firstLoad(
    element(
      `import { bundle, pick, languageOf, loadLanguage, pluralRu } from '../src/core/i18n.ts';\n` +
        `const m = bundle({ ru: { a: (n) => pluralRu(n, 'школа', 'школы', 'школ') }, en: () => ${englishModule} });`,
      `pick(m, languageOf(this)).a(2)`,
      `loadLanguage('en');`,
    ),
    bench,
  ),
  lit: await firstLoad(
    element(
      `import { configureLocalization, msg, str, localized } from '@lit/localize';\n` +
        `const { setLocale } = configureLocalization({ sourceLocale: 'ru', targetLocales: ['en'], loadLocale: () => ${englishModule} });`,
      `msg(str\`\${2} школы\`)`,
      `localized()(A); setLocale('en');`,
    ),
    bench,
  ),
};

const verdict = (bytes: number, budget: number) =>
  bytes / 1024 <= budget ? `within ${budget} KB` : `**over ${budget} KB**`;
const picker = ours.find(([name]) => name === 'settlement-picker')?.[1] ?? NaN;

/** Later parts that are not elements, by their chunk's name. */
const PARTS: Record<string, string> = {
  checks: "zod/mini and the contract's schemas, fetched beside the first request",
  search: "the picker's search of a given list",
};

const lines = [
  '## Size',
  '',
  'What a page downloads first, gzip -9 of minified code with every dependency; chunks loaded',
  'only later (elements of later steps, the English strings) are not counted. KB of 1024 bytes.',
  '',
  '| Budget | Ours | Verdict |',
  '| --- | ---: | --- |',
  `| \`<edu-settlement-picker>\` alone | ${kb(picker)} KB | ${verdict(picker, BUDGETS['settlement-picker'])} |`,
  `| script-tag bundle as shipped, first load: dist/edu-connect.js, its entry and the chunks that imports | ${kb(bundle.firstLoad)} KB | ${verdict(bundle.firstLoad, BUDGETS.bundle)} |`,
  `| the same first load, the entry bundled and minified again by esbuild | ${kb(bundleEsbuild)} KB | ${verdict(bundleEsbuild, BUDGETS.bundle)} |`,
  '',
  'The rest of the script-tag bundle, loaded when a page or the journey first shows it (or when',
  'the browser idles after the first screen); each file gzipped alone, as a server sends it:',
  '',
  '| Part | Gzipped |',
  '| --- | ---: |',
  `| every chunk but the English ones, first load included | ${kb(bundle.everything)} KB |`,
  `| the English strings of every element, fetched only for English | ${kb(bundle.english)} KB |`,
  ...bundle.parts.map(
    ({ name, bytes }) =>
      `| later: ${PARTS[name] ?? `\`${name}\``}, with the chunks it adds (shared ones in each) | ${kb(bytes)} KB |`,
  ),
  '',
  '| Anchor | Measured here | Stated |',
  '| --- | ---: | ---: |',
  ...anchors.map(
    ([name, bytes, stated]) => `| ${name} | ${kb(bytes)} KB | ${stated.toFixed(1)} KB |`,
  ),
  '',
  'Each element of ours alone from dist/, as a bundler-based site ships it (UTF-8 output; esbuild',
  'writes `\\uXXXX` escapes for Cyrillic by default, the last column):',
  '',
  '| Element | First load | With esbuild default charset |',
  '| --- | ---: | ---: |',
  ...ours.map(([name, utf8, ascii]) => `| \`${name}\` | ${kb(utf8)} KB | ${kb(ascii)} KB |`),
];
lines.push(
  '',
  'Localization runtime, added to one Lit element that loads its English lazily:',
  '',
  '| Runtime | Added | Plural forms |',
  '| --- | ---: | --- |',
  `| typed dictionary (src/core/i18n.ts) | ${kb(localization.ours - localization.none)} KB | Intl.PluralRules |`,
  `| @lit/localize, runtime mode | ${kb(localization.lit - localization.none)} KB | none of its own |`,
);
console.log(lines.join('\n'));
