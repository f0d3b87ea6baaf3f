/**
 * The doc comments of the contract's schemas, as descriptions for the
 * OpenAPI document: `Settlement` for the comment on the schema,
 * `Settlement.kind` for one on a property, nested paths for nested objects.
 * A schema made by a helper (`page(Settlement)`) takes the helper's comments.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const commentOf = (node: ts.Node): string | undefined => {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = docs
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join('\n')
    .trim();
  return text ? text.replace(/\s*\n\s*/g, ' ') : undefined;
};

const nameOf = (name: ts.PropertyName) =>
  ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;

/** Descriptions by path from the schemas file at `file`. */
export function schemaDescriptions(file: string): Record<string, string> {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.ES2022,
    true,
  );
  const found: Record<string, string> = {};
  const madeBy = new Map<string, string>();

  function walk(node: ts.Node, path: string[]): void {
    if (ts.isPropertyAssignment(node)) {
      const key = nameOf(node.name);
      if (key) {
        const inner = [...path, key];
        const comment = commentOf(node);
        if (comment) found[inner.join('.')] = comment;
        walk(node.initializer, inner);
        return;
      }
    }
    ts.forEachChild(node, (child) => walk(child, path));
  }

  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
      const name = declaration.name.text;
      const comment = commentOf(declaration);
      if (comment) found[name] = comment;
      const init = declaration.initializer;
      if (ts.isCallExpression(init) && ts.isIdentifier(init.expression)) {
        madeBy.set(name, init.expression.text);
      }
      walk(init, [name]);
    }
  }

  for (const [name, helper] of madeBy) {
    for (const [path, comment] of Object.entries(found)) {
      if (!path.startsWith(`${helper}.`)) continue;
      found[`${name}${path.slice(helper.length)}`] ??= comment;
    }
  }
  return found;
}
