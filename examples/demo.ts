/**
 * The demo behind `npm run demo`: the library's main job on a built-in example. It reads a collaboration and its
 * self-assessment, validates both, scores the six Berenschot factors, detects the pitfalls in the collaboration's
 * structure, weighs its promoting and hindering factors and infers its stage, prints the Markdown report, and writes
 * the radar chart and the same report as a self-contained HTML page (open it in a browser, or print it on A4) next
 * to each other. It runs from the source, so a fresh clone needs no build first.
 *
 * Run: `npm run demo` (Dutch) or `npm run demo -- en` (English).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  balanceFactors,
  detectPitfalls,
  fromJSON,
  inferStage,
  scoreBerenschot,
  toHtml,
  toMarkdown,
  toRadarSvg,
} from '../src/index.js';

const locale = process.argv[2] === 'en' ? 'en' : 'nl';
const here = import.meta.dirname;
const read = (name: string) => readFileSync(join(here, 'data', name), 'utf8');

const collaboration = fromJSON(read('kindcentra-noord.collaboration.json'), { kind: 'collaboration' });
const assessment = fromJSON(read('kindcentra-noord.assessment.json'), { kind: 'assessment' });
if (!collaboration.success || !assessment.success) {
  for (const result of [collaboration, assessment]) if (!result.success) console.error(result.error.format(locale));
  process.exit(1);
}

const score = scoreBerenschot(assessment.data);
const report = {
  collaboration: collaboration.data,
  assessment: assessment.data,
  score,
  pitfalls: detectPitfalls(collaboration.data),
  balance: balanceFactors(collaboration.data),
  stage: inferStage(collaboration.data, score),
};
console.log(toMarkdown(report, { locale }));

const outDir = join(here, 'output');
mkdirSync(outDir, { recursive: true });
const svgPath = join(outDir, 'kindcentra-noord-radar.svg');
writeFileSync(svgPath, toRadarSvg(score, { locale }));
const htmlPath = join(outDir, 'kindcentra-noord-report.html');
writeFileSync(htmlPath, toHtml(report, { locale }));
console.log(
  `${locale === 'nl' ? 'Radardiagram geschreven naar' : 'Radar chart written to'} ${relative(process.cwd(), svgPath)}`,
);
console.log(
  `${locale === 'nl' ? 'Rapport (HTML) geschreven naar' : 'Report (HTML) written to'} ${relative(process.cwd(), htmlPath)}`,
);
