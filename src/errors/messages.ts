/**
 * Every message text of the library, in Dutch and English, in one place. Each message says what is wrong and
 * what to do about it, in the words of the domain.
 *
 * @module
 */
import type { LocalisedText } from '../catalogue/types.js';

/** Quotes a value for a message, cut short when it is long. */
export function quote(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = `'${value}'`;
  else if (typeof value === 'number' || typeof value === 'boolean' || value === null) text = String(value);
  else if (value === undefined) text = 'undefined';
  else if (Array.isArray(value)) text = 'een lijst';
  else text = typeof value;
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Quotes a value for an English message: like {@link quote}, but a list is named in English. */
export function quoteEn(value: unknown): string {
  return Array.isArray(value) ? 'a list' : quote(value);
}

/** Joins a list of allowed values for a message, cut short after a number of them. */
export function listOf(values: readonly string[], max = 8): string {
  const shown = values.slice(0, max).join(', ');
  return values.length > max ? `${shown}, …` : shown;
}

function suggestion(suggestions: readonly string[]): LocalisedText {
  if (suggestions.length === 0) return { nl: '', en: '' };
  const list = suggestions.map((id) => `'${id}'`).join(', ');
  return { nl: ` Bedoelde u ${list}?`, en: ` Did you mean ${list}?` };
}

/** The message texts, one function per situation. */
export const messages = {
  invalidDate: (value: unknown): LocalisedText => ({
    nl: `${quote(value)} is geen bestaande kalenderdatum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld '2026-03-15'.`,
    en: `${quoteEn(value)} is not a real calendar date. Write the date as YYYY-MM-DD, for example '2026-03-15'.`,
  }),
  invalidSchoolYear: (value: unknown): LocalisedText => ({
    nl: `${quote(value)} is geen schooljaar. Schrijf het als twee opeenvolgende jaren, bijvoorbeeld '2025-2026'.`,
    en: `${quoteEn(value)} is not a school year. Write it as two consecutive years, for example '2025-2026'.`,
  }),
  unknownId: (list: LocalisedText, id: unknown, suggestions: readonly string[]): LocalisedText => {
    const hint = suggestion(suggestions);
    return {
      nl: `Er is geen ${list.nl} met id ${quote(id)} in de catalogus.${hint.nl}`,
      en: `There is no ${list.en} with id ${quoteEn(id)} in the catalogue.${hint.en}`,
    };
  },
  retiredId: (id: string, replacedBy: string | undefined): LocalisedText =>
    replacedBy === undefined
      ? {
          nl: `'${id}' is vervallen in deze editie van de catalogus en heeft geen opvolger. Kies een id dat niet vervallen is.`,
          en: `'${id}' is retired in this edition of the catalogue and has no successor. Choose an id that is not retired.`,
        }
      : {
          nl: `'${id}' is vervallen in deze editie van de catalogus. Gebruik '${replacedBy}' in plaats daarvan.`,
          en: `'${id}' is retired in this edition of the catalogue. Use '${replacedBy}' instead.`,
        },
  invalidOption: (option: string, value: unknown, allowed: LocalisedText): LocalisedText => ({
    nl: `De optie '${option}' heeft een onbruikbare waarde (${quote(value)}). Toegestaan: ${allowed.nl}.`,
    en: `The option '${option}' has an unusable value (${quoteEn(value)}). Allowed: ${allowed.en}.`,
  }),
  invalidArgument: (argument: string, value: unknown, expected: LocalisedText): LocalisedText => ({
    nl: `Het argument '${argument}' is hier niet bruikbaar (${quote(value)}). Geef ${expected.nl}.`,
    en: `The argument '${argument}' cannot be used here (${quoteEn(value)}). Pass ${expected.en}.`,
  }),
} as const;

/** The names of document fields in domain words. Keys are `parent.key` (most specific) or `key`. */
const fieldNames: Readonly<Record<string, LocalisedText>> = {
  kind: { nl: 'documentsoort', en: 'document kind' },
  schemaVersion: { nl: 'formaatversie', en: 'format version' },
  id: { nl: 'id', en: 'id' },
  'partners.id': { nl: 'id van de partner', en: 'partner id' },
  name: { nl: 'naam', en: 'name' },
  'partners.name': { nl: 'naam van de partner', en: 'partner name' },
  themes: { nl: 'thema’s', en: 'themes' },
  form: { nl: 'samenwerkingsvorm', en: 'collaboration form' },
  startDate: { nl: 'startdatum', en: 'start date' },
  endDate: { nl: 'einddatum', en: 'end date' },
  partners: { nl: 'partners', en: 'partners' },
  'partners.type': { nl: 'soort partner', en: 'partner type' },
  sector: { nl: 'onderwijssector', en: 'education sector' },
  denomination: { nl: 'richting', en: 'denomination' },
  pupils: { nl: 'aantal leerlingen', en: 'number of pupils' },
  schools: { nl: 'aantal scholen', en: 'number of schools' },
  stakeholders: { nl: 'belanghebbenden', en: 'stakeholders' },
  group: { nl: 'groep belanghebbenden', en: 'stakeholder group' },
  involvement: { nl: 'betrokkenheid', en: 'involvement' },
  representedBy: { nl: 'vertegenwoordigende partner', en: 'representing partner' },
  note: { nl: 'toelichting', en: 'note' },
  ambition: { nl: 'ambitie', en: 'ambition' },
  statement: { nl: 'omschrijving', en: 'statement' },
  principles: { nl: 'uitgangspunten', en: 'principles' },
  contributions: { nl: 'bijdragen', en: 'contributions' },
  'contributions.partner': { nl: 'bijdragende partner', en: 'contributing partner' },
  'contributions.type': { nl: 'soort bijdrage', en: 'contribution type' },
  amountEur: { nl: 'bedrag in euro', en: 'amount in euros' },
  description: { nl: 'omschrijving', en: 'description' },
  interests: { nl: 'belangen', en: 'interests' },
  'interests.partner': { nl: 'partner van het belang', en: 'partner of the interest' },
  documented: { nl: 'vastgelegd', en: 'documented' },
  visibleToAll: { nl: 'zichtbaar voor alle partners', en: 'visible to all partners' },
  shared: { nl: 'gedeeld belang', en: 'shared' },
  agreements: { nl: 'afspraken', en: 'agreements' },
  subject: { nl: 'onderwerp', en: 'subject' },
  date: { nl: 'datum', en: 'date' },
  covers: { nl: 'inhoud van de afspraak', en: 'what the agreement covers' },
  events: { nl: 'gebeurtenissen', en: 'events' },
  'events.type': { nl: 'soort gebeurtenis', en: 'event type' },
  'events.partner': { nl: 'partner bij de gebeurtenis', en: 'partner of the event' },
  role: { nl: 'rol', en: 'role' },
  partnersInformedFirst: { nl: 'partners vooraf geïnformeerd', en: 'partners informed first' },
  factors: { nl: 'factoren', en: 'factors' },
  'factors.factor': { nl: 'factor', en: 'factor' },
  strength: { nl: 'sterkte', en: 'strength' },
  stage: { nl: 'samenwerkingsstadium', en: 'collaboration stage' },
  rating: { nl: 'oordeel', en: 'rating' },
  collaboration: { nl: 'samenwerking', en: 'collaboration' },
  scale: { nl: 'antwoordschaal', en: 'answer scale' },
  min: { nl: 'laagste antwoord', en: 'lowest answer' },
  max: { nl: 'hoogste antwoord', en: 'highest answer' },
  responses: { nl: 'ingevulde vragenlijsten', en: 'responses' },
  respondent: { nl: 'respondent', en: 'respondent' },
  'responses.partner': { nl: 'partner van de respondent', en: 'partner of the respondent' },
  answers: { nl: 'antwoorden', en: 'answers' },
  collaborations: { nl: 'samenwerkingen', en: 'collaborations' },
  assessments: { nl: 'metingen', en: 'assessments' },
};

/** The name of one item of a list, for paths that end in an index. */
const itemNames: Readonly<Record<string, LocalisedText>> = {
  themes: { nl: 'thema', en: 'theme' },
  partners: { nl: 'partner', en: 'partner' },
  stakeholders: { nl: 'belanghebbende', en: 'stakeholder' },
  principles: { nl: 'uitgangspunt', en: 'principle' },
  contributions: { nl: 'bijdrage', en: 'contribution' },
  interests: { nl: 'belang', en: 'interest' },
  agreements: { nl: 'afspraak', en: 'agreement' },
  covers: { nl: 'onderwerp van de afspraak', en: 'agreement topic' },
  events: { nl: 'gebeurtenis', en: 'event' },
  factors: { nl: 'factorwaarneming', en: 'factor observation' },
  responses: { nl: 'ingevulde vragenlijst', en: 'response' },
  collaborations: { nl: 'samenwerking', en: 'collaboration' },
  assessments: { nl: 'meting', en: 'assessment' },
};

/**
 * Names the field at a path in domain words: the most specific name known for the last key, an item of a list
 * for an index, and the document itself for the root.
 */
export function fieldName(path: readonly (string | number)[]): LocalisedText {
  const last = path[path.length - 1];
  if (last === undefined) return { nl: 'het document', en: 'the document' };
  const parentKey = [...path.slice(0, -1)].reverse().find((segment) => typeof segment === 'string');
  if (typeof last === 'number') {
    const item =
      typeof parentKey === 'string' && Object.hasOwn(itemNames, parentKey) ? itemNames[parentKey] : undefined;
    return item ?? { nl: `onderdeel ${last + 1}`, en: `item ${last + 1}` };
  }
  if (parentKey === 'answers') return { nl: `antwoord op '${last}'`, en: `answer to '${last}'` };
  if (last.startsWith('x-')) return { nl: `extensieveld '${last}'`, en: `extension field '${last}'` };
  // Own keys only: a field named 'toString' or 'constructor' must not find Object.prototype's members.
  const specific = `${parentKey}.${last}`;
  if (Object.hasOwn(fieldNames, specific)) return fieldNames[specific] as LocalisedText;
  if (Object.hasOwn(fieldNames, last)) return fieldNames[last] as LocalisedText;
  return { nl: `veld '${last}'`, en: `field '${last}'` };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Prefixes a message with the capitalised name of the field it is about. */
function about(path: readonly (string | number)[], nl: string, en: string): LocalisedText {
  if (path.length === 0) return { nl: capitalise(nl), en: capitalise(en) };
  const field = fieldName(path);
  return { nl: `${capitalise(field.nl)}: ${nl}`, en: `${capitalise(field.en)}: ${en}` };
}

const typeWords: Readonly<Record<string, LocalisedText>> = {
  string: { nl: 'tekst', en: 'text' },
  number: { nl: 'een getal', en: 'a number' },
  int: { nl: 'een geheel getal', en: 'a whole number' },
  boolean: { nl: 'true of false', en: 'true or false' },
  array: { nl: 'een lijst', en: 'a list' },
  object: { nl: 'een object met velden', en: 'an object with fields' },
  null: { nl: 'null', en: 'null' },
};

/** The messages of document validation, one function per situation; `path` is where the issue is. */
export const documentMessages = {
  missing: (path: readonly (string | number)[], expected: string): LocalisedText => {
    const type = typeWords[expected] ?? { nl: expected, en: expected };
    return about(path, `dit veld ontbreekt. Vul ${type.nl} in.`, `this field is missing. Fill in ${type.en}.`);
  },
  wrongType: (path: readonly (string | number)[], expected: string, value: unknown): LocalisedText => {
    const type = typeWords[expected] ?? { nl: expected, en: expected };
    return about(
      path,
      `verwacht ${type.nl}, maar kreeg ${quote(value)}.`,
      `expected ${type.en}, got ${quoteEn(value)}.`,
    );
  },
  empty: (path: readonly (string | number)[]): LocalisedText =>
    about(path, 'mag niet leeg zijn; vul tekst in.', 'must not be empty; fill in some text.'),
  tooFewItems: (path: readonly (string | number)[], minimum: number): LocalisedText =>
    about(path, `moet minstens ${minimum} item(s) bevatten.`, `needs at least ${minimum} item(s).`),
  tooManyItems: (path: readonly (string | number)[], maximum: number, count: number): LocalisedText =>
    about(
      path,
      `bevat ${count} items; het maximum is ${maximum}. Splits het document of laat items weg.`,
      `has ${count} items; the maximum is ${maximum}. Split the document or leave items out.`,
    ),
  tooLong: (path: readonly (string | number)[], maximum: number, length: number): LocalisedText =>
    about(
      path,
      `is ${length} tekens lang; het maximum is ${maximum}. Kort de tekst in.`,
      `is ${length} characters long; the maximum is ${maximum}. Shorten the text.`,
    ),
  belowMinimum: (path: readonly (string | number)[], minimum: number, value: unknown): LocalisedText =>
    about(
      path,
      `${quote(value)} is te klein; de kleinste toegestane waarde is ${minimum}.`,
      `${quoteEn(value)} is too small; the smallest allowed value is ${minimum}.`,
    ),
  aboveMaximum: (path: readonly (string | number)[], maximum: number, value: unknown): LocalisedText =>
    about(
      path,
      `${quote(value)} is te groot; de grootste toegestane waarde is ${maximum}.`,
      `${quoteEn(value)} is too large; the largest allowed value is ${maximum}.`,
    ),
  notAllowed: (path: readonly (string | number)[], value: unknown, allowed: readonly string[]): LocalisedText =>
    about(
      path,
      `${quote(value)} is niet toegestaan. Kies uit: ${listOf(allowed, 12)}.`,
      `${quoteEn(value)} is not allowed. Choose from: ${listOf(allowed, 12)}.`,
    ),
  wrongKind: (value: unknown, expected: string): LocalisedText => ({
    nl: `Documentsoort: ${quote(value)} past hier niet; verwacht wordt een document met kind '${expected}'.`,
    en: `Document kind: ${quoteEn(value)} does not fit here; a document with kind '${expected}' is expected.`,
  }),
  unsupportedVersion: (value: unknown, supported: readonly number[]): LocalisedText => ({
    nl: `Formaatversie ${quote(value)} kan deze versie van de bibliotheek niet lezen. Leesbare versies: ${supported.join(', ')}. Werk de bibliotheek bij of zet schemaVersion op een leesbare versie.`,
    en: `Format version ${quoteEn(value)} cannot be read by this version of the library. Readable versions: ${supported.join(', ')}. Upgrade the library or set schemaVersion to a readable version.`,
  }),
  invalidSlug: (path: readonly (string | number)[], value: unknown): LocalisedText =>
    about(
      path,
      `${quote(value)} is geen geldige id. Gebruik kleine letters, cijfers en koppeltekens (niet aan begin of eind), hoogstens 64 tekens, bijvoorbeeld 'bestuur-noord'.`,
      `${quoteEn(value)} is not a valid id. Use lower-case letters, digits and hyphens (not at the start or end), at most 64 characters, for example 'bestuur-noord'.`,
    ),
  invalidDate: (path: readonly (string | number)[], value: unknown): LocalisedText => {
    const base = messages.invalidDate(value);
    return about(path, base.nl, base.en);
  },
  unknownCatalogueId: (
    path: readonly (string | number)[],
    list: LocalisedText,
    value: unknown,
    suggestions: readonly string[],
  ): LocalisedText => {
    const base = messages.unknownId(list, value, suggestions);
    return about(path, lowerFirst(base.nl), lowerFirst(base.en));
  },
  unknownKey: (
    path: readonly (string | number)[],
    allowed: readonly string[],
    suggestions: readonly string[],
  ): LocalisedText => {
    const key = String(path[path.length - 1]);
    const owner = fieldName(path.slice(0, -1));
    const hint = suggestion(suggestions);
    return {
      nl: `'${key}' is geen veld van ${owner.nl === 'het document' ? 'dit document' : `${owner.nl}`}. Toegestaan: ${listOf(allowed, 20)}, en velden die met 'x-' beginnen.${hint.nl}`,
      en: `'${key}' is not a field of ${owner.en === 'the document' ? 'this document' : `${owner.en}`}. Allowed: ${listOf(allowed, 20)}, and fields starting with 'x-'.${hint.en}`,
    };
  },
  forbiddenKey: (path: readonly (string | number)[]): LocalisedText => ({
    nl: `'${String(path[path.length - 1])}' is als veldnaam niet toegestaan, omdat het de werking van JavaScript-objecten kan verstoren. Verwijder dit veld.`,
    en: `'${String(path[path.length - 1])}' is not allowed as a field name, because it can interfere with JavaScript objects. Remove this field.`,
  }),
  duplicateId: (path: readonly (string | number)[], value: unknown, firstIndex: number): LocalisedText =>
    about(
      path,
      `${quote(value)} komt al eerder voor (bij item ${firstIndex + 1}). Geef elk item een eigen waarde.`,
      `${quoteEn(value)} already occurs earlier (at item ${firstIndex + 1}). Give each item its own value.`,
    ),
  danglingPartner: (path: readonly (string | number)[], value: unknown, known: readonly string[]): LocalisedText =>
    about(
      path,
      `partner ${quote(value)} staat niet in dit document; bekend zijn: ${listOf(known, 10) || 'geen'}.`,
      `partner ${quoteEn(value)} is not in this document; known partners: ${listOf(known, 10) || 'none'}.`,
    ),
  danglingCollaboration: (
    path: readonly (string | number)[],
    value: unknown,
    known: readonly string[],
  ): LocalisedText =>
    about(
      path,
      `samenwerking ${quote(value)} staat niet in deze portefeuille; bekend zijn: ${listOf(known, 10) || 'geen'}.`,
      `collaboration ${quoteEn(value)} is not in this portfolio; known collaborations: ${listOf(known, 10) || 'none'}.`,
    ),
  dateOrder: (endDate: string, startDate: string): LocalisedText => ({
    nl: `Einddatum: ${endDate} ligt vóór de startdatum ${startDate}. Maak de einddatum gelijk aan of later dan de startdatum.`,
    en: `End date: ${endDate} is before the start date ${startDate}. Make the end date equal to or later than the start date.`,
  }),
  scaleOrder: (min: number, max: number): LocalisedText => ({
    nl: `Antwoordschaal: het laagste antwoord (${min}) moet kleiner zijn dan het hoogste (${max}).`,
    en: `Answer scale: the lowest answer (${min}) must be smaller than the highest (${max}).`,
  }),
  answerOutsideScale: (path: readonly (string | number)[], value: unknown, min: number, max: number): LocalisedText =>
    about(
      path,
      `${quote(value)} valt buiten de schaal; geef een geheel getal van ${min} tot en met ${max}, of null als de vraag niet van toepassing is.`,
      `${quoteEn(value)} is outside the scale; give a whole number from ${min} to ${max}, or null when the question does not apply.`,
    ),
  noAnswers: (): LocalisedText => ({
    nl: 'Antwoorden: geen enkel antwoord in de meting is ingevuld (alles is null). Vul minstens één antwoord in.',
    en: 'Answers: not a single answer in the assessment is filled in (all are null). Fill in at least one answer.',
  }),
  unreadable: (path: readonly (string | number)[]): LocalisedText =>
    about(
      path,
      'deze waarde kon niet worden gelezen (een getter of proxy gaf een fout). Geef gewone JSON-gegevens mee.',
      'this value could not be read (a getter or proxy threw). Pass plain JSON data.',
    ),
  cycle: (path: readonly (string | number)[]): LocalisedText =>
    about(
      path,
      'deze waarde verwijst naar zichzelf (een kringverwijzing). Geef gewone JSON-gegevens mee.',
      'this value refers back to itself (a cycle). Pass plain JSON data.',
    ),
  notJson: (path: readonly (string | number)[], detail: string): LocalisedText =>
    about(
      path,
      `een waarde van het soort '${detail}' kan niet in een JSON-document staan. Gebruik tekst, getallen, true/false, null, lijsten of objecten.`,
      `a value of kind '${detail}' cannot appear in a JSON document. Use text, numbers, true/false, null, lists or objects.`,
    ),
  tooDeep: (path: readonly (string | number)[], maximum: string): LocalisedText =>
    about(
      path,
      `de gegevens zijn hier dieper genest dan ${maximum} niveaus. Maak de structuur vlakker.`,
      `the data is nested deeper than ${maximum} levels here. Flatten the structure.`,
    ),
  tooManyValues: (maximum: string): LocalisedText => ({
    nl: `Het document bevat meer dan ${maximum} waarden. Splits het in kleinere documenten.`,
    en: `The document holds more than ${maximum} values. Split it into smaller documents.`,
  }),
  stringTooLong: (path: readonly (string | number)[], length: string): LocalisedText =>
    about(
      path,
      `een tekst van ${length} tekens is te lang. Kort hem in.`,
      `a text of ${length} characters is too long. Shorten it.`,
    ),
  invalidJson: (detail: string): LocalisedText => ({
    nl: `De tekst is geen geldige JSON (${detail}). Controleer haakjes, komma’s en aanhalingstekens, of exporteer het document opnieuw.`,
    en: `The text is not valid JSON (${detail}). Check brackets, commas and quotes, or export the document again.`,
  }),
  notText: (value: unknown): LocalisedText => ({
    nl: `Verwacht JSON-tekst, maar kreeg ${quote(value)}. Geef een string mee, bijvoorbeeld de inhoud van een .json-bestand.`,
    en: `Expected JSON text, got ${quoteEn(value)}. Pass a string, for example the contents of a .json file.`,
  }),
  textTooLong: (maximum: number): LocalisedText => ({
    nl: `De tekst is langer dan ${maximum} tekens. Splits het document in kleinere documenten.`,
    en: `The text is longer than ${maximum} characters. Split the document into smaller ones.`,
  }),
  unknownKind: (value: unknown): LocalisedText => ({
    nl: `Documentsoort: ${quote(value)} is onbekend. Zet kind op 'collaboration', 'assessment' of 'portfolio'.`,
    en: `Document kind: ${quoteEn(value)} is unknown. Set kind to 'collaboration', 'assessment' or 'portfolio'.`,
  }),
  other: (path: readonly (string | number)[], detail: string): LocalisedText =>
    about(path, `ongeldige waarde (${detail}).`, `invalid value (${detail}).`),
};
