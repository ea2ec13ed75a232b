import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indicators } from '../../src/catalogue/data/indicators.js';
import { strategyFactors } from '../../src/catalogue/data/strategyFactors.js';
import { stakeholderGroupIds } from '../../src/catalogue/ids/stakeholderGroups.js';
import { getFactor, getIndicator } from '../../src/catalogue/lookups.js';
import { assessmentFromCsv, blankAssessment, questionnaire, toCsvTemplate } from '../../src/questionnaire/index.js';
import { parseCollaboration } from '../../src/schema/CollaborationSchema.js';
import { addResponse } from '../../src/update/helpers.js';
import { caught } from '../support/caught.js';

const root = join(import.meta.dirname, '..', '..');
const collaboration = parseCollaboration(
  JSON.parse(readFileSync(join(root, 'examples', 'data', 'kindcentra-noord.collaboration.json'), 'utf8')),
);

describe('questionnaire', () => {
  it('has one section per strategy factor, in the order of the strategy, with its indicators', () => {
    expect(questionnaire.sections.map((section) => section.factor)).toEqual(strategyFactors.map((factor) => factor.id));
    for (const [index, section] of questionnaire.sections.entries()) {
      expect(section.questions.map((question) => question.indicator)).toEqual(strategyFactors[index]?.indicators);
      expect(section.label).toBe(strategyFactors[index]?.label);
    }
  });

  it('takes the 27 statements from the catalogue: the same objects, no second copy', () => {
    const questions = questionnaire.sections.flatMap((section) => section.questions);
    expect(questions).toHaveLength(27);
    for (const question of questions) {
      expect(question.statement).toBe(indicators.find((indicator) => indicator.id === question.indicator)?.question);
    }
  });

  it('labels every point of the scale in Dutch and English, from helemaal mee oneens to helemaal mee eens', () => {
    expect(questionnaire.scale.labels.map((point) => point.value)).toEqual([1, 2, 3, 4, 5]);
    expect([questionnaire.scale.min, questionnaire.scale.max]).toEqual([1, 5]);
    expect(questionnaire.scale.labels[0]?.label).toEqual({ nl: 'Helemaal mee oneens', en: 'Strongly disagree' });
    expect(questionnaire.scale.labels[4]?.label).toEqual({ nl: 'Helemaal mee eens', en: 'Strongly agree' });
    const texts = questionnaire.scale.labels.flatMap((point) => [point.label.nl, point.label.en]);
    expect(new Set(texts).size).toBe(10);
  });

  it('asks for the partner, the role and an optional name, with instructions and a not-applicable choice', () => {
    expect(questionnaire.respondent.fields.map((field) => [field.field, field.required])).toEqual([
      ['partner', true],
      ['role', false],
      ['respondent', false],
    ]);
    expect(questionnaire.notApplicable.label.nl).toBe('Weet ik niet / niet van toepassing');
    expect(questionnaire.instructions.nl.length).toBeGreaterThan(200);
    expect(questionnaire.instructions.en.length).toBeGreaterThan(200);
  });

  it('has the promoting and hindering factors as optional observations with strengths 0 to 3', () => {
    const { observations } = questionnaire;
    expect(observations.strengths.map((strength) => strength.value)).toEqual([0, 1, 2, 3]);
    expect(observations.factors.length).toBeGreaterThanOrEqual(24);
    for (const item of observations.factors) expect(getFactor(item.factor).polarity).toBe(item.polarity);
    const first = observations.factors.findIndex((item) => item.polarity === 'belemmerend');
    expect(observations.factors.slice(0, first).every((item) => item.polarity === 'bevorderend')).toBe(true);
  });

  it('cites the strategy chapter of the Berenschot report', () => {
    expect(questionnaire.sources[0]).toEqual({
      source: 'berenschot-gemeente-onderwijs',
      section: 'Strategie',
      lines: 'L2812-L3112',
    });
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(questionnaire.scale.labels[0]?.label)).toBe(true);
    expect(Object.isFrozen(questionnaire.sections[0]?.questions)).toBe(true);
  });

  it('is a frozen object whose parts are the same objects on every read, and that copies as plain data', () => {
    expect(Object.isFrozen(questionnaire)).toBe(true);
    expect(() => {
      (questionnaire as { note: unknown }).note = null;
    }).toThrow(TypeError);
    expect(questionnaire.sections).toBe(questionnaire.sections);
    expect(questionnaire.scale).toBe(questionnaire.scale);
    const copy = JSON.parse(JSON.stringify(questionnaire)) as Record<string, unknown>;
    expect(Object.keys(copy)).toEqual([
      'title',
      'instructions',
      'completed',
      'scale',
      'notApplicable',
      'respondent',
      'sections',
      'observations',
      'sources',
      'note',
    ]);
    expect(copy.observations).toEqual(questionnaire.observations);
  });
});

describe('blankAssessment', () => {
  it('starts a frozen draft that addResponse turns into a valid assessment', () => {
    const draft = blankAssessment({ collaboration, date: new Date('2026-03-15T12:00:00Z') });
    expect(draft).toEqual({
      kind: 'assessment',
      schemaVersion: 1,
      collaboration: 'kindcentra-noord',
      date: '2026-03-15',
      responses: [],
    });
    expect(Object.isFrozen(draft)).toBe(true);
    const first = addResponse(draft, {
      respondent: 'r1',
      partner: 'gemeente',
      role: 'wethouder',
      answers: { 'relatie.klik': 4 },
    });
    const second = addResponse(first, { respondent: 'r2', answers: { 'relatie.klik': 2 } });
    expect(second.responses.map((response) => response.respondent)).toEqual(['r1', 'r2']);
    expect(draft.responses).toEqual([]);
  });

  it('refuses a first response without an answer, as the format requires one', () => {
    const draft = blankAssessment({ collaboration: 'kindcentra-noord', date: '2026-03-15' });
    expect(
      caught(() => addResponse(draft, { respondent: 'r1', answers: { 'relatie.klik': null } })).issues[0]?.code,
    ).toBe('too_small');
  });

  it('refuses a missing or bad collaboration and date, all at once', () => {
    const error = caught(() => blankAssessment({ collaboration: 'Kindcentra Noord', date: '2026-02-30' }));
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['options', 'collaboration'],
      ['options', 'date'],
    ]);
    expect(caught(() => blankAssessment(undefined as never)).issues.map((issue) => issue.path)).toEqual([
      ['options', 'collaboration'],
      ['options', 'date'],
    ]);
  });
});

describe('toCsvTemplate', () => {
  it('has the partner, role and name columns and the 27 statements in the chosen language', () => {
    for (const locale of ['nl', 'en'] as const) {
      const header = toCsvTemplate({ locale }).split('\r\n')[0] ?? '';
      const statements = questionnaire.sections.flatMap((section) => section.questions.map((q) => q.statement[locale]));
      for (const statement of statements) expect(header).toContain(statement);
      expect(header.startsWith(questionnaire.respondent.fields[0]?.label[locale] ?? '-')).toBe(true);
    }
  });

  it('quotes statements that hold the delimiter, in both dialects', () => {
    const comma = toCsvTemplate();
    const withComma = getIndicator('belanghebbenden.vertegenwoordiging').question.nl;
    expect(comma).toContain(`,"${withComma}",`);
    expect(toCsvTemplate({ dialect: 'excel-nl' })).toContain(`;${withComma};`);
    const excel = toCsvTemplate({ dialect: 'excel-nl' });
    expect(excel.charCodeAt(0)).toBe(0xfeff);
    expect(excel.split('\r\n')[0]?.split(';')).toHaveLength(30);
  });

  it('prefills one row per partner with its name when the collaboration document is given', () => {
    const lines = toCsvTemplate({ collaboration }).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + collaboration.partners.length);
    expect(lines[1]?.split(',')[0]).toBe('Gemeente Noorderveld');
  });

  it('reads back, filled in, into an assessment with the partners by name', () => {
    const template = toCsvTemplate({ collaboration, dialect: 'excel-nl' });
    const filled = template
      .trimEnd()
      .split('\r\n')
      .map((line, index) => (index === 0 ? line : line.replace(/;;;;/, `;${stakeholderGroupIds[1]};;4;`)))
      .join('\r\n');
    const result = assessmentFromCsv(filled, { collaboration, date: '2026-03-15' });
    if (!result.success) throw new Error(result.error.format('en'));
    expect(result.data.responses.map((response) => [response.partner, response.role])).toEqual(
      collaboration.partners.map((partner) => [partner.id, 'schooldirecteuren']),
    );
    expect(result.ignoredColumns).toEqual([]);
  });

  it('refuses an unknown dialect and locale', () => {
    expect(
      caught(() => toCsvTemplate({ dialect: 'excel' as 'rfc4180', locale: 'fr' as 'nl' })).issues.map((i) => i.path),
    ).toEqual([
      ['options', 'locale'],
      ['options', 'dialect'],
    ]);
  });
});
