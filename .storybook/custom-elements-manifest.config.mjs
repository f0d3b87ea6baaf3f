/*
 * The custom-elements manifest (custom-elements.json): what Storybook's docs
 * show for each element, and what editors read from the package. Element
 * classes never define their tag; each define.ts does with `define(tag,
 * Class)`, which the analyzer does not know, so the plugin below links them.
 */

/** What a user of the element can touch: no private, protected or static members. */
const isPublic = (member) =>
  !member.static &&
  !member.name.startsWith('#') &&
  !['private', 'protected'].includes(member.privacy);

/** Finds `define('edu-…', EduX)` calls and gives each class its tag. */
function linkDefinedTags() {
  const tags = new Map();

  return {
    name: 'edu-define-tags',
    analyzePhase({ ts, node }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'define') return;
      const [tag, element] = node.arguments;
      if (tag && element && ts.isStringLiteral(tag) && ts.isIdentifier(element)) {
        tags.set(element.getText(), tag.text);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap(
        (module) => module.declarations ?? [],
      );
      // Custom properties are documented once, on the base element; every element honours them.
      const shared = declarations.find(({ name }) => name === 'EduElement')?.cssProperties ?? [];
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          // The base element's `emit(type, detail)` reads as an event named `type`.
          if (declaration.events) {
            declaration.events = declaration.events.filter(({ name }) => name?.startsWith('edu-'));
          }
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          const tag = tags.get(declaration.name);
          if (declaration.kind !== 'class' || !tag) continue;
          declaration.customElement = true;
          declaration.tagName = tag;
          const own = new Set((declaration.cssProperties ?? []).map(({ name }) => name));
          declaration.cssProperties = [
            ...shared.filter(({ name }) => !own.has(name)),
            ...(declaration.cssProperties ?? []),
          ];
        }
      }
    },
  };
}

export default {
  globs: ['src/core/edu-element.ts', 'src/elements/*/*.ts'],
  exclude: ['src/elements/*/messages.ts', 'src/elements/*/styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [linkDefinedTags()],
};
