import { describe, expect, it } from 'vitest';
import {
  catalogue,
  factorIds,
  fusietoetsDisputes,
  fusietoetsRules,
  fusietoetsSizeLimits,
  fusietoetsSources,
  getSource,
  sectorIds,
  stageBandScale,
  stageDurationScale,
  stageFactorSignals,
  stageIds,
  stageScoreScale,
} from '../../src/catalogue/index.js';
import type { SourceRef } from '../../src/catalogue/types.js';
import { ruleOn } from '../../src/scoring/fusietoetsVerdict.js';

const citesKnownSources = (sources: readonly SourceRef[]): boolean =>
  sources.length > 0 && sources.every((ref) => catalogue.sources.some((source) => source.id === ref.source));

describe('the Fusietoets rules', () => {
  it('cite sources of the catalogue, each published at an address', () => {
    for (const rule of fusietoetsRules) expect(citesKnownSources(rule.sources), rule.id).toBe(true);
    for (const limit of fusietoetsSizeLimits) expect(citesKnownSources(limit.sources), limit.measure).toBe(true);
    for (const dispute of fusietoetsDisputes) expect(citesKnownSources(dispute.sources), dispute.rule).toBe(true);
    for (const source of fusietoetsSources) expect(getSource(source.id).url, source.id).toMatch(/^https:\/\//);
  });

  it('cover every sector on every date with exactly one rule once the act is in force', () => {
    const days = ['2011-10-01', '2017-07-31', '2017-08-01', '2018-07-31', '2018-08-01', '2020-06-15', '2020-06-16'];
    for (const sector of sectorIds) {
      for (const day of days) {
        const covering = fusietoetsRules.filter(
          (rule) =>
            rule.sectors.includes(sector) &&
            (rule.effectiveFrom === null || rule.effectiveFrom <= day) &&
            (rule.effectiveUntil === null || day <= rule.effectiveUntil),
        );
        expect(
          covering.map((rule) => rule.id),
          `${sector} ${day}`,
        ).toHaveLength(1);
      }
    }
  });

  it('apply the rule before the act to every sector before 1 October 2011', () => {
    for (const sector of sectorIds) expect(ruleOn(sector, '2011-09-30').id).toBe('voor-wet-fusietoets');
  });

  it('start each dated rule the day after the one before it ends', () => {
    const foundation = fusietoetsRules.filter((rule) => rule.id.startsWith('funderend-'));
    foundation.slice(1).forEach((rule, index) => {
      const previous = foundation[index];
      const dayAfter = new Date(`${previous?.effectiveUntil}T00:00:00Z`);
      dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
      expect(rule.effectiveFrom, rule.id).toBe(dayAfter.toISOString().slice(0, 10));
    });
  });

  it('are frozen', () => {
    expect(Object.isFrozen(fusietoetsRules)).toBe(true);
    expect(Object.isFrozen(fusietoetsRules[0]?.sources[0])).toBe(true);
  });
});

describe('the stage evidence', () => {
  it('names each factor once, with a known factor id, a known stage and a source', () => {
    const factors = stageFactorSignals.map((signal) => signal.factor);
    expect(new Set(factors).size).toBe(factors.length);
    for (const signal of stageFactorSignals) {
      expect((factorIds as readonly string[]).includes(signal.factor), signal.factor).toBe(true);
      expect((stageIds as readonly string[]).includes(signal.stage), signal.factor).toBe(true);
      expect(citesKnownSources(signal.sources), signal.factor).toBe(true);
    }
  });

  it('has scales whose steps rise and never point to a lower stage', () => {
    for (const scale of [stageScoreScale, stageDurationScale]) {
      expect(scale.steps[0]?.from).toBe(0);
      const orders = scale.steps.map((step) => stageIds.indexOf(step.stage));
      expect(orders).toEqual([...orders].sort());
      expect(scale.steps.map((step) => step.from)).toEqual(
        [...scale.steps.map((step) => step.from)].sort((a, b) => a - b),
      );
      expect(citesKnownSources(scale.sources)).toBe(true);
    }
    const bands = [stageBandScale.onvoldoende, stageBandScale.voldoende, stageBandScale.goed].map((stage) =>
      stageIds.indexOf(stage),
    );
    expect(bands).toEqual([...bands].sort());
  });

  it('is frozen', () => {
    expect(Object.isFrozen(stageFactorSignals[0])).toBe(true);
    expect(Object.isFrozen(stageScoreScale.steps)).toBe(true);
  });
});
