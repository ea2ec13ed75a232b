/**
 * A typedoc plugin for the order of the API reference. Each rule is one that typedoc's options cannot express:
 *
 * 1. The modules are listed in the order of `package.json`'s `exports`: the root entry (`samenwerking`) first, then
 *    the subpaths. `typedoc.json` orders `entryPoints` for another purpose: typedoc documents a symbol in the first
 *    entry point that exports it, so `errors` comes before `schema` (which re-exports the error class) and the root
 *    entry, which re-exports everything, comes last.
 * 2. The sidebar lists the guides and the modules directly under the project, while inside each module it shows the
 *    groups (Functions, Classes, Variables, Interfaces, Type Aliases) that `navigation.includeGroups` turns on.
 * 3. A group whose members all share one `@category` (on most module pages the category is the module itself) gets
 *    no category heading, so a page reads "Functions", not "Functions - Scoring"; groups that mix categories keep
 *    them.
 * 4. A parameter whose type is written as an alias (`id: ThemeId`) shows that alias, even where TypeScript has no
 *    alias left on the type: `ThemeId = (typeof themeIds)[number]` names a union that already existed, so typedoc
 *    would print all of its members in the signature of `getTheme`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Comment, Converter } from 'typedoc';
import ts from 'typescript';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      const { project } = context;
      const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8'));
      const order = Object.keys(pkg.exports ?? {}).map((key) => key.replace(/^\./, pkg.name));
      const rank = (reflection) => {
        const index = order.indexOf(reflection.name);
        return index === -1 ? order.length : index;
      };
      project.children = project.children
        ?.map((reflection, index) => ({ reflection, index }))
        .sort((a, b) => rank(a.reflection) - rank(b.reflection) || a.index - b.index)
        .map(({ reflection }) => reflection);
      const documents = project.childrenIncludingDocuments?.filter((child) => child.isDocument()) ?? [];
      project.childrenIncludingDocuments = [...documents, ...(project.children ?? [])];
      project.comment ??= new Comment();
      project.comment.modifierTags.add('@hideGroups');
    },
    // before typedoc's GroupPlugin (priority -100) builds the module list
    100,
  );
  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, _declaration, tsSignature) => {
    tsSignature?.parameters.forEach((symbol, index) => {
      const parameter = signature.parameters?.[index];
      const node = symbol.valueDeclaration;
      if (parameter?.type?.type !== 'union' || node === undefined || !ts.isParameter(node)) return;
      if (node.type !== undefined && ts.isTypeReferenceNode(node.type)) {
        parameter.type = context.converter.convertType(context.withScope(signature).withScope(parameter), node.type);
      }
    });
  });
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      for (const reflection of Object.values(context.project.reflections)) {
        for (const group of reflection.groups ?? []) {
          if (group.categories?.length === 1) group.categories = undefined;
        }
      }
    },
    // after typedoc's CategoryPlugin (priority -200) sorts members into categories
    -300,
  );
}
