// ESM: read the answers a survey tool exported (here Microsoft Forms, saved as CSV by Excel in Dutch), turn them into
// an assessment and score it. The columns are recognised by the text of the statements; the partner column by its
// question, and the partners by name, because the collaboration document is given.
import { readFileSync } from 'node:fs';
import { assessmentFromCsv } from 'samenwerking/questionnaire';
import { parseCollaboration } from 'samenwerking/schema';
import { scoreBerenschot } from 'samenwerking/scoring';

const read = (name) => readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8');
const collaboration = parseCollaboration(JSON.parse(read('kindcentra-noord.collaboration.json')));
const result = assessmentFromCsv(read('kindcentra-noord.answers.csv'), { collaboration, date: '2026-03-15' });

if (!result.success) {
  console.log(result.error.format('en'));
  process.exit(1);
}
console.log(`Columns not used: ${result.ignoredColumns.join(', ')}`);
console.log(`Respondents: ${result.data.responses.map((response) => response.partner).join(', ')}`);
const score = scoreBerenschot(result.data);
console.log(`Overall score: ${score.overall.score?.toFixed(1)} (${score.overall.band})`);
for (const factor of score.factors) console.log(`  ${factor.factor}: ${factor.score?.toFixed(1) ?? '–'}`);
