import type { Source } from '../types.js';

// The ids live in a leaf module (no import cycle with ../types.ts); re-exported here for existing import paths.
export { type SourceId, sourceIds } from '../ids/sources.js';

/**
 * The five source documents the catalogue rests on.
 *
 * @category Catalogue
 */
export const sources: readonly Source[] = [
  {
    id: 'regioplan-vo-2015',
    title: 'Samenwerking in het voortgezet onderwijs',
    publisher: 'Regioplan, for the VO-raad',
    year: 2015,
    label: { nl: 'Regioplan: samenwerking in het vo', en: 'Regioplan: collaboration in secondary education' },
    description: {
      nl: 'Inventarisatie onder 111 schoolleiders en bestuurders in het voortgezet onderwijs, schooljaar 2014-2015: op welke thema’s en met welke partners zij samenwerken, wat het oplevert en waar het knelt.',
      en: 'Inventory among 111 school leaders and board members in secondary education, school year 2014-2015: which themes and partners they work with, what it yields and where it gets stuck.',
    },
    sources: [{ source: 'regioplan-vo-2015', section: 'Inleiding', lines: 'L1-L122' }],
    note: {
      nl: 'De tekst noemt geen titel en geen jaartal; titel en jaar (2015) zijn afgeleid van het begeleidende rapport met praktijkvoorbeelden en de peildatum.',
      en: 'The text gives neither title nor year; both (2015) are inferred from the companion case report and the reference period.',
    },
  },
  {
    id: 'overlegraad-po-vo-2019',
    title: 'Samen werken aan goed onderwijs',
    publisher: 'Overlegraad PO-VO',
    year: 2019,
    label: { nl: 'Overlegraad PO-VO: regionale samenwerking', en: 'Overlegraad PO-VO: regional collaboration' },
    description: {
      nl: 'Notitie van de sectorraden en profielorganisaties in po en vo over het belang van regionale samenwerking: thema’s, vormen, wat helpt, wat hindert en waarom besturen soms niet samenwerken.',
      en: 'Note by the sector councils and denominational associations of primary and secondary education on why regional collaboration matters: themes, forms, what helps, what hinders and why boards sometimes stay apart.',
    },
    sources: [{ source: 'overlegraad-po-vo-2019', section: 'Vooraf' }],
  },
  {
    id: 'arbeidsmarktplatform-po',
    title: 'Een landschap van professionele samenwerkingsrelaties',
    publisher: 'Arbeidsmarktplatform PO',
    year: null,
    label: {
      nl: 'Arbeidsmarktplatform PO: samenwerken met professionals buiten het onderwijs',
      en: 'Arbeidsmarktplatform PO: working with professionals outside education',
    },
    description: {
      nl: 'Verkenning op basis van zeventien interviews: met welke externe partijen basisscholen samenwerken, wat dat vraagt van het personeel en welke competenties en begeleiding daarbij horen.',
      en: 'Exploration based on seventeen interviews: which outside organisations primary schools work with, what that asks of staff, and which competences and support it needs.',
    },
    sources: [{ source: 'arbeidsmarktplatform-po', section: 'Samenvatting', lines: 'L1-L177' }],
    note: {
      nl: 'Het document vermeldt geen jaartal; de jongste bron waarnaar het verwijst is uit 2021.',
      en: 'The document states no year; the newest work it cites dates from 2021.',
    },
  },
  {
    id: 'vso-vo-samenwerking',
    title: 'Samenwerking tussen vso en vo en geïntegreerde voorzieningen voor specialistische onderwijszorg',
    publisher: 'Unnamed research group (follow-up to Van Veen et al., 2017)',
    year: 2018,
    label: { nl: 'Samenwerking vso en vo', en: 'Collaboration between vso and vo' },
    description: {
      nl: 'Praktijkgericht onderzoek met vragenlijsten onder vso, praktijkonderwijs en samenwerkingsverbanden-vo en vier casestudies: vormen van samenwerking en integratie, motieven, knelpunten en wat scholen nodig hebben.',
      en: 'Practice-based study with questionnaires for special secondary schools, praktijkonderwijs and secondary-education partnerships plus four case studies: forms of collaboration and integration, motives, obstacles and support needs.',
    },
    sources: [{ source: 'vso-vo-samenwerking', section: 'Samenvatting', lines: 'L1-L80' }],
    note: {
      nl: 'Auteurs en jaartal staan niet in de tekst; 2018 is afgeleid uit de jongste genoemde gebeurtenissen.',
      en: 'Authors and year are not in the text; 2018 is inferred from the latest events it mentions.',
    },
  },
  {
    id: 'berenschot-gemeente-onderwijs',
    title: 'Samenwerking gemeente en onderwijs – lessen uit de lokale praktijk',
    publisher: 'Berenschot',
    year: 2018,
    label: { nl: 'Berenschot: gemeente en onderwijs', en: 'Berenschot: municipality and education' },
    description: {
      nl: 'Acht portretten van gemeenten en schoolbesturen die nauw samenwerken, met als slot een strategie van zes factoren, elk met een valkuil.',
      en: 'Eight portraits of municipalities and school boards that work closely together, closing with a six-factor strategy in which every factor has a pitfall.',
    },
    sources: [{ source: 'berenschot-gemeente-onderwijs', section: 'Voorwoord', lines: 'L1-L145' }],
    note: {
      nl: 'Het jaartal staat niet in de tekst; begin 2018 is afgeleid uit de genoemde data.',
      en: 'The year is not printed; early 2018 is inferred from the dates the text mentions.',
    },
  },
];
