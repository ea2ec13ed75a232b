// ESM: validate a document someone wrote by hand and show every problem, in Dutch and in English, with where it is.
import { readFileSync } from 'node:fs';
import { fromJSON } from 'samenwerking/serialise';

const text = readFileSync(new URL('./data/broken.collaboration.json', import.meta.url), 'utf8');
const result = fromJSON(text);

if (result.success) {
  console.log(`Valid: ${result.data.name}`);
} else {
  console.log(`${result.error.issues.length} problems found.\n`);
  console.log('Nederlands:');
  console.log(result.error.format('nl'));
  console.log('\nEnglish:');
  console.log(result.error.format('en'));
  // Codes are stable, for programs that react to specific problems.
  console.log(`\nCodes: ${[...new Set(result.error.issues.map((issue) => issue.code))].join(', ')}`);
}
