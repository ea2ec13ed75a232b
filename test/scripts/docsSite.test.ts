/**
 * The structure checks of the API reference (`scripts/lib/docs-site.ts`), on a small typedoc JSON model: each accepts
 * a site that reads in order and names what is wrong in one that does not.
 */
import { describe, expect, it } from 'vitest';
import {
  checkGuides,
  checkModulePages,
  checkModules,
  checkRootPage,
  guideTitle,
  KIND,
  type SiteProject,
  type SiteReflection,
} from '../../scripts/lib/docs-site.js';

const pkg = {
  name: 'pakket',
  exports: {
    '.': {},
    './scoring': {},
    './errors': {},
    './schemas/*': './dist/schemas/*',
    './package.json': './package.json',
  },
};
const text = (value: string) => [{ kind: 'text', text: value }];
const link = (target: number) => ({ kind: 'inline-tag', text: '', target });

function module(id: number, name: string, groups: string[], extra: Partial<SiteReflection> = {}): SiteReflection {
  return {
    id,
    name,
    kind: KIND.Module,
    comment: { summary: text(`The ${name} entry.`) },
    groups: groups.map((title) => ({ title, children: [] })),
    children: [],
    ...extra,
  };
}

const project: SiteProject = {
  id: 0,
  name: 'pakket',
  kind: 1,
  children: [
    module(3, 'pakket', [], { comment: { summary: [...text('See '), link(1), link(2)] } }),
    module(1, 'pakket/scoring', ['Functions', 'Interfaces']),
    module(2, 'pakket/errors', ['Functions', 'Classes', 'Type Aliases']),
  ],
  documents: [
    {
      name: 'Getting started',
      content: text('parseCollaboration, parseAssessment, scoreBerenschot, detectPitfalls, toMarkdown'),
    },
    { name: 'Concepts', content: [] },
    { name: 'Scoring method', content: [] },
    { name: 'Document format', content: [] },
    { name: 'Glossary', content: [] },
    { name: 'Catalogue reference', content: [] },
  ],
};
const guides = ['Getting started', 'Concepts', 'Scoring method', 'Document format', 'Glossary', 'Catalogue reference'];

const withModules = (children: SiteReflection[]): SiteProject => ({ ...project, children });
const [rootModule, scoring, errors] = project.children as [SiteReflection, SiteReflection, SiteReflection];

describe('checkModules', () => {
  it('accepts modules that are the entry points, in the order of exports', () => {
    expect(checkModules(project, pkg)).toEqual([]);
  });

  it('names a documented module that is not an entry point, and an entry point without a page', () => {
    const problems = checkModules(withModules([rootModule, scoring, module(9, 'errors', ['Functions'])]), pkg);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/documents the module errors, which is not an entry point/);
    expect(problems[1]).toBe(
      "the entry point pakket/errors has no page: add its index.ts to typedoc.json's entryPoints",
    );
  });

  it('names modules listed in another order than exports', () => {
    expect(checkModules(withModules([scoring, rootModule, errors]), pkg)).toEqual([
      'the modules are listed as pakket/scoring, pakket, pakket/errors; package.json exports them as pakket, pakket/scoring, pakket/errors',
    ]);
  });
});

describe('checkModulePages', () => {
  it('accepts modules with functions first, described, with no function as a variable', () => {
    expect(checkModulePages(project)).toEqual([]);
  });

  it('names a module whose functions do not come first', () => {
    const late = module(1, 'pakket/scoring', ['Interfaces', 'Functions']);
    expect(checkModulePages(withModules([rootModule, late, errors]))).toEqual([
      'pakket/scoring lists Interfaces, Functions: the functions must come first',
    ]);
  });

  it('names a function shown as a variable, and a module without a description', () => {
    const getter: SiteReflection = {
      id: 7,
      name: 'getTheme',
      kind: KIND.Variable,
      type: { type: 'reflection', declaration: { signatures: [{}] } },
    };
    const data: SiteReflection = { id: 8, name: 'themes', kind: KIND.Variable, type: { type: 'array' } };
    const bare = module(1, 'pakket/scoring', ['Variables'], {
      comment: { summary: text(' ') },
      children: [getter, data],
    });
    expect(checkModulePages(withModules([rootModule, bare, errors]))).toEqual([
      'pakket/scoring has no description: give its index.ts a doc comment with @module',
      'pakket/scoring: getTheme holds a function but shows as a variable; add `@function` to its doc comment',
    ]);
  });
});

describe('checkRootPage', () => {
  it('accepts a root page that links every module', () => {
    expect(checkRootPage(project, 'pakket')).toEqual([]);
  });

  it('names a module the root page does not link', () => {
    const unlinked = module(3, 'pakket', [], { comment: { summary: [link(1)] } });
    expect(checkRootPage(withModules([unlinked, scoring, errors]), 'pakket')).toEqual([
      'the pakket page does not link to pakket/errors: add it to the table in src/index.ts',
    ]);
  });
});

describe('checkGuides', () => {
  it('accepts the guides in learning order with the main job in Getting started', () => {
    expect(checkGuides(project, guides)).toEqual([]);
  });

  it('names guides sorted by file name, and a guide that is not on the site', () => {
    const sorted = [...(project.documents ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    expect(checkGuides({ ...project, documents: sorted }, [...guides, 'Stages'])).toEqual([
      'the guide "Stages" is not on the site: add it to projectDocuments',
      'the first guide is "Catalogue reference", not "Getting started"',
      'the last guide is "Scoring method", not the generated "Catalogue reference"',
      'the guides should start Getting started, Concepts, Scoring method, Document format; they are Catalogue reference, Concepts, Document format, Getting started, Glossary, Scoring method',
    ]);
  });

  it('names the steps of the main job that Getting started does not show', () => {
    const documents = [
      { name: 'Getting started', content: text('scoreBerenschot') },
      ...(project.documents ?? []).slice(1),
    ];
    expect(checkGuides({ ...project, documents }, guides)).toEqual([
      'Getting started does not show the main job: parseCollaboration, parseAssessment, detectPitfalls, toMarkdown are missing',
    ]);
  });
});

describe('guideTitle', () => {
  it('reads the front matter title, else the first heading', () => {
    expect(guideTitle('---\ntitle: Getting started\n---\n\n# Other\n')).toBe('Getting started');
    expect(guideTitle('# Concepts\n\ntext')).toBe('Concepts');
    expect(guideTitle('no title')).toBeUndefined();
  });
});
