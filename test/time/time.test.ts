import { describe, expect, it } from 'vitest';
import { isSamenwerkingError } from '../../src/errors/index.js';
import { nextReviewDate, schoolYearInterval, schoolYearOf } from '../../src/time/index.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isSamenwerkingError(error) ? error.issues[0]?.code : 'not a SamenwerkingError';
  }
  return undefined;
}

describe('schoolYearOf', () => {
  it('puts 31 July in the school year that started the previous August', () => {
    expect(schoolYearOf('2026-07-31')).toBe('2025-2026');
  });

  it('starts a new school year on 1 August', () => {
    expect(schoolYearOf('2026-08-01')).toBe('2026-2027');
  });

  it('reads a Date by its local calendar date', () => {
    expect(schoolYearOf(new Date(2026, 7, 1, 23, 59))).toBe('2026-2027');
    expect(schoolYearOf(new Date(2026, 6, 31, 0, 0))).toBe('2025-2026');
  });

  it('accepts 29 February in a leap year', () => {
    expect(schoolYearOf('2024-02-29')).toBe('2023-2024');
  });

  it('pads early years to four digits', () => {
    expect(schoolYearOf('0099-09-01')).toBe('0099-0100');
  });

  it.each([
    '2025-02-30',
    '2023-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-1-5',
    '26-01-05',
    '2026-01-05T10:00:00Z',
    '',
    '0000-08-01',
  ])('rejects %j with invalid_date', (value) => {
    expect(codeOf(() => schoolYearOf(value))).toBe('invalid_date');
  });

  it('rejects an invalid Date and values that are not dates at all', () => {
    expect(codeOf(() => schoolYearOf(new Date(Number.NaN)))).toBe('invalid_date');
    expect(codeOf(() => schoolYearOf(20260801 as unknown as string))).toBe('invalid_date');
    expect(codeOf(() => schoolYearOf(null as unknown as string))).toBe('invalid_date');
  });

  it('explains an invalid date in both languages with the value and the format', () => {
    try {
      schoolYearOf('2025-02-30');
      expect.unreachable();
    } catch (error) {
      if (!isSamenwerkingError(error)) throw error;
      expect(error.issues[0]?.message.nl).toContain("'2025-02-30'");
      expect(error.issues[0]?.message.en).toContain('YYYY-MM-DD');
      expect(error.issues[0]?.path).toEqual(['date']);
    }
  });
});

describe('schoolYearInterval', () => {
  it('runs from 1 August to 31 July', () => {
    expect(schoolYearInterval('2025-2026')).toEqual({ start: '2025-08-01', end: '2026-07-31' });
  });

  it.each(['2025-2027', '2025/2026', '2026-2025', '25-26', '0000-0001', ''])(
    'rejects %j with invalid_date',
    (label) => {
      expect(codeOf(() => schoolYearInterval(label))).toBe('invalid_date');
    },
  );

  it('rejects a value that is not a string', () => {
    expect(codeOf(() => schoolYearInterval(2025 as unknown as string))).toBe('invalid_date');
  });

  it('points the issue at the schoolYear argument', () => {
    expect(() => schoolYearInterval('2025')).toThrowError(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['schoolYear'] })] }),
    );
  });
});

describe('nextReviewDate', () => {
  it('adds whole months', () => {
    expect(nextReviewDate('2026-03-15', { months: 6 })).toBe('2026-09-15');
  });

  it('falls on the last day of a shorter month', () => {
    expect(nextReviewDate('2026-01-31', { months: 1 })).toBe('2026-02-28');
    expect(nextReviewDate('2024-01-31', { months: 1 })).toBe('2024-02-29');
  });

  it('falls on 1 August of the next school year for a yearly review', () => {
    expect(nextReviewDate('2026-03-15', { schoolYears: 1 })).toBe('2026-08-01');
    expect(nextReviewDate('2026-08-01', { schoolYears: 1 })).toBe('2027-08-01');
  });

  it('skips school years for a longer cadence', () => {
    expect(nextReviewDate('2026-07-31', { schoolYears: 2 })).toBe('2027-08-01');
  });

  it('accepts a Date', () => {
    expect(nextReviewDate(new Date(2026, 0, 10), { months: 2 })).toBe('2026-03-10');
  });

  it('rejects an invalid last date with invalid_date at the path last', () => {
    try {
      nextReviewDate('2026-02-30', { months: 1 });
      expect.unreachable();
    } catch (error) {
      if (!isSamenwerkingError(error)) throw error;
      expect(error.issues[0]).toMatchObject({ code: 'invalid_date', path: ['last'] });
    }
  });

  it.each([
    { months: 0 },
    { months: 1.5 },
    { months: 121 },
    { schoolYears: 0 },
    { schoolYears: 11 },
    { months: 1, schoolYears: 1 },
    {},
    null,
    'yearly',
  ])('rejects the cadence %j with invalid_option', (cadence) => {
    expect(codeOf(() => nextReviewDate('2026-01-01', cadence as never))).toBe('invalid_option');
  });

  it('rejects a cadence that would pass the year 9999', () => {
    expect(codeOf(() => nextReviewDate('9999-06-01', { months: 12 }))).toBe('invalid_option');
    expect(codeOf(() => nextReviewDate('9999-09-01', { schoolYears: 1 }))).toBe('invalid_option');
  });

  it('names the cadence and what is allowed in the message', () => {
    try {
      nextReviewDate('2026-01-01', { months: 0 });
      expect.unreachable();
    } catch (error) {
      if (!isSamenwerkingError(error)) throw error;
      expect(error.issues[0]?.path).toEqual(['cadence']);
      expect(error.issues[0]?.message.en).toContain('{ months: 1 to 120 }');
      expect(error.issues[0]?.message.nl).toContain('{ schoolYears: 1 t/m 10 }');
    }
  });
});

describe('hostile arguments (issue 17)', () => {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();

  it('refuses a revoked proxy with a SamenwerkingError, not a TypeError', () => {
    for (const call of [
      () => schoolYearOf(revoked.proxy as never),
      () => nextReviewDate(revoked.proxy as never, { months: 1 }),
      () => nextReviewDate('2026-01-01', revoked.proxy as never),
      () => schoolYearInterval(revoked.proxy as never),
    ]) {
      expect(() => call()).toThrowError(expect.objectContaining({ name: 'SamenwerkingError' }));
    }
  });

  it('refuses a cadence whose fields throw when read', () => {
    const cadence = {
      get months(): number {
        throw new Error('boom');
      },
    };
    expect(() => nextReviewDate('2026-01-01', cadence)).toThrowError(
      expect.objectContaining({ name: 'SamenwerkingError' }),
    );
  });
});
