/**
 * The demo behind `npm run demo`: the library's main job on a built-in example. It runs from the source, so a
 * fresh clone needs no build first.
 */
import { catalogue, nextReviewDate, schoolYearOf } from '../src/index.js';

const example = {
  name: 'SPIL-centra Eindhoven',
  startDate: '2005-08-01',
  lastReview: '2026-03-15',
};

console.log(`# ${example.name}\n`);
console.log(`Started in school year ${schoolYearOf(example.startDate)}.`);
console.log(
  `Last reviewed ${example.lastReview} (${schoolYearOf(example.lastReview)}); next yearly review ${nextReviewDate(example.lastReview, { schoolYears: 1 })}.\n`,
);

console.log(`## The six factors of the Berenschot strategy (catalogue edition ${catalogue.edition})\n`);
for (const factor of catalogue.strategyFactors) {
  const after = factor.prerequisites.length > 0 ? `, after: ${factor.prerequisites.join(', ')}` : '';
  console.log(`${factor.order}. ${factor.label.nl} / ${factor.label.en} (${factor.phase}${after})`);
}
