import { describe, expectTypeOf, it } from 'vitest';
import type { LocalisedText } from '../../src/i18n/LocalisedText.js';
import { scoringTerms } from '../../src/i18n/scoringTerms/scoringTerms.js';
import type { en } from '../../src/i18n/stageReasons/en.js';
import type { StageReasonMessages } from '../../src/i18n/stageReasons/nl.js';
import { stageReasons } from '../../src/i18n/stageReasons/stageReasons.js';

describe('message groups', () => {
  it('give { nl, en } with typed parameters', () => {
    expectTypeOf(stageReasons.ambitionPartial).parameters.toEqualTypeOf<[number, number]>();
    expectTypeOf(stageReasons.ambitionPartial(1, 2)).toEqualTypeOf<LocalisedText>();
    expectTypeOf(scoringTerms.band).parameter(0).toEqualTypeOf<'onvoldoende' | 'voldoende' | 'goed'>();
  });

  it('make every language implement every message', () => {
    expectTypeOf<typeof en>().toEqualTypeOf<StageReasonMessages>();
    // @ts-expect-error a language without `ambitionMissing` is not a complete set of stage reasons
    const missing: StageReasonMessages = { ...({} as Omit<StageReasonMessages, 'ambitionMissing'>) };
    // @ts-expect-error a language with a message the others lack is refused too
    const extra: StageReasonMessages = { ...({} as StageReasonMessages), onlyHere: 'x' };
    expectTypeOf(missing).not.toBeNever();
    expectTypeOf(extra).not.toBeNever();
  });
});
