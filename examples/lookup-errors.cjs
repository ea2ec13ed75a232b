// CommonJS: look up catalogue entries, and handle a typo from user input with a suggestion.
const { getStrategyFactor, isPitfallId, getPitfall } = require('samenwerking/catalogue');
const { isSamenwerkingError } = require('samenwerking');

const factor = getStrategyFactor('belanghebbenden');
console.log(`Factor ${factor.order}: ${factor.label.nl} (${factor.label.en}), phase ${factor.phase}.`);

const fromUser = 'poolse-landag';
if (!isPitfallId(fromUser)) {
  try {
    getPitfall(fromUser);
  } catch (error) {
    if (!isSamenwerkingError(error)) throw error;
    console.log(`${error.issues[0].code}: ${error.issues[0].message.en}`);
  }
}
