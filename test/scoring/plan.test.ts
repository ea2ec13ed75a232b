import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../../src/schema/AssessmentSchema.js';
import { parseCollaboration } from '../../src/schema/CollaborationSchema.js';
import { parsePlan, safeParsePlan } from '../../src/schema/PlanSchema.js';
import { proposePlan } from '../../src/scoring/proposePlan.js';
import { reviewPlan } from '../../src/scoring/reviewPlan.js';
import { scoreBerenschot } from '../../src/scoring/scoreBerenschot.js';
import { fromJSON } from '../../src/serialise/fromJSON.js';
import { toJSON } from '../../src/serialise/toJSON.js';
import { addAction, setActionStatus } from '../../src/update/index.js';
import { caught } from '../support/caught.js';

const root = join(import.meta.dirname, '..', '..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const collaboration = parseCollaboration(readJson('examples/data/kindcentra-noord.collaboration.json'));
const assessment = parseAssessment(readJson('examples/data/kindcentra-noord.assessment.json'));
const score = scoreBerenschot(assessment);

const small = parsePlan({
  kind: 'plan',
  schemaVersion: 1,
  collaboration: 'kindcentra-noord',
  date: '2026-09-01',
  targets: { relatie: 40, ambitie: 75 },
  actions: [
    {
      id: 'kennismaken',
      title: 'Kennismaken',
      factor: 'relatie',
      owner: 'gemeente',
      due: '2026-12-01',
      status: 'gedaan',
    },
    { id: 'ambitie-op-papier', title: 'Ambitie op papier', factor: 'ambitie', due: '2027-02-01', status: 'bezig' },
    { id: 'oud-idee', title: 'Oud idee', factor: 'ambitie', status: 'geschrapt' },
    { id: 'zonder-datum', title: 'Zonder datum', factor: 'organisatie', status: 'gepland' },
  ],
});

describe('the plan document', () => {
  it('round-trips through toJSON and fromJSON, x- keys included', () => {
    const extended = parsePlan({ ...JSON.parse(toJSON(small)), 'x-tool': { version: 2 } });
    const back = fromJSON(toJSON(extended));
    expect(back.success && back.data).toStrictEqual(extended);
  });

  it('refuses an unknown status and an unknown factor, saying where', () => {
    const result = safeParsePlan({
      ...JSON.parse(toJSON(small)),
      actions: [{ id: 'a', title: 'A', factor: 'relaties', status: 'klaar' }],
    });
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
    expect(paths).toStrictEqual(expect.arrayContaining(['actions.0.factor', 'actions.0.status']));
  });

  it('refuses a target outside 0..100', () => {
    const result = safeParsePlan({ ...JSON.parse(toJSON(small)), targets: { relatie: 120 } });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'))).toStrictEqual([
      'targets.relatie',
    ]);
  });

  it('updates through addAction and setActionStatus without changing the original', () => {
    const more = addAction(small, { id: 'nieuw', title: 'Nieuw', factor: 'belangen', status: 'gepland' });
    expect([small.actions.length, more.actions.length]).toStrictEqual([4, 5]);
    const done = setActionStatus(more, 'nieuw', 'gedaan', 'Afgerond in het overleg');
    expect(done.actions[4]).toMatchObject({ status: 'gedaan', note: 'Afgerond in het overleg' });
    expect(more.actions[4]?.status).toBe('gepland');
    expect(caught(() => setActionStatus(small, 'kennismakne', 'gedaan')).issues[0]?.message.en).toContain(
      'kennismaken',
    );
  });
});

describe('proposePlan', () => {
  it('takes explicit targets over the next band, and drafts nothing for a factor that reaches its target', () => {
    const plan = proposePlan(score, { start: '2026-09-01', targets: { belangen: 40, relatie: 90 } });
    expect(plan.targets?.belangen).toBe(40);
    expect(plan.targets?.relatie).toBe(90);
    // belangen (44.2) reaches 40, but has a pitfall (eigen-belang-domineert): it still gets that action, after the
    // weak factors.
    const factors = plan.actions.map((action) => action.factor);
    expect(factors.at(-1)).toBe('belangen');
    expect(factors[0]).toBe('belanghebbenden');
  });

  it('uses a pitfall from the document as well as from the score', () => {
    const plan = proposePlan(score, {
      start: '2026-09-01',
      pitfalls: [{ pitfall: 'gemeenteraad-over-het-hoofd' }] as never,
    });
    expect(plan.actions.map((action) => action.id)).toContain('gemeenteraad-over-het-hoofd');
  });

  it('runs to the next school year when fewer than 92 days remain', () => {
    const plan = proposePlan(score, { start: '2027-06-01' });
    expect(plan.actions.at(-1)?.due).toBe('2028-07-31');
  });

  it('writes titles and notes in the chosen language', () => {
    const nl = proposePlan(score, { start: '2026-09-01' });
    const en = proposePlan(score, { start: '2026-09-01', locale: 'en' });
    expect(nl.actions[0]?.title).not.toBe(en.actions[0]?.title);
    expect(nl.actions[0]?.note?.length).toBeGreaterThan(20);
  });

  it('refuses a missing start, a target out of range and a wrong score, listing each', () => {
    const error = caught(() => proposePlan({} as never, { targets: { relatie: 150 } } as never));
    expect(error.issues.map((issue) => issue.path.join('.'))).toStrictEqual(
      expect.arrayContaining(['score', 'options.start', 'options.targets.relatie']),
    );
  });
});

describe('reviewPlan', () => {
  const review = reviewPlan(small, score, { on: '2027-01-15', collaboration });

  it('says per action whether it is done, on time, overdue, dropped or without a due date', () => {
    expect(review.actions.map((action) => [action.action, action.progress])).toStrictEqual([
      ['kennismaken', 'done'],
      ['ambitie-op-papier', 'on-time'],
      ['oud-idee', 'dropped'],
      ['zonder-datum', 'no-due-date'],
    ]);
    expect(review.actions[1]?.daysLeft).toBe(17);
    expect(review.actions[0]?.ownerName).toBe('Gemeente Noorderveld');
    expect(reviewPlan(small, score, { on: '2027-02-02' }).actions[1]?.progress).toBe('overdue');
  });

  it('says per factor whether the target is reached, with the gap', () => {
    const relatie = review.targets.find((entry) => entry.factor === 'relatie');
    const ambitie = review.targets.find((entry) => entry.factor === 'ambitie');
    expect([relatie?.reached, relatie?.gap]).toStrictEqual([true, 0]);
    expect(ambitie?.reached).toBe(false);
    expect(ambitie?.gap).toBeCloseTo(75 - 63.54166666666667, 9);
  });

  it('summarises in both languages', () => {
    expect(review.summary.nl).toMatch(/^Op 15 januari 2027: 1 van de 4 acties gedaan/);
    expect(review.summary.en).toMatch(/^On 15 January 2027: 1 of the 4 actions done/);
  });

  it('refuses a score of another collaboration and an owner who is not a partner', () => {
    const elsewhere = { ...score, collaboration: 'elders' };
    expect(caught(() => reviewPlan(small, elsewhere, { on: '2027-01-15' })).issues[0]?.code).toBe('invalid_argument');
    const stranger = addAction(small, { id: 'x', title: 'X', factor: 'relatie', owner: 'onbekend', status: 'gepland' });
    const error = caught(() => reviewPlan(stranger, score, { on: '2027-01-15', collaboration }));
    expect(error.issues.map((issue) => issue.code)).toStrictEqual(['dangling_reference']);
  });

  it('needs the day of the review', () => {
    expect(caught(() => reviewPlan(small, score, {} as never)).issues[0]?.path).toStrictEqual(['options', 'on']);
  });
});

describe('the rules of a plan', () => {
  it('name an action id given twice and a pitfall of another factor, with a message that says what to do', () => {
    const plan = JSON.parse(toJSON(small));
    plan.actions[1].id = 'kennismaken';
    // 'geen-klik' threatens relatie; the action belongs to ambitie.
    plan.actions[2].pitfall = 'geen-klik';
    const result = safeParsePlan(plan);
    expect(result.success).toBe(false);
    if (result.success) return;
    const issues = result.error.issues.map((issue) => ({ code: issue.code, path: issue.path }));
    expect(issues).toEqual([
      { code: 'duplicate_id', path: ['actions', 1, 'id'] },
      { code: 'invalid_value', path: ['actions', 2, 'pitfall'] },
    ]);
    const message = result.error.issues[1]?.message;
    expect(message?.en).toContain("'geen-klik'");
    expect(message?.en).toMatch(/Put the action under '.+' or leave the pitfall out\.$/);
    expect(message?.nl).toMatch(/Zet de actie onder '.+' of laat de valkuil weg\.$/);
  });
});
