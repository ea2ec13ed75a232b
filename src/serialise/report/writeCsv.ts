import { formatFixed } from '../../i18n/format.js';
import type { Locale } from '../../i18n/LocalisedText.js';
import { reportTexts } from '../../i18n/reportTexts/reportTexts.js';
import { scoringTermsIn } from '../../i18n/scoringTerms/scoringTermsByLocale.js';
import type { Band } from '../../scoring/types.js';
import type { Cell, ColumnKind, TableData } from './csvTables.js';

/**
 * The CSV dialects: `rfc4180` (commas, decimal points, unrounded numbers, codes as headers, CRLF) and `excel-nl`
 * (what Excel in Dutch opens right: semicolons, decimal commas, numbers rounded as the reports round them, headers
 * in the chosen language, a byte-order mark and CRLF).
 *
 * @category Serialise
 */
export type CsvDialect = 'rfc4180' | 'excel-nl';

/** Quotes a field when it holds the delimiter, a double quote or a line break, doubling the quotes inside. */
export function quoteField(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** How a text starts that a spreadsheet would read as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Writes a field: quoted when it must be; a text from a document or result that a spreadsheet would read as a formula
 * gets a `'` in front and is quoted, as OWASP advises, so it is shown as text and never run. Numbers stay numbers.
 */
function field(value: Cell, text: string, delimiter: string): string {
  if (typeof value === 'string' && FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return quoteField(text, delimiter);
}

/** Writes one cell in a dialect. */
function cellText(value: Cell, kind: ColumnKind, dialect: CsvDialect, locale: Locale): string {
  if (value === null) return '';
  if (typeof value === 'boolean') {
    if (dialect === 'rfc4180') return value ? 'true' : 'false';
    return value ? reportTexts[locale].yes : reportTexts[locale].no;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    if (dialect === 'rfc4180') return String(value);
    switch (kind) {
      case 'score':
        return formatFixed(value, 'nl', 1);
      case 'share':
        return formatFixed(value * 100, 'nl', 0);
      case 'weight':
        return formatFixed(value, 'nl', 2);
      default:
        return String(value);
    }
  }
  if (kind === 'band' && dialect === 'excel-nl') return scoringTermsIn[locale].band[value as Band] ?? value;
  return value;
}

/** Writes a table in a dialect: a header row, one record per row, every record ended by CRLF. */
export function writeCsv(table: TableData, dialect: CsvDialect, locale: Locale): string {
  const delimiter = dialect === 'excel-nl' ? ';' : ',';
  const headers = reportTexts[locale].csvHeader;
  const header = table.columns.map(([key]) => quoteField(dialect === 'excel-nl' ? headers[key] : key, delimiter));
  const records = table.rows.map((row) =>
    row.map((value, index) =>
      field(value, cellText(value, table.columns[index]?.[1] ?? 'text', dialect, locale), delimiter),
    ),
  );
  const text = `${[header, ...records].map((record) => record.join(delimiter)).join('\r\n')}\r\n`;
  return dialect === 'excel-nl' ? `\uFEFF${text}` : text;
}
