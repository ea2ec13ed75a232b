/**
 * What every example may use without defining it: everything `samenwerking` exports, and the sample documents
 * `collaboration`, `assessment` and `portfolio`. The samples are parsed, so they are deeply frozen and shared by
 * all examples safely.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as samenwerking from '../../../src/index.js';
import { parseAssessment, parseCollaboration, parsePortfolio } from '../../../src/index.js';

const root = join(import.meta.dirname, '..', '..', '..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** The collaboration of the built-in example: `examples/data/kindcentra-noord.collaboration.json`. */
export const collaboration: samenwerking.Collaboration = parseCollaboration(
  readJson('examples/data/kindcentra-noord.collaboration.json'),
);

/** Its self-assessment: `examples/data/kindcentra-noord.assessment.json`. */
export const assessment: samenwerking.Assessment = parseAssessment(
  readJson('examples/data/kindcentra-noord.assessment.json'),
);

/**
 * The portfolio the example of `summarisePortfolio` describes: 7 collaborations on ikc, 3 of them also on krimp,
 * and no assessments yet.
 */
export const portfolio: samenwerking.Portfolio = parsePortfolio({
  kind: 'portfolio',
  schemaVersion: 1,
  name: 'Gemeente Noorderveld',
  collaborations: Array.from({ length: 7 }, (_, index) => ({
    kind: 'collaboration',
    schemaVersion: 1,
    id: `ikc-${index + 1}`,
    name: `IKC ${index + 1}`,
    themes: index < 3 ? ['ikc', 'krimp'] : ['ikc'],
    form: 'netwerk',
    partners: [
      { id: 'gemeente', name: 'Gemeente Noorderveld', type: 'gemeente' },
      { id: 'bestuur', name: `Stichting ${index + 1}`, type: 'schoolbestuur' },
    ],
  })),
  assessments: [],
});

/** The names an example may use: every export of the package and the samples. */
export const preludeScope: Readonly<Record<string, unknown>> = Object.freeze({
  ...samenwerking,
  collaboration,
  assessment,
  portfolio,
});
