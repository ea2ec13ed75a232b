// ESM: summarise a municipality's portfolio of collaborations. Groups smaller than five are suppressed, so that no
// single collaboration can be singled out in a report.
import { readFileSync } from 'node:fs';
import { parsePortfolio } from 'samenwerking/schema';
import { summarisePortfolio } from 'samenwerking/scoring';
import { fromJSON } from 'samenwerking/serialise';
import { updateAssessment, updateCollaboration } from 'samenwerking/update';

const read = (name) => readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8');
const base = fromJSON(read('kindcentra-noord.collaboration.json'), { kind: 'collaboration' });
const baseAssessment = fromJSON(read('kindcentra-noord.assessment.json'), { kind: 'assessment' });
if (!base.success || !baseAssessment.success) throw new Error('the built-in example documents should be valid');

// Eight collaborations made from the built-in one: six on integrale kindcentra, two on krimp.
const collaborations = [];
const assessments = [];
for (let index = 1; index <= 8; index++) {
  const id = `samenwerking-${index}`;
  collaborations.push(
    updateCollaboration(base.data, (draft) => {
      draft.id = id;
      draft.name = `Samenwerking ${index}`;
      if (index > 6) draft.themes = ['krimp'];
    }),
  );
  assessments.push(
    updateAssessment(baseAssessment.data, (draft) => {
      draft.collaboration = id;
      // Each collaboration answers a little differently: shift every answer up by one for the odd ones.
      for (const response of draft.responses) {
        for (const [indicator, answer] of Object.entries(response.answers)) {
          if (typeof answer === 'number' && index % 2 === 1) response.answers[indicator] = Math.min(5, answer + 1);
        }
      }
    }),
  );
}

const portfolio = parsePortfolio({
  kind: 'portfolio',
  schemaVersion: 1,
  name: 'Gemeente Noorderveld',
  collaborations,
  assessments,
});
const summary = summarisePortfolio(portfolio);

console.log(
  `Portfolio "${portfolio.name}": ${summary.collaborations} collaborations, ${summary.assessments} assessments.`,
);
const shown = (group) => (group.suppressed ? `fewer than ${summary.minGroupSize} (not shown)` : String(group.count));
for (const theme of summary.themes) console.log(`- theme ${theme.label.en}: ${shown(theme)}`);
for (const form of summary.forms) console.log(`- form ${form.label.en}: ${shown(form)}`);
console.log('\nScores per strategy factor across the portfolio:');
for (const factor of summary.factors) console.log(`- ${factor.text.en}`);
const frequent = summary.pitfalls.filter((pitfall) => !pitfall.inDocuments.suppressed && pitfall.inDocuments.count > 0);
console.log(
  `\nPitfalls in the documents of at least ${summary.minGroupSize} collaborations: ${frequent.map((pitfall) => pitfall.label.en).join('; ')}.`,
);
