// TypeScript: score a self-assessment and write the report as Markdown and HTML, the factor scores as CSV for Excel
// in Dutch, and the radar chart as SVG.
import { readFileSync } from 'node:fs';
import { parseAssessment } from 'samenwerking/schema';
import { type BerenschotScore, scoreBerenschot } from 'samenwerking/scoring';
import { toCsv, toHtml, toMarkdown, toRadarSvg } from 'samenwerking/serialise';

const assessment = parseAssessment(
  JSON.parse(readFileSync(new URL('./data/kindcentra-noord.assessment.json', import.meta.url), 'utf8')),
);
const score: BerenschotScore = scoreBerenschot(assessment);

const weakest = score.factors
  .filter((factor) => factor.score !== null)
  .sort((left, right) => (left.score ?? 0) - (right.score ?? 0))[0];
console.log(
  `Overall ${score.overall.score?.toFixed(1)}; weakest factor: ${weakest?.factor} (${weakest?.score?.toFixed(1)}).`,
);
console.log(`Bottleneck in strategy order: ${score.overall.bottleneck ?? 'none'}.\n`);

console.log(toMarkdown({ assessment, score }, { locale: 'en', headingLevel: 2 }).split('\n').slice(0, 22).join('\n'));
console.log(toCsv(score, { locale: 'en' }));
console.log(toCsv(score, { dialect: 'excel-nl' }).split('\r\n').slice(0, 3).join('\n'));
console.log(`HTML report: ${toHtml({ assessment, score }, { locale: 'en' }).length} characters, no script.`);
console.log(`SVG radar chart: ${toRadarSvg(score, { locale: 'en' }).length} characters.`);
