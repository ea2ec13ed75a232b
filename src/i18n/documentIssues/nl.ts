import { capitalise, formatCount, listValues, lowerFirst, quoteIds, quoteKey, quoteValue } from '../format.js';
import type { LocalisedText } from '../LocalisedText.js';
import { type JsonError, type JsonExpectation, quoteCharacter } from './jsonError.js';
import { type FieldWords, nameField } from './nameField.js';

/** A path in a document: keys and array indexes from the root. */
type Path = readonly (string | number)[];

const words: FieldWords = {
  document: 'het document',
  fields: {
    kind: 'documentsoort',
    schemaVersion: 'formaatversie',
    id: 'id',
    'partners.id': 'id van de partner',
    name: 'naam',
    'partners.name': 'naam van de partner',
    themes: 'thema’s',
    form: 'samenwerkingsvorm',
    startDate: 'startdatum',
    endDate: 'einddatum',
    partners: 'partners',
    'partners.type': 'soort partner',
    sector: 'onderwijssector',
    denomination: 'richting',
    pupils: 'aantal leerlingen',
    schools: 'aantal scholen',
    stakeholders: 'belanghebbenden',
    group: 'groep belanghebbenden',
    involvement: 'betrokkenheid',
    representedBy: 'vertegenwoordigende partner',
    note: 'toelichting',
    ambition: 'ambitie',
    statement: 'omschrijving',
    principles: 'uitgangspunten',
    contributions: 'bijdragen',
    'contributions.partner': 'bijdragende partner',
    'contributions.type': 'soort bijdrage',
    amountEur: 'bedrag in euro',
    description: 'omschrijving',
    interests: 'belangen',
    'interests.partner': 'partner van het belang',
    documented: 'vastgelegd',
    visibleToAll: 'zichtbaar voor alle partners',
    shared: 'gedeeld belang',
    agreements: 'afspraken',
    subject: 'onderwerp',
    date: 'datum',
    covers: 'inhoud van de afspraak',
    events: 'gebeurtenissen',
    'events.type': 'soort gebeurtenis',
    'events.partner': 'partner bij de gebeurtenis',
    role: 'rol',
    partnersInformedFirst: 'partners vooraf geïnformeerd',
    factors: 'factoren',
    'factors.factor': 'factor',
    strength: 'sterkte',
    stage: 'samenwerkingsstadium',
    rating: 'oordeel',
    collaboration: 'samenwerking',
    scale: 'antwoordschaal',
    min: 'laagste antwoord',
    max: 'hoogste antwoord',
    responses: 'ingevulde vragenlijsten',
    respondent: 'respondent',
    'responses.partner': 'partner van de respondent',
    answers: 'antwoorden',
    collaborations: 'samenwerkingen',
    assessments: 'metingen',
    edition: 'catalogusuitgave',
    targets: 'streefscores',
    actions: 'acties',
    'actions.id': 'id van de actie',
    title: 'titel',
    'actions.factor': 'strategiefactor van de actie',
    pitfall: 'valkuil',
    owner: 'eigenaar',
    due: 'streefdatum',
    status: 'status',
  },
  items: {
    themes: 'thema',
    partners: 'partner',
    stakeholders: 'belanghebbende',
    principles: 'uitgangspunt',
    contributions: 'bijdrage',
    interests: 'belang',
    agreements: 'afspraak',
    covers: 'onderwerp van de afspraak',
    events: 'gebeurtenis',
    factors: 'factorwaarneming',
    responses: 'ingevulde vragenlijst',
    collaborations: 'samenwerking',
    assessments: 'meting',
    actions: 'actie',
  },
  item: (position) => `onderdeel ${position}`,
  targetFor: (factor) => `streefscore voor ${quoteKey(factor)}`,
  answerTo: (indicator) => `antwoord op ${quoteKey(indicator)}`,
  extension: (key) => `extensieveld ${quoteKey(key)}`,
  field: (key) => `veld ${quoteKey(key)}`,
};

const typeWords: Readonly<Record<string, string>> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een object met velden',
  record: 'een object met velden',
  null: 'null',
};

const quote = (value: unknown): string => quoteValue(value, 'nl');
const typeWord = (expected: string): string =>
  Object.hasOwn(typeWords, expected) ? (typeWords[expected] as string) : expected;

/** What the JSON text needed where it went wrong, as the object of "wordt … verwacht". */
const expectations: Readonly<Record<JsonExpectation, string>> = {
  value:
    'een waarde (tekst tussen dubbele aanhalingstekens, een getal, true, false, null, een lijst [ ] of een object { })',
  'comma-or-close-list': "een komma of ']'",
  'comma-or-close-object': "een komma of '}'",
  'key-or-close-object': "een veldnaam tussen dubbele aanhalingstekens of '}'",
  key: "een veldnaam tussen dubbele aanhalingstekens (een komma vlak voor '}' mag niet)",
  colon: "een dubbele punt ':' na de veldnaam",
  end: 'het einde van de tekst, want het document is daar al af',
  'string-end':
    'het afsluitende aanhalingsteken van de tekst (een regeleinde of tab in een tekst schrijft u als \\n of \\t)',
  escape: 'een geldige code na de backslash, zoals \\n, \\" of \\u00e9',
  digit: 'een cijfer',
};

/** Prefixes a message with the capitalised name of the field it is about. */
function about(path: Path, text: string): string {
  return path.length === 0 ? capitalise(text) : `${capitalise(nameField(path, words))}: ${text}`;
}

/** The whole message about a date, also used without a field. */
const invalidDate = (value: unknown): string =>
  `${quote(value)} is geen bestaande kalenderdatum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld '2026-03-15'.`;

/**
 * The messages of document validation, in Dutch: what is wrong with a field of a document and what to do; `path` is
 * where the issue is.
 */
export const nl = {
  /** The name of the field at a path, in domain words. */
  fieldName: (path: Path): string => nameField(path, words),
  missing: (path: Path, expected: string): string => about(path, `dit veld ontbreekt. Vul ${typeWord(expected)} in.`),
  wrongType: (path: Path, expected: string, value: unknown): string =>
    about(path, `verwacht ${typeWord(expected)}, maar kreeg ${quote(value)}.`),
  empty: (path: Path): string => about(path, 'mag niet leeg zijn; vul tekst in.'),
  tooFewItems: (path: Path, minimum: number, count: number): string =>
    about(
      path,
      `moet minstens ${formatCount(minimum, 'onderdeel', 'onderdelen', 'nl')} bevatten, maar bevat er ${count}. Voeg ${formatCount(minimum - count, 'onderdeel', 'onderdelen', 'nl')} toe.`,
    ),
  tooManyItems: (path: Path, maximum: number, count: number): string =>
    about(path, `bevat ${count} items; het maximum is ${maximum}. Splits het document of laat items weg.`),
  tooLong: (path: Path, maximum: number, length: number): string =>
    about(path, `is ${length} tekens lang; het maximum is ${maximum}. Kort de tekst in.`),
  belowMinimum: (path: Path, minimum: number, value: unknown): string =>
    about(path, `${quote(value)} is te klein; de kleinste toegestane waarde is ${minimum}.`),
  aboveMaximum: (path: Path, maximum: number, value: unknown): string =>
    about(path, `${quote(value)} is te groot; de grootste toegestane waarde is ${maximum}.`),
  notAllowed: (path: Path, value: unknown, allowed: readonly string[]): string =>
    about(path, `${quote(value)} is niet toegestaan. Kies uit: ${listValues(allowed, 12, 'nl')}.`),
  wrongKind: (value: unknown, expected: string): string =>
    `Documentsoort: ${quote(value)} past hier niet; verwacht wordt een document met kind '${expected}'.`,
  unsupportedVersion: (value: unknown, supported: readonly number[]): string =>
    `Formaatversie ${quote(value)} kan deze versie van de bibliotheek niet lezen. Leesbare versies: ${supported.join(', ')}. Werk de bibliotheek bij of zet schemaVersion op een leesbare versie.`,
  invalidSlug: (path: Path, value: unknown): string =>
    about(
      path,
      `${quote(value)} is geen geldige id. Gebruik kleine letters, cijfers en koppeltekens (niet aan begin of eind), hoogstens 64 tekens, bijvoorbeeld 'bestuur-noord'.`,
    ),
  invalidDate: (path: Path, value: unknown): string => about(path, invalidDate(value)),
  unknownCatalogueId: (path: Path, list: LocalisedText, value: unknown, suggestions: readonly string[]): string =>
    about(
      path,
      lowerFirst(
        `Er is geen ${list.nl} met id ${quote(value)} in de catalogus.${suggestions.length === 0 ? '' : ` Bedoelde u ${quoteIds(suggestions)}?`}`,
      ),
    ),
  unknownKey: (path: Path, allowed: readonly string[], suggestions: readonly string[]): string => {
    const owner = nameField(path.slice(0, -1), words);
    return `${quoteKey(path[path.length - 1] ?? '')} is geen veld van ${owner === words.document ? 'dit document' : owner}. Toegestaan: ${listValues(allowed, 20, 'nl')}, en velden die met 'x-' beginnen.${suggestions.length === 0 ? '' : ` Bedoelde u ${quoteIds(suggestions)}?`}`;
  },
  forbiddenKey: (path: Path): string =>
    `${quoteKey(path[path.length - 1] ?? '')} is als veldnaam niet toegestaan, omdat het de werking van JavaScript-objecten kan verstoren. Verwijder dit veld.`,
  duplicateId: (path: Path, value: unknown, firstIndex: number): string =>
    about(path, `${quote(value)} komt al eerder voor (bij item ${firstIndex + 1}). Geef elk item een eigen waarde.`),
  danglingPartner: (path: Path, value: unknown, known: Iterable<string>): string =>
    about(
      path,
      `partner ${quote(value)} staat niet in dit document; bekend zijn: ${listValues(known, 10, 'nl') || 'geen'}.`,
    ),
  danglingCollaboration: (path: Path, value: unknown, known: Iterable<string>): string =>
    about(
      path,
      `samenwerking ${quote(value)} staat niet in deze portefeuille; bekend zijn: ${listValues(known, 10, 'nl') || 'geen'}.`,
    ),
  dateOrder: (endDate: string, startDate: string): string =>
    `Einddatum: ${endDate} ligt vóór de startdatum ${startDate}. Maak de einddatum gelijk aan of later dan de startdatum.`,
  scaleOrder: (min: number, max: number): string =>
    `Antwoordschaal: het laagste antwoord (${min}) moet kleiner zijn dan het hoogste (${max}).`,
  answerOutsideScale: (path: Path, value: unknown, min: number, max: number): string =>
    about(
      path,
      `${quote(value)} valt buiten de schaal; geef een geheel getal van ${min} tot en met ${max}, of null als de vraag niet van toepassing is.`,
    ),
  noAnswers: 'Antwoorden: geen enkel antwoord in de meting is ingevuld (alles is null). Vul minstens één antwoord in.',
  unreadable: (path: Path): string =>
    about(
      path,
      'deze waarde kon niet worden gelezen (een getter of proxy gaf een fout). Geef gewone JSON-gegevens mee.',
    ),
  cycle: (path: Path): string =>
    about(path, 'deze waarde verwijst naar zichzelf (een kringverwijzing). Geef gewone JSON-gegevens mee.'),
  notJson: (path: Path, detail: string): string =>
    about(
      path,
      `een waarde van het soort ${quoteKey(detail)} kan niet in een JSON-document staan. Gebruik tekst, getallen, true/false, null, lijsten of objecten.`,
    ),
  tooDeep: (path: Path, maximum: string): string =>
    about(path, `de gegevens zijn hier dieper genest dan ${maximum} niveaus. Maak de structuur vlakker.`),
  tooManyValues: (maximum: string): string =>
    `Het document bevat meer dan ${maximum} waarden. Splits het in kleinere documenten.`,
  stringTooLong: (path: Path, length: string): string =>
    about(path, `een tekst van ${length} tekens is te lang. Kort hem in.`),
  emptyText:
    'De tekst is geen geldige JSON: hij is leeg. Geef de inhoud van een JSON-document mee, bijvoorbeeld van een .json-bestand.',
  jsonError: (error: JsonError): string => {
    const found =
      error.found === undefined ? 'maar de tekst houdt daar op' : `maar daar staat ${quoteCharacter(error.found)}`;
    const advice = error.curlyQuotes
      ? ' De tekst bevat typografische aanhalingstekens (“ ” of ‘ ’), zoals een tekstverwerker die zet; JSON kent alleen rechte dubbele aanhalingstekens ("). Vervang ze, of kopieer het document uit een teksteditor.'
      : ' Controleer haakjes, komma’s en aanhalingstekens, of exporteer het document opnieuw.';
    return `De tekst is geen geldige JSON: op regel ${error.line}, kolom ${error.column} wordt ${expectations[error.expected]} verwacht, ${found}.${advice}`;
  },
  notText: (value: unknown): string =>
    `Verwacht JSON-tekst, maar kreeg ${quote(value)}. Geef een string mee, bijvoorbeeld de inhoud van een .json-bestand.${
      typeof value === 'object' && value !== null
        ? ' Is het document al een object? Controleer het dan met safeParseCollaboration, safeParseAssessment of safeParsePortfolio.'
        : ''
    }`,
  documentIsText: (): string =>
    'Verwacht een document als object met velden, maar kreeg tekst. Lees JSON-tekst met fromJSON(tekst), of zet hem eerst om met JSON.parse(tekst).',
  tooManyIssues: (total: number, shown: number): string =>
    `Er zijn ${total} problemen gevonden; hierboven staan alleen de eerste ${shown}. Los die op en controleer opnieuw, of vraag er meer met de optie maxIssues.`,
  textTooLong: (maximum: number): string =>
    `De tekst is langer dan ${maximum} tekens. Splits het document in kleinere documenten.`,
  unknownKind: (value: unknown, documents: readonly string[], results: readonly string[]): string =>
    `Documentsoort: ${quote(value)} is onbekend. Zet kind op ${quoteIds(documents)} voor een document, of op ${quoteIds(results)} voor een bewaard resultaat.`,
  internalError: (detail: string): string =>
    `Bij het controleren ging er iets mis in de bibliotheek zelf (internal error: ${detail}). Dit is een fout in samenwerking, niet in het document; meld hem, met het document als dat kan.`,
  other: (path: Path, detail: string): string => about(path, `ongeldige waarde (${detail}).`),
};

/** The messages of document validation: the shape every language implements. */
export type DocumentIssueMessages = typeof nl;
