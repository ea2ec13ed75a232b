/**
 * The zod schemas used on their own (inside a user's schema, or as Standard Schemas through zod): they carry our
 * unknown-key check and our rules, and a portfolio's rules reach the documents in it.
 */
import { describe, expect, it } from 'vitest';
import {
  AmbitionSchema,
  EventSchema,
  PartnerSchema,
  PortfolioSchema,
  ResponseSchema,
  StakeholderSchema,
} from '../../src/schema/index.js';
import { portfolioRulesAll } from '../../src/schema/portfolioFormat.js';
import { validPortfolio } from '../support/documents.js';

function customCodes(result: { readonly error?: { readonly issues: readonly object[] } | undefined }): unknown[] {
  return (result.error?.issues ?? []).map((issue) => (issue as { params?: { code?: string } }).params?.code);
}

describe('part schemas on their own', () => {
  it('refuse an unknown key of the event variant given by its type, and accept the keys of that variant', () => {
    const announcement = { type: 'public-announcement', date: '2018-03-01', partnersInformedFirst: false };
    expect(EventSchema.safeParse(announcement).success).toBe(true);
    // `role` belongs to a turnover, not to an announcement.
    const result = EventSchema.safeParse({ ...announcement, role: 'wethouder' });
    expect(customCodes(result)).toEqual(['unknown_key']);
    expect(EventSchema.safeParse({ type: 'turnover', date: '2017-01-01', role: 'wethouder' }).success).toBe(true);
  });

  it.each([
    ['PartnerSchema', PartnerSchema, { id: 'gemeente', name: 'Gemeente', type: 'gemeente' }],
    ['StakeholderSchema', StakeholderSchema, { group: 'gemeenteraad', involvement: 'betrokken' }],
    ['AmbitionSchema', AmbitionSchema, { statement: 'Samen sterker.' }],
    ['ResponseSchema', ResponseSchema, { respondent: 'r1', answers: { 'ambitie.concreet': 3 } }],
  ] as const)('%s keeps x- keys and refuses other unknown keys', (_, schema, valid) => {
    expect(schema.safeParse({ ...valid, 'x-note': [1] }).success).toBe(true);
    expect(customCodes(schema.safeParse({ ...valid, naam: 'x' }))).toEqual(['unknown_key']);
  });

  it('PortfolioSchema reports a rule of a collaboration inside it', () => {
    const portfolio = validPortfolio();
    portfolio.collaborations[0].endDate = '1999-01-01';
    expect(customCodes(PortfolioSchema.safeParse(portfolio))).toEqual(['date_order']);
  });

  it('portfolioRulesAll finds nothing in a value that is not an object, nor in lists that are not lists', () => {
    expect(portfolioRulesAll('portfolio')).toEqual([]);
    expect(portfolioRulesAll({ collaborations: 'x', assessments: 3 })).toEqual([]);
  });
});
