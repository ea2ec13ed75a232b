import type { Source } from '../types.js';

// The ids live in a leaf module (no import cycle with ../types.ts); re-exported here for existing import paths.
export { type SourceId, sourceIds } from '../ids/sources.js';

/**
 * The sources the catalogue rests on: the five reports, then the acts, articles and publications outside them that
 * some statements about the law cite (each marked `outsideReports`).
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
  {
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
      nl: 'Wijzigingswet die in de onderwijswetten een fusietoets invoerde: sindsdien heeft een fusie van scholen of van schoolbesturen in beginsel vooraf goedkeuring van de minister nodig. Bij de invoering golden alleen in het primair onderwijs enkele uitzonderingen; latere regelingen (2017 en 2018) hebben de toets verlicht. De wet geldt sinds 1 oktober 2011 (inwerkingtreding bij Stb. 2011, 388).',
      en: 'Amending act that added a merger test to the education acts: since then a merger of schools or of school boards has in principle needed the minister’s prior approval. When it took effect there were a few exceptions, in primary education only; later regulations (2017 and 2018) made the test lighter. It has applied since 1 October 2011 (commencement by Stb. 2011, 388).',
    },
    sources: [{ source: 'wet-fusietoets-onderwijs', section: 'Stb. 2011, 95' }],
    note: {
      nl: 'Buiten de vijf rapporten. Regioplan noemt de fusietoets alleen als ervaren drempel; welke fusies getoetst worden en hoe, staat in deze wet en de regels die erop volgden, niet in de rapporten. Het adres is dat van een toelichting op de wet (Barkhuysen en Claessens, NALL 2013); de geldende tekst staat in de wettenbank van de overheid onder BWBR0029652.',
      en: 'Outside the five reports. Regioplan mentions the merger test only as a perceived obstacle; which mergers are tested and how is set out in this act and the rules based on it, not in the reports. The address is that of a commentary on the act (Barkhuysen and Claessens, NALL 2013); the text in force is in the government’s legislation database under BWBR0029652.',
    },
  },
  {
    id: 'wpo-artikel-64',
    outsideReports: true,
    bwbId: 'BWBR0003420',
    title: 'Wet op het primair onderwijs, artikel 64',
    publisher: 'Wetten.overheid.nl (geldende tekst)',
    year: null,
    label: { nl: 'WPO, artikel 64 (fusie)', en: 'Primary Education Act, article 64 (merger)' },
    description: {
      nl: 'Het artikel van de Wet op het primair onderwijs dat voor de fusietoets omschrijft wat onder een bestuurlijke en een institutionele fusie valt, met een uitzondering voor het verzelfstandigen van openbaar onderwijs in een stichting.',
      en: 'The article of the Primary Education Act that defines, for the merger test, what counts as a board merger and as an institutional merger, with an exception for moving public-authority schools into a foundation.',
    },
    sources: [{ source: 'wpo-artikel-64', section: 'Artikel 64' }],
    note: {
      nl: 'Buiten de vijf rapporten; de geldende tekst is bedoeld, vandaar geen jaartal. De Wet op de expertisecentra heeft een overeenkomstig artikel (artikel 66).',
      en: 'Outside the five reports; the text in force is meant, hence no year. The Expertise Centres Act has a matching article (article 66).',
    },
  },
  {
    id: 'wec-artikel-66',
    outsideReports: true,
    title: 'Wet op de expertisecentra, artikel 66',
    publisher: 'Wetten.overheid.nl (geldende tekst)',
    year: null,
    label: { nl: 'WEC, artikel 66 (fusie)', en: 'Expertise Centres Act, article 66 (merger)' },
    description: {
      nl: 'Het artikel van de Wet op de expertisecentra (speciaal en voortgezet speciaal onderwijs) dat omschrijft wat een fusie is: een institutionele fusie laat uit twee of meer scholen één school ontstaan, bij een bestuurlijke fusie draagt een rechtspersoon de instandhouding van een school over aan een andere.',
      en: 'The article of the Expertise Centres Act (special and secondary special education) that defines a merger: an institutional merger turns two or more schools into one school, in a board merger a legal entity hands over the maintenance of a school to another.',
    },
    sources: [{ source: 'wec-artikel-66', section: 'Artikel 66' }],
    note: {
      nl: 'Buiten de vijf rapporten; de geldende tekst is bedoeld, vandaar geen jaartal. Het BWB-nummer van deze wet hebben wij niet kunnen nagaan en staat er daarom niet bij.',
      en: 'Outside the five reports; the text in force is meant, hence no year. We could not check this act’s identifier in the collection of legislation, so it is left out.',
    },
  },
  {
    id: 'wpo-artikel-17d',
    outsideReports: true,
    bwbId: 'BWBR0003420',
    title: 'Wet op het primair onderwijs, artikel 17d (Samenwerkingsschool)',
    publisher: 'Wetten.overheid.nl (geldende tekst); bewoording uit Stb. 2017, 327',
    year: null,
    label: { nl: 'WPO, artikel 17d (samenwerkingsschool)', en: 'Primary Education Act, article 17d (joint school)' },
    description: {
      nl: 'Het artikel van de Wet op het primair onderwijs over de samenwerkingsschool: een school die zowel openbaar als bijzonder onderwijs aanbiedt, die alleen kan ontstaan door openbare en bijzondere scholen samen te voegen, en die een identiteitscommissie heeft. De huidige bewoording komt uit de Wet samen sterker door vereenvoudiging samenwerkingsschool (Wet van 19 augustus 2017, Stb. 2017, 327).',
      en: 'The article of the Primary Education Act on the joint public and denominational school: a school that offers both public-authority and denominational education, that can only come about by merging public and denominational schools, and that has an identity committee. The current wording comes from the act simplifying the joint school (Act of 19 August 2017, Stb. 2017, 327).',
    },
    sources: [{ source: 'wpo-artikel-17d', section: 'Artikel 17d' }],
    note: {
      nl: 'Buiten de vijf rapporten; de geldende tekst is bedoeld, vandaar geen jaartal. Het artikel geldt voor het primair onderwijs; de regeling voor het voortgezet onderwijs hebben wij niet nagezocht.',
      en: 'Outside the five reports; the text in force is meant, hence no year. The article applies to primary education; we did not look up the provision for secondary education.',
    },
  },
  {
    id: 'bw-boek-2-artikel-3',
    outsideReports: true,
    bwbId: 'BWBR0003045',
    title: 'Burgerlijk Wetboek Boek 2, artikel 3',
    publisher: 'Wetten.overheid.nl (geldende tekst)',
    year: null,
    label: { nl: 'BW Boek 2, artikel 3 (rechtspersonen)', en: 'Civil Code Book 2, article 3 (legal entities)' },
    description: {
      nl: 'Het artikel van het Burgerlijk Wetboek dat onder meer verenigingen, coöperaties en stichtingen rechtspersoonlijkheid geeft.',
      en: 'The article of the Dutch Civil Code that gives legal personality to associations, cooperatives and foundations, among others.',
    },
    sources: [{ source: 'bw-boek-2-artikel-3', section: 'Artikel 3' }],
    note: {
      nl: 'Buiten de vijf rapporten; de geldende tekst is bedoeld, vandaar geen jaartal.',
      en: 'Outside the five reports; the text in force is meant, hence no year.',
    },
  },
  {
    id: 'bw-boek-2-artikel-53',
    outsideReports: true,
    bwbId: 'BWBR0003045',
    title: 'Burgerlijk Wetboek Boek 2, artikel 53',
    publisher: 'Wetten.overheid.nl (geldende tekst)',
    year: null,
    label: { nl: 'BW Boek 2, artikel 53 (coöperatie)', en: 'Civil Code Book 2, article 53 (cooperative)' },
    description: {
      nl: 'Het artikel van het Burgerlijk Wetboek dat de coöperatie omschrijft: een vereniging, bij notariële akte als coöperatie opgericht, die volgens haar statuten in bepaalde stoffelijke behoeften van haar leden voorziet via overeenkomsten die zij met hen sluit.',
      en: 'The article of the Dutch Civil Code that defines the cooperative: an association, set up by notarial deed as a cooperative, whose articles commit it to meeting certain material needs of its members through agreements it makes with them.',
    },
    sources: [{ source: 'bw-boek-2-artikel-53', section: 'Artikel 53' }],
    note: {
      nl: 'Buiten de vijf rapporten; de geldende tekst is bedoeld, vandaar geen jaartal.',
      en: 'Outside the five reports; the text in force is meant, hence no year.',
    },
  },
  {
    id: 'kamerbrief-bestuurlijke-samenwerkingsvormen-2016',
    outsideReports: true,
    title: 'Nieuwe bestuurlijke samenwerkingsvormen in het funderend onderwijs (Kamerstuk 31293, nr. 345)',
    publisher: 'Ministerie van Onderwijs, Cultuur en Wetenschap (brief van de staatssecretaris aan de Tweede Kamer)',
    year: 2016,
    label: {
      nl: 'Kamerbrief over nieuwe bestuurlijke samenwerkingsvormen (2016)',
      en: 'Letter to parliament on new forms of board collaboration (2016)',
    },
    description: {
      nl: 'Brief van de staatssecretaris van OCW van 11 november 2016 over de vraag of nieuwe samenwerkingsvormen van schoolbesturen, zoals holdings en personele unies, wenselijk en toegestaan zijn. De kern: wie samenwerkt, moet ervoor zorgen dat elk bestuur als bevoegd gezag zijn taken en bevoegdheden altijd volledig zelf blijft dragen.',
      en: 'Letter of 11 November 2016 from the state secretary for education on whether new forms of collaboration between school boards, such as holdings and personal unions, are desirable and permitted. Its core: boards that collaborate must make sure that each of them, as competent authority, always keeps full responsibility for its own tasks and powers.',
    },
    sources: [{ source: 'kamerbrief-bestuurlijke-samenwerkingsvormen-2016', section: 'Kamerstuk 31293, nr. 345' }],
    note: {
      nl: 'Buiten de vijf rapporten. Een beleidsbrief, geen wet: hij geeft het standpunt van het ministerie weer over wat binnen de wet past.',
      en: 'Outside the five reports. A policy letter, not an act: it gives the ministry’s view on what fits within the law.',
    },
  },
];
