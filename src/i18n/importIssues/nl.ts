import { listValues, quoteIds, quoteValue } from '../format.js';

const quote = (value: unknown): string => quoteValue(value, 'nl');
const didYouMean = (suggestions: readonly string[]): string =>
  suggestions.length === 0 ? '' : ` Bedoelde u ${quoteIds(suggestions)}?`;

/**
 * The messages of the import of answers from a spreadsheet, a CSV export or SurveyJS results, in Dutch: what is
 * wrong with the file, a column or a cell, and what to do about it. Cells are located by the issue's path
 * (`['rows', rij, kolomkop]`), so a message names the value, not the place.
 */
export const nl = {
  /** The text of a CSV file is not a string. */
  notText: (value: unknown): string =>
    `Geef de inhoud van het CSV-bestand als tekst; nu is het ${quote(value)}. Lees het bestand eerst in, bijvoorbeeld met file.text() in de browser of readFile(pad, 'utf8') in Node.`,
  /** The rows are not a list of rows. */
  notRows: (value: unknown): string =>
    `Geef de rijen als een lijst: ofwel lijsten van cellen waarvan de eerste de kolomkoppen bevat, ofwel objecten met de kolomkoppen als sleutels. Nu is het ${quote(value)}.`,
  /** The SurveyJS results are not a list of objects. */
  notResults: (value: unknown): string =>
    `Geef de resultaten van SurveyJS als een lijst met één object per deelnemer (survey.data); nu is het ${quote(value)}.`,
  /** One row is neither a list of cells nor an object. */
  notARow: (value: unknown): string =>
    `Deze rij is geen lijst van cellen en geen object met kolomkoppen (${quote(value)}). Geef elke rij in dezelfde vorm.`,
  /** The file holds no header row. */
  noHeader:
    'Het bestand bevat geen kolomkoppen. De eerste rij moet de koppen bevatten: de stellingen of de indicator-ids.',
  /** A quoted field whose closing quote is missing. */
  unclosedQuote:
    'Hier begint een veld met een aanhalingsteken dat nergens wordt gesloten, zodat de rest van het bestand in één cel valt. Sla het bestand opnieuw op als CSV, of sluit het aanhalingsteken.',
  /** No column matches a statement of the questionnaire. */
  noStatementColumns: (headers: readonly string[], example: string): string =>
    `Geen enkele kolom hoort bij een stelling van de vragenlijst (kolommen: ${
      listValues(
        headers.map((header) => `'${header}'`),
        6,
        'nl',
      ) || 'geen'
    }). Gebruik als kolomkop de indicator-id of de tekst van de stelling, bijvoorbeeld 'ambitie.concreet' of '${example}', of geef met de optie 'columns' aan welke kolom bij welke indicator hoort.`,
  /** A key of the column map that is not a column of the file. */
  mappedColumnMissing: (header: string, headers: readonly string[]): string =>
    `De optie 'columns' noemt de kolom '${header}', maar die staat niet in het bestand. Kolommen in het bestand: ${listValues(
      headers.map((item) => `'${item}'`),
      10,
      'nl',
    )}.`,
  /** A value of the column map that is not an indicator id. */
  mappedIndicatorUnknown: (header: string, indicator: unknown, suggestions: readonly string[]): string =>
    `De optie 'columns' koppelt kolom '${header}' aan ${quote(indicator)}, maar dat is geen indicator uit de catalogus.${didYouMean(suggestions)} Gebruik een indicator-id, zoals 'ambitie.concreet'.`,
  /** A named column (partnerColumn, respondentColumn) that is not in the file. */
  namedColumnMissing: (option: string, header: string, headers: readonly string[]): string =>
    `De optie '${option}' noemt de kolom '${header}', maar die staat niet in het bestand. Kolommen in het bestand: ${listValues(
      headers.map((item) => `'${item}'`),
      10,
      'nl',
    )}.`,
  /** Two columns answer the same indicator. */
  duplicateColumn: (indicator: string, first: string): string =>
    `Deze kolom hoort bij dezelfde stelling als kolom '${first}' (indicator '${indicator}'). Verwijder een van beide, of koppel ze met de optie 'columns' aan verschillende indicatoren.`,
  /** A cell that is not an answer on the scale. */
  invalidAnswer: (value: string, labels: readonly string[], min: number, max: number): string =>
    `${quote(value)} is geen antwoord op de schaal. Toegestaan: een geheel getal van ${min} tot en met ${max}, een van de antwoorden (${labels.map((label) => `'${label}'`).join(', ')}), of leeg, 'n.v.t.' of 'weet ik niet' als er geen antwoord is.`,
  /** A number outside the scale. */
  answerOutsideScale: (value: number, min: number, max: number): string =>
    `${value} ligt buiten de antwoordschaal van ${min} tot en met ${max}. Geef een geheel getal van ${min} tot en met ${max}, of laat de cel leeg als er geen antwoord is.`,
  /** A partner name or id that is not a partner of the collaboration. */
  unknownPartner: (value: string, known: readonly string[], suggestions: readonly string[]): string =>
    `${quote(value)} is geen partner van deze samenwerking.${didYouMean(suggestions)} Bekend zijn: ${listValues(known, 10, 'nl')}. Gebruik de naam of de id van een partner, of laat de cel leeg.`,
  /** A partner given by name while only the collaboration's id is known. */
  partnerNeedsDocument: (value: string): string =>
    `${quote(value)} is geen partner-id (kleine letters, cijfers en streepjes). Geef bij de optie 'collaboration' het hele samenwerkingsdocument in plaats van alleen de id: dan worden ook de namen van de partners herkend.`,
  /** A role that is not a stakeholder group of the catalogue. */
  unknownRole: (value: string, known: readonly string[], suggestions: readonly string[]): string =>
    `${quote(value)} is geen groep belanghebbenden uit de catalogus.${didYouMean(suggestions)} Bekend zijn: ${listValues(known, 10, 'nl')}. Laat de cel leeg als de rol onbekend is.`,
  /** A respondent name that gives the same id as an earlier row. */
  duplicateRespondent: (id: string, row: number): string =>
    `Deze deelnemer ('${id}') staat ook al in rij ${row}. Geef elke deelnemer een eigen naam of code, of verwijder de dubbele rij.`,
  /** Too many data rows. */
  tooManyRows: (count: number, max: number): string =>
    `Het bestand bevat ${count} ingevulde rijen; een meting kan er hoogstens ${max} bevatten. Splits het bestand in meerdere metingen.`,
  /** No row holds an answer. */
  noAnswers:
    'Geen enkele rij bevat een antwoord op een stelling. Controleer of de juiste kolommen zijn herkend en of de antwoorden getallen of antwoordteksten zijn.',
  /** What the option `collaboration` expects, after "Toegestaan:". */
  expectedCollaboration:
    "de id van de samenwerking (bijvoorbeeld 'spil-eindhoven') of het samenwerkingsdocument zelf; verplicht",
  /** What the option `date` expects, after "Toegestaan:". */
  expectedDate: "de datum van de meting als JJJJ-MM-DD (bijvoorbeeld '2026-03-15') of een geldige Date; verplicht",
  /** What the option `columns` expects, after "Toegestaan:". */
  expectedColumns:
    "een object met kolomkoppen als sleutels en indicator-ids als waarden, bijvoorbeeld { SQ001: 'ambitie.concreet' }",
  /** What a column-name option expects, after "Toegestaan:". */
  expectedHeader: 'de kolomkop zoals die in de eerste rij staat, of weglaten',
  /** What the CSV dialect option expects, after "Toegestaan:". */
  expectedDialect: "'rfc4180' (komma's) of 'excel-nl' (puntkomma's, voor Nederlandstalige Excel), of weglaten",
  /** The cap on the number of issues is reached. */
  /** Reading the input failed with an error of its own (a getter that throws, for example). */
  unreadable: (reason: string): string =>
    `De invoer kon niet worden gelezen (${reason}). Geef gewone gegevens: tekst, lijsten en objecten zonder bijzondere eigenschappen.`,
  tooManyIssues: (shown: number, total: number): string =>
    `Er zijn ${total} problemen gevonden; alleen de eerste ${shown} worden getoond. Los deze eerst op en lees het bestand dan opnieuw in.`,
};

/** The messages of the import of answers: the shape every language implements. */
export type ImportIssueMessages = typeof nl;
