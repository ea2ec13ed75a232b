// CommonJS: which form of collaboration fits what the partners want to share and keep? And if they merge, which
// Fusietoets route applies?
const { recommendForms, classifyFusietoets } = require('samenwerking/scoring');

// Two primary-school boards, one public and one Catholic, want to share staff and budget, keep their own legal
// entities, and stay open to both denominations.
const advice = recommendForms({
  share: ['overleg', 'uitvoering', 'personeel', 'middelen'],
  keepLegalEntity: true,
  mixedDenominations: true,
  sectors: ['po'],
});

console.log(`Best fitting form: ${advice.best}`);
for (const candidate of advice.candidates.filter((form) => form.fits).slice(0, 4)) {
  console.log(`- ${candidate.label.en} (integration ${candidate.integration})`);
}
const merger = advice.candidates.find((form) => form.form === 'bestuurlijke-fusie');
if (merger && !merger.fits) {
  const broken = merger.reasons.filter((reason) => !reason.met).map((reason) => reason.message.en);
  console.log(`\nWhy not a board merger: ${broken.join(' ')}`);
}

// If they merge their schools later: 480 pupils in all, on 1 August 2026.
const route = classifyFusietoets({ kind: 'institutioneel', sector: 'po', pupils: 480 }, '2026-08-01');
console.log(`\nFusietoets for a school merger of 480 pupils: ${route.route}${route.uncertain ? ' (uncertain)' : ''}.`);
console.log(route.reasons.map((reason) => `- ${reason.en}`).join('\n'));
