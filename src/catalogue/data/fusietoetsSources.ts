import type { Source } from '../types.js';

/**
 * The further outside sources the dated Fusietoets rules rest on: the regulation as explained by the bodies that apply
 * it, and the Senate vote that kept it. The act itself (`wet-fusietoets-onderwijs`) is among the outside sources of
 * `sources.ts`. None of them is one of the five reports; each has the address where it is published. The dates and
 * thresholds taken from them are in `fusietoets.ts`.
 *
 * @category Catalogue
 */
export const fusietoetsSources: readonly Source[] = [
  {
    id: 'boels-zanders-fusietoets-2017',
    outsideReports: true,
    title: 'Versoepeling fusietoets onderwijs sinds 1 augustus 2017',
    publisher: 'Boels Zanders',
    year: 2017,
    url: 'https://www.boelszanders.nl/versoepeling-fusietoets-onderwijs-sinds-1-augustus-2017/',
    label: { nl: 'Boels Zanders: versoepeling van de Fusietoets', en: 'Boels Zanders: the Fusietoets relaxed' },
    description: {
      nl: 'Juridische toelichting op de regels die vanaf 1 augustus 2017 gelden, met de drie routes voor po en vo.',
      en: 'A legal explanation of the rules that apply from 1 August 2017, with the three routes for po and vo.',
    },
    sources: [{ source: 'boels-zanders-fusietoets-2017', section: 'Versoepeling fusietoets' }],
    note: {
      nl: 'Buiten de vijf rapporten. Een toelichting van een advocatenkantoor, geen wettekst; de catalogus ontleent er de drie routes voor po en vo aan en de regel voor het mbo.',
      en: 'Outside the five reports. A law firm’s explanation, not the text of the law; the catalogue takes the three routes for po and vo from it, and the rule for mbo.',
    },
  },
  {
    id: 'duo-fusietoets-ho',
    outsideReports: true,
    title: 'Fusietoets hoger onderwijs',
    publisher: 'DUO',
    year: null,
    url: 'https://duo.nl/zakelijk/hoger-onderwijs/fuseren/fusietoets.jsp',
    label: { nl: 'DUO: Fusietoets hoger onderwijs', en: 'DUO: Fusietoets in higher education' },
    description: {
      nl: 'De pagina van DUO over fusies in het hoger onderwijs: de CDHO toetst elke fusie en de minister beslist.',
      en: 'DUO’s page on mergers in higher education: the CDHO tests every merger and the minister decides.',
    },
    sources: [{ source: 'duo-fusietoets-ho', section: 'Fusietoets' }],
    note: {
      nl: 'Buiten de vijf rapporten. De rapporten gaan niet over fusies in het hoger onderwijs; deze pagina is de bron van de regel voor die sector.',
      en: 'Outside the five reports. The reports do not deal with mergers in higher education; this page is the source of the rule for that sector.',
    },
  },
  {
    id: 'cmmbo-fusietoets',
    outsideReports: true,
    title: 'Fusietoets',
    publisher: 'Commissie Macrodoelmatigheid MBO (CMMBO)',
    year: null,
    url: 'https://www.cmmbo.nl/fusietoets/',
    label: { nl: 'CMMBO: Fusietoets', en: 'CMMBO: Fusietoets' },
    description: {
      nl: 'De pagina van de CMMBO: in het mbo is voor elke fusie vooraf toestemming van de minister nodig, op advies van de commissie.',
      en: 'The CMMBO’s page: in mbo every merger needs the minister’s prior consent, on the committee’s advice.',
    },
    sources: [{ source: 'cmmbo-fusietoets', section: 'Fusietoets' }],
    note: {
      nl: 'Buiten de vijf rapporten. De bron van de regel voor het mbo; hoe een fusie daar getoetst wordt, beschrijven de rapporten niet.',
      en: 'Outside the five reports. The source of the rule for mbo; how a merger is tested there is not described in the reports.',
    },
  },
  {
    id: 'duo-fusies-gericht-getoetst',
    outsideReports: true,
    title: 'Fusies meer gericht getoetst',
    publisher: 'DUO',
    year: 2017,
    url: 'https://duo.nl/zakelijk/voortgezet-onderwijs/nieuws/stichten-en-opheffen/fusies-meer-gericht-getoetst.jsp',
    label: {
      nl: 'DUO: Regeling en beleidsregels fusietoets 2017',
      en: 'DUO: the 2017 Fusietoets regulation and policy rules',
    },
    description: {
      nl: 'Bericht van DUO over de regeling van 2017: een fusie in po of vo is niet toetsplichtig, krijgt een administratieve toets of een inhoudelijke toets.',
      en: 'DUO’s announcement of the 2017 regulation: a merger in po or vo is exempt, gets an administrative test or a substantive test.',
    },
    sources: [{ source: 'duo-fusies-gericht-getoetst', section: 'Fusies meer gericht getoetst' }],
    note: {
      nl: 'Buiten de vijf rapporten. De bron van de indeling van fusies in po en vo naar soort toets vanaf 2017, en van de grenzen voor de lichte toets.',
      en: 'Outside the five reports. The source for sorting mergers in po and vo by kind of test from 2017, and of the limits for the light test.',
    },
  },
  {
    id: 'cfto-fusietoets',
    outsideReports: true,
    title: 'Fusietoets',
    publisher: 'Commissie Fusietoets Onderwijs (CFTO)',
    year: null,
    url: 'https://www.cfto.nl/fusietoets',
    label: { nl: 'CFTO: Fusietoets', en: 'CFTO: Fusietoets' },
    description: {
      nl: 'De pagina van de CFTO met de vrijstellingen naar omvang en de regel dat haar advies sinds 1 augustus 2018 niet meer verplicht is.',
      en: 'The CFTO’s page with the size exemptions and the rule that its advice is no longer mandatory since 1 August 2018.',
    },
    sources: [{ source: 'cfto-fusietoets', section: 'Fusietoets' }],
    note: {
      nl: 'Buiten de vijf rapporten. De bron van de vrijstellingen naar aantal leerlingen en scholen, en van het einde van het verplichte advies in 2018.',
      en: 'Outside the five reports. The source of the exemptions by number of pupils and schools, and of the end of the mandatory advice in 2018.',
    },
  },
  {
    id: 'vosabb-fusie',
    outsideReports: true,
    title: 'Berichten over fusies',
    publisher: 'VOS/ABB',
    year: null,
    url: 'https://www.vosabb.nl/tag/fusie/page/2/',
    label: { nl: 'VOS/ABB: berichten over fusies', en: 'VOS/ABB: news on mergers' },
    description: {
      nl: 'Berichten van de vereniging voor openbaar en algemeen toegankelijk onderwijs, die de lichte toets al vanaf april 2018 laten gelden.',
      en: 'News from the association for public and general-access education, which dates the light test from April 2018.',
    },
    sources: [{ source: 'vosabb-fusie', section: 'Fusie' }],
    note: {
      nl: 'Buiten de vijf rapporten. Een vereniging van schoolbesturen, geen wettekst; aangehaald omdat zij de lichte toets eerder laat ingaan dan de andere bronnen.',
      en: 'Outside the five reports. An association of school boards, not the text of the law; cited because it has the light test start earlier than the other sources do.',
    },
  },
  {
    id: 'eerste-kamer-35104',
    outsideReports: true,
    title: 'Stemming wetsvoorstel 35104 (16 juni 2020)',
    publisher: 'Eerste Kamer der Staten-Generaal',
    year: 2020,
    url: 'https://eerstekamer.nl/9370000/1/j9vvkfvj6b325az/vl9khjct9gm8',
    label: { nl: 'Eerste Kamer: wetsvoorstel 35104 verworpen', en: 'Senate: bill 35104 rejected' },
    description: {
      nl: 'De stemming waarin de Eerste Kamer het voorstel verwierp om de Fusietoets in po en vo af te schaffen.',
      en: 'The vote in which the Senate rejected the bill abolishing the Fusietoets in po and vo.',
    },
    sources: [{ source: 'eerste-kamer-35104', section: 'Stemming 16 juni 2020' }],
    note: {
      nl: 'Buiten de vijf rapporten. De bron voor het blijven gelden van de Fusietoets in po en vo na 2020.',
      en: 'Outside the five reports. The source for the Fusietoets still applying in po and vo after 2020.',
    },
  },
];
