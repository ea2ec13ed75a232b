import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Model } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { indicatorIds } from '../../src/catalogue/ids/indicators.js';
import { assessmentFromSurveyJs, questionnaire, toSurveyJs } from '../../src/questionnaire/index.js';
import { parseCollaboration } from '../../src/schema/CollaborationSchema.js';
import { scoreBerenschot } from '../../src/scoring/scoreBerenschot.js';
import { caught } from '../support/caught.js';

const root = join(import.meta.dirname, '..', '..');
const collaboration = parseCollaboration(
  JSON.parse(readFileSync(join(root, 'examples', 'data', 'kindcentra-noord.collaboration.json'), 'utf8')),
);
const results = JSON.parse(
  readFileSync(join(root, 'test', 'fixtures', 'exports', 'surveyjs-results.json'), 'utf8'),
) as Record<string, unknown>[];

describe('toSurveyJs in survey-core', () => {
  it('loads in a Model with one question per indicator, named by the indicator id, and the three about the respondent', () => {
    const model = new Model(toSurveyJs({ collaboration }));
    const names = model.getAllQuestions().map((question) => question.name);
    expect(names).toEqual(['partner', 'role', 'respondent', ...indicatorIds]);
    expect(model.pageCount).toBe(7);
  });

  it('shows the scale labels of the chosen language and the not-applicable choice', () => {
    for (const locale of ['nl', 'en'] as const) {
      const model = new Model(toSurveyJs({ locale }));
      const question = model.getQuestionByName('relatie.klik');
      expect(question.title).toBe(questionnaire.sections[3]?.questions[3]?.statement[locale]);
      expect(question.choices.map((choice: { text: string }) => choice.text)).toEqual(
        questionnaire.scale.labels.map((point) => point.label[locale]),
      );
      expect(question.noneText).toBe(questionnaire.notApplicable.label[locale]);
    }
  });

  it('lists the partners by name when the collaboration document is given, and asks for text otherwise', () => {
    const listed = new Model(toSurveyJs({ collaboration })).getQuestionByName('partner');
    expect(listed.getType()).toBe('dropdown');
    expect(listed.choices.map((choice: { value: string; text: string }) => [choice.value, choice.text])).toEqual(
      collaboration.partners.map((partner) => [partner.id, partner.name]),
    );
    expect(new Model(toSurveyJs({ collaboration: 'kindcentra-noord' })).getQuestionByName('partner').getType()).toBe(
      'text',
    );
  });

  it('gives the fixture results back unchanged as data: they are what this form produces', () => {
    const model = new Model(toSurveyJs({ collaboration }));
    for (const result of results) {
      model.clear();
      model.data = result;
      expect(model.data).toEqual(result);
    }
  });

  it('goes from answers set in the Model for two respondents, through data, to an assessment and a score', () => {
    const definition = toSurveyJs({ collaboration, locale: 'en' });
    const collected: Record<string, unknown>[] = [];
    for (const [partner, answer] of [
      ['gemeente', 4],
      ['bestuur-noord', 2],
    ] as const) {
      const model = new Model(definition);
      model.setValue('partner', partner);
      for (const id of indicatorIds) model.setValue(id, answer);
      model.getQuestionByName('relatie.klik').value = model.getQuestionByName('relatie.klik').noneItem.value;
      expect(model.validate()).toBe(true);
      collected.push(model.data);
    }
    const result = assessmentFromSurveyJs(collected, { collaboration, date: '2026-03-15' });
    if (!result.success) throw new Error(result.error.format('en'));
    expect(result.data.responses.map((response) => [response.respondent, response.partner])).toEqual([
      ['r1', 'gemeente'],
      ['r2', 'bestuur-noord'],
    ]);
    expect(result.data.responses[0]?.answers['relatie.klik']).toBeNull();
    expect(Object.keys(result.data.responses[1]?.answers ?? {})).toHaveLength(27);
    const score = scoreBerenschot(result.data);
    // Answers 4 and 2 on a 1..5 scale average 3: exactly 50 for every factor.
    expect(score.factors.map((factor) => factor.score)).toEqual([50, 50, 50, 50, 50, 50]);
    expect(score.disagreements.map((item) => item.indicator)).toHaveLength(26);
  });

  it('refuses an unsupported locale and options that are not an object', () => {
    expect(caught(() => toSurveyJs({ locale: 'de' as 'nl' })).issues[0]?.path).toEqual(['options', 'locale']);
    expect(caught(() => toSurveyJs('en' as never)).issues[0]?.code).toBe('invalid_option');
  });
});
