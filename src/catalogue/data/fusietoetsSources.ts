import type { Source } from '../types.js';

/**
 * The outside sources the dated Fusietoets rules rest on: the act, the regulation as explained by the bodies that
 * apply it, and the Senate vote that kept it. None of them is one of the five reports; each has the address where it
 * is published. The dates and thresholds taken from them are in `fusietoets.ts`.
 *
 * @category Catalogue
 */
export const fusietoetsSources: readonly Source[] = [
  {
    // The same entry as the act among the outside sources of data/sources.ts on main (issue 21), with its address.
    id: 'wet-fusietoets-onderwijs',
    outsideReports: true,
    bwbId: 'BWBR0029652',
    title:
      'Wet van 27 januari 2011 tot wijziging van diverse onderwijswetten in verband met het invoeren van een fusietoets in het onderwijs (fusietoets in het onderwijs)',
    publisher: 'Staatsblad van het Koninkrijk der Nederlanden (Stb. 2011, 95)',
    year: 2011,
    url: 'https://www.nall.nl/tijdschrift/nall/2013/04/NALL-D-13-00002',
    label: { nl: 'Wet fusietoets in het onderwijs', en: 'Act on the merger test in education (Wet fusietoets)' },
    description: {
      nl: 'Wijzigingswet die in de onderwijswetten een fusietoets invoerde: sindsdien hebben fusies van scholen en van schoolbesturen goedkeuring van de minister nodig, met enkele uitzonderingen in het primair onderwijs. De wet geldt sinds 1 oktober 2011 (inwerkingtreding bij Stb. 2011, 388).',
      en: 'Amending act that added a merger test to the education acts: since then, mergers of schools and of school boards need the minister’s approval, with a few exceptions in primary education. It has applied since 1 October 2011 (commencement by Stb. 2011, 388).',
    },
    sources: [{ source: 'wet-fusietoets-onderwijs', section: 'Stb. 2011, 95' }],
    note: {
      nl: 'Buiten de vijf rapporten. Regioplan noemt de fusietoets alleen als ervaren drempel; welke fusies getoetst worden en hoe, staat in deze wet en de regels die erop volgden, niet in de rapporten.',
      en: 'Outside the five reports. Regioplan mentions the merger test only as a perceived obstacle; which mergers are tested and how is set out in this act and the rules based on it, not in the reports.',
    },
  },
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
  },
];
