// TypeScript: walk the six strategy factors in order, with their prerequisites and pitfalls. Ids are literal
// types: a typo such as getStrategyFactor('ambitei') does not compile.
import { catalogue, getPitfall, type StrategyFactor } from 'samenwerking/catalogue';

function describe(factor: StrategyFactor): string {
  const before = factor.prerequisites.length > 0 ? ` after ${factor.prerequisites.join(' and ')}` : '';
  const pitfalls = factor.pitfalls.map((id) => getPitfall(id).label.en).join('; ');
  return `${factor.order}. ${factor.label.en} (${factor.phase}${before}). Pitfalls: ${pitfalls}.`;
}

for (const factor of catalogue.strategyFactors) console.log(describe(factor));
