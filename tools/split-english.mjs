/**
 * `node tools/split-english.mjs [files…]`: moves the English of a
 * `messages.ts` written the older way (`export const x: MessageBundle<M> =
 * { ru: {…}, en: {…} }`) into its `messages.en.ts`, and turns the bundle into
 * `bundle<M>({ ru: {…}, en: () => import('./messages.en.js') })`, so that
 * English downloads only when asked for. Without arguments it looks at every
 * `src/**\/messages.ts`; a file already split is left as it is.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function messageFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return messageFiles(path);
    return entry.name === 'messages.ts' ? [path] : [];
  });
}

/** Other bundles' English that an English block spreads, and where it now lives. */
const ENGLISH_OF = {
  validationMessages: ['validationEn', 'domain/messages.en.js'],
  wizardMessages: ['wizardEn', 'elements/wizard/messages.en.js'],
  commonMessages: ['commonEn', 'core/messages.en.js'],
};

function split(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const declaration = lines.findIndex((line) =>
    /^export const \w+: MessageBundle<\w+> = \{$/.test(line),
  );
  if (declaration < 0) return false;
  const [, name, type] = /^export const (\w+): MessageBundle<(\w+)> = \{$/.exec(lines[declaration]);
  const start = lines.indexOf('  en: {', declaration);
  const end = lines.findIndex((line, index) => index > start && /^ {2}\},?$/.test(line));
  if (start < 0 || end < 0 || lines[end + 1] !== '};') {
    throw new Error(`${file}: the English block is not the bundle's last property`);
  }

  let body = lines
    .slice(start + 1, end)
    .map((line) => line.replace(/^ {2}/, ''))
    .join('\n');
  const imports = [`import type { ${type} } from './messages.js';`];
  for (const [bundle, [alias, target]] of Object.entries(ENGLISH_OF)) {
    if (!body.includes(`${bundle}.en`)) continue;
    body = body.replaceAll(`${bundle}.en`, alias);
    const from = relative(dirname(file), join(root, 'src', target)).replace(/^(?!\.)/, './');
    imports.push(`import { en as ${alias} } from '${from}';`);
  }
  const english =
    `${imports.join('\n')}\n\n` +
    '/** English strings, loaded only when an element is shown in English. */\n' +
    `export const en: ${type} = {\n${body}\n};\n`;
  writeFileSync(join(dirname(file), 'messages.en.ts'), english);

  lines[declaration] = `export const ${name} = bundle<${type}>({`;
  lines.splice(start, end - start + 2, "  en: () => import('./messages.en.js'),", '});');
  let source = lines.join('\n');
  source = source
    .replace(
      /import type \{ MessageBundle \} from '([./a-z]+i18n\.js)';/,
      "import { bundle } from '$1';",
    )
    .replace(
      /import \{ pluralRu, type MessageBundle \} from '([./a-z]+i18n\.js)';/,
      "import { bundle, pluralRu } from '$1';",
    )
    .replace(
      /import \{ type MessageBundle, pluralRu \} from '([./a-z]+i18n\.js)';/,
      "import { bundle, pluralRu } from '$1';",
    )
    .replace(
      /import \{ bundle \} from '([./a-z]+i18n\.js)';\nimport \{ pluralRu \} from '\1';/,
      "import { bundle, pluralRu } from '$1';",
    );
  writeFileSync(file, source);
  return true;
}

const files = process.argv.length > 2 ? process.argv.slice(2) : messageFiles(join(root, 'src'));
for (const file of files) {
  if (split(file)) process.stdout.write(`split ${relative(root, file)}\n`);
}
process.stdout.write(
  'Run prettier and tsc over the files split: helpers only English uses may need moving.\n',
);
