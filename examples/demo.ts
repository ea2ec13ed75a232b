/**
 * The demo behind `npm run demo`: the library's main job on a built-in example. It reads a collaboration and its
 * self-assessment, validates both, scores the six Berenschot factors, detects the pitfalls in the collaboration's
 * structure, prints the Markdown report, and writes the radar chart next to it. It runs from the source, so a fresh
 * clone needs no build first.
 *
 * Run: `npm run demo` (Dutch) or `npm run demo -- en` (English).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { detectPitfalls, fromJSON, scoreBerenschot, toMarkdown, toRadarSvg } from '../src/index.js';

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
const pitfalls = detectPitfalls(collaboration.data);
console.log(toMarkdown({ title: collaboration.data.name, score, pitfalls }, { locale }));

const outDir = join(here, 'output');
mkdirSync(outDir, { recursive: true });
const svgPath = join(outDir, 'kindcentra-noord-radar.svg');
writeFileSync(svgPath, toRadarSvg(score, { locale }));
console.log(
  `${locale === 'nl' ? 'Radardiagram geschreven naar' : 'Radar chart written to'} ${relative(process.cwd(), svgPath)}`,
);
