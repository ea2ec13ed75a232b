/**
 * The follow-up parts of the report: the trend over several self-assessments and the plan of actions, alone and
 * with the other analyses, in Markdown and in HTML that validates.
 */
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { parseAssessment, parseCollaboration } from '../../src/schema/index.js';
import type { Assessment } from '../../src/schema/types.js';
import { proposePlan, scoreBerenschot, trend } from '../../src/scoring/index.js';
import { toCsv, toHtml, toMarkdown } from '../../src/serialise/index.js';
import { addAction, setActionStatus } from '../../src/update/index.js';
import { caught } from '../support/caught.js';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../examples/data/${name}`, import.meta.url), 'utf8'));
const collaboration = parseCollaboration(read('kindcentra-noord.collaboration.json'));
const assessment = parseAssessment(read('kindcentra-noord.assessment.json'));

/** The same answers a year later, one point higher on the statements of the given factors (at most 5). */
const raise = (base: Assessment, date: string, factors: readonly string[]): Assessment =>
  parseAssessment({
    ...base,
    date,
    responses: base.responses.map((response) => ({
      ...response,
      answers: Object.fromEntries(
        Object.entries(response.answers).map(([indicator, answer]) => [
          indicator,
          answer === null || !factors.includes(indicator.split('.')[0] as string) ? answer : Math.min(5, answer + 1),
        ]),
      ),
    })),
  });

const second = raise(assessment, '2027-03-15', ['belangen']);
const third = raise(second, '2028-03-15', ['belangen', 'ambitie']);
const course = trend([assessment, second, third]);
const proposed = proposePlan(scoreBerenschot(assessment), { start: '2026-09-01' });
const plan = setActionStatus(
  addAction(proposed, {
    id: 'gezamenlijke-agenda',
    title: 'Een agenda <met> de | gemeente',
    factor: 'communicatie',
    owner: 'gemeente',
    due: '2027-01-31',
    status: 'bezig',
  }),
  'gezamenlijke-agenda',
  'gedaan',
);

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

describe('the trend in a report', () => {
  it('shows every date as a column, every factor and the total as a row, with the change and the direction', () => {
    const markdown = toMarkdown({ collaboration, trend: course }, { locale: 'en' });
    expect(markdown).toContain('## Development over the years');
    const header = markdown.split('\n').find((line) => line.startsWith('| Factor |'));
    expect(header).toBe('| Factor | 15 March 2026 | 15 March 2027 | 15 March 2028 | Since the first | Direction |');
    const interests = markdown.split('\n').find((line) => line.startsWith('| Name the different interests |'));
    const before = course.factors.find((series) => series.subject === 'belangen')?.points[0]?.score as number;
    const after = course.factors.find((series) => series.subject === 'belangen')?.points[2]?.score as number;
    expect(after).toBeGreaterThan(before);
    expect(interests).toMatch(/\| rising \|$/);
    // An untouched factor stays where it was.
    const relation = course.factors.find((series) => series.subject === 'relatie');
    expect(relation?.direction).toBe('stable');
    expect(markdown).toContain(`| ${relation?.label.en} |`);
    expect(markdown.split('\n').find((line) => line.startsWith('From '))).toMatch(/^From 2026-03-15 to 2028-03-15/);
  });

  it('names each pitfall that came or went with its date, and draws the chart only in HTML', async () => {
    const markdown = toMarkdown(course, { locale: 'nl' });
    for (const change of course.pitfallChanges) {
      expect(markdown).toContain(change.label.nl);
    }
    expect(markdown).not.toContain('<svg');
    const html = toHtml({ collaboration, trend: course }, { locale: 'nl' });
    expect(html).toContain('id="report-trend"');
    expect(html).toContain(collaboration.name);
    const report = await validator.validateString(html);
    expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([]);
  });

  it('leaves the chart out for a single assessment, which has no line to draw', () => {
    const html = toHtml(trend([assessment]), { locale: 'en' });
    expect(html).not.toContain('id="report-trend"');
    expect(html).toContain('Development over the years');
  });
});

describe('the plan in a report', () => {
  it('lists every action with its factor, its owner by name, its due date and its status', () => {
    const markdown = toMarkdown({ collaboration, plan }, { locale: 'en' });
    expect(markdown).toContain('## Action plan');
    expect(markdown).toContain(`Plan of 1 September 2026 with ${plan.actions.length} actions.`);
    const own = markdown.split('\n').find((line) => line.includes('agenda'));
    expect(own).toContain('Gemeente Noorderveld');
    expect(own).toContain('31 January 2027');
    expect(own).toMatch(/\| done \|$/);
    // Document text is escaped: the pipe does not break the table, the angle brackets make no element.
    expect(own).toContain('\\|');
    expect(own).not.toContain('<met>');
    const rows = markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Action |'));
    expect(rows.filter((line) => /\| (planned|under way|done|dropped) \|$/.test(line))).toHaveLength(
      plan.actions.length,
    );
  });

  it('shows the targets per factor when the plan has them, in Dutch too', async () => {
    const html = toHtml({ collaboration, plan }, { locale: 'nl' });
    expect(html).toContain('Plan van aanpak');
    const targets = Object.keys(plan.targets ?? {});
    expect(targets.length).toBeGreaterThan(0);
    expect(html).toContain('Streefscores');
    expect(html).toContain('gedaan');
    expect(html).not.toContain('<met>');
    const report = await validator.validateString(html);
    expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([]);
  });

  it('sits in one report with the score and the trend, after the comparison sections', () => {
    const markdown = toMarkdown(
      { collaboration, assessment: third, score: scoreBerenschot(third), trend: course, plan },
      { locale: 'en' },
    );
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
    const trendAt = headings.indexOf('## Development over the years');
    const planAt = headings.indexOf('## Action plan');
    expect(trendAt).toBeGreaterThan(headings.indexOf('## The six factors'));
    expect(planAt).toBe(trendAt + 1);
  });
});

describe('the trend and the plan as CSV', () => {
  it('writes a trend as one row per factor and date, the total included, in both dialects', () => {
    const rows = toCsv(course).trimEnd().split('\r\n');
    expect(rows[0]).toBe('collaboration,factor,label,date,school_year,score,band');
    expect(rows).toHaveLength(1 + 7 * course.dates.length);
    const overall = rows.filter((row) => row.split(',')[1] === 'overall');
    expect(overall.map((row) => row.split(',')[3])).toEqual([...course.dates]);
    expect(overall.map((row) => Number(row.split(',')[5]))).toEqual(course.overall.points.map((point) => point.score));
    const excel = toCsv({ trend: course }, { dialect: 'excel-nl', locale: 'en' });
    expect(excel.startsWith('\uFEFFCollaboration;Factor;Label;Date;School year;Score;Band\r\n')).toBe(true);
  });

  it('writes the actions of a plan, and refuses a plan table for a report input without a plan', () => {
    const rows = toCsv(plan).trimEnd().split('\r\n');
    expect(rows[0]).toBe('collaboration,action,title,factor,pitfall,owner,due,status');
    expect(rows).toHaveLength(1 + plan.actions.length);
    expect(rows.at(-1)).toBe(
      'kindcentra-noord,gezamenlijke-agenda,Een agenda <met> de | gemeente,communicatie,,gemeente,2027-01-31,gedaan',
    );
    const error = caught(() => toCsv({ trend: course }, { table: 'plan' }));
    expect(error?.issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_option', ['options', 'table']]]);
  });
});
