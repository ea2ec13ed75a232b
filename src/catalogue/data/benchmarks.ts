import type { Benchmark } from '../types.js';

// The ids live in a leaf module (no import cycle with ../types.ts); re-exported here for existing import paths.
export { type BenchmarkId, benchmarkIds } from '../ids/benchmarks.js';

/**
 * Every benchmark, in the order of {@link benchmarkIds}.
 *
 * @remarks
 * Every value is kept exactly as printed in the source table (a decimal comma becomes a point). A row carries
 * its own `n` when its respondent group differs from the benchmark's; row labels are our own wording.
 *
 * @category Catalogue
 */
export const benchmarks: readonly Benchmark[] = [
  {
    id: 'regioplan-besproken-themas',
    year: 2015,
    n: 111,
    unit: 'count',
    label: { nl: 'Regioplan Tabel 2.1: besproken thema’s', en: 'Regioplan Tabel 2.1: themes discussed' },
    description: {
      nl: 'Met hoeveel van de 111 respondenten elk samenwerkingsthema in het telefoongesprek uitgebreid is besproken. Dit laat zien hoe de 266 diepere gesprekken over de thema’s verdeeld zijn.',
      en: 'With how many of the 111 respondents each collaboration theme was discussed in depth during the phone interview. It shows how the 266 in-depth discussions are spread over the themes.',
    },
    base: {
      nl: '111 vertegenwoordigers van vo-scholen (60, functie op schoolniveau) en vo-besturen (51, bestuursniveau), telefonisch geïnterviewd in schooljaar 2014-2015; naar grootte, regio en stedelijkheid gelijk aan de hele populatie.',
      en: '111 representatives of secondary schools (60, school-level roles) and boards (51, board-level roles), interviewed by phone in school year 2014-2015; similar to the whole population in size, region and urbanisation.',
    },
    sources: [
      { source: 'regioplan-vo-2015', section: 'Tabel 2.1', lines: 'L153-L198' },
      { source: 'regioplan-vo-2015', section: 'Deelnemers', lines: 'L128-L137' },
    ],
    note: {
      nl: 'Dit is de verdeling van 266 gesprekken, geen maat voor hoe vaak er wordt samengewerkt (zie Tabel 2.2): met elke respondent zijn meestal twee, soms drie thema’s besproken. De tabel drukt naast de aantallen ook het aandeel in de 266 gesprekken af: 12, 12, 11, 11, 11, 7, 10, 7, 9 en 10 procent in rijvolgorde; hier staan alleen de aantallen, en het gedrukte totaal van 266 is niet als rij opgenomen. De themabeschrijving voor passend onderwijs steunt op 30 van de 31 gesprekken. Het jaar 2015 is afgeleid: de tekst noemt geen jaartal, de gegevens komen uit schooljaar 2014-2015.',
      en: 'This is the distribution of 266 discussions, not a measure of how often collaboration occurs (see Tabel 2.2): each respondent usually discussed two, sometimes three themes. Besides the counts the table prints each theme’s share of the 266 discussions: 12, 12, 11, 11, 11, 7, 10, 7, 9 and 10 per cent in row order; only the counts are kept here, and the printed total of 266 is left out as a row. The passend onderwijs chapter rests on 30 of the 31 discussions. The year 2015 is inferred: the text gives no year; the data are from school year 2014-2015.',
    },
    rows: [
      {
        key: 'regionaal-aanbod',
        label: {
          nl: 'Met collega-besturen een toegankelijk en gevarieerd vo-aanbod in stand houden',
          en: 'Keeping an accessible, varied secondary offer alive with fellow boards',
        },
        value: 33,
        theme: 'regionaal-aanbod',
      },
      {
        key: 'passend-onderwijs',
        label: { nl: 'Samenwerking binnen passend onderwijs', en: 'Collaboration within passend onderwijs' },
        value: 31,
        theme: 'passend-onderwijs',
      },
      {
        key: 'toeleverend-onderwijs',
        label: {
          nl: 'Met het basisonderwijs, bijvoorbeeld over leerlijnen en de overstap naar het vo',
          en: 'With primary schools, for example on learning lines and the move to secondary',
        },
        value: 29,
        theme: 'toeleverend-onderwijs',
      },
      {
        key: 'vervolgonderwijs',
        label: { nl: 'Met vervolgonderwijs: mbo, hbo en wo', en: 'With further education: mbo, hbo and wo' },
        value: 29,
        theme: 'vervolgonderwijs',
      },
      {
        key: 'lerarenopleidingen',
        label: {
          nl: 'Met lerarenopleidingen en collega-besturen, voor kwaliteit en professionaliteit van leraren',
          en: 'With teacher training and fellow boards, for teacher quality and professionalism',
        },
        value: 29,
        theme: 'lerarenopleidingen',
      },
      {
        key: 'professionalisering-leraren',
        label: {
          nl: 'Met andere vo-scholen, voor kwaliteit en professionaliteit van leraren',
          en: 'With other secondary schools, for teacher quality and professionalism',
        },
        value: 20,
        theme: 'professionalisering-leraren',
      },
      {
        key: 'bedrijfsleven',
        label: {
          nl: 'Met bedrijven, om het onderwijs te verrijken vanuit het beroep',
          en: 'With businesses, to enrich teaching from working practice',
        },
        value: 27,
        theme: 'bedrijfsleven',
      },
      {
        key: 'wetenschap-onderzoek',
        label: {
          nl: 'Met wetenschaps- en onderzoeksinstituten, bij onderzoek',
          en: 'With science and research institutes, on research',
        },
        value: 19,
        theme: 'wetenschap-onderzoek',
      },
      {
        key: 'welzijn-cultuur-sport',
        label: {
          nl: 'Met welzijn, cultuur en sport, voor een brede ontwikkeling van leerlingen',
          en: 'With welfare, culture and sport, for pupils’ broad development',
        },
        value: 23,
        theme: 'welzijn-cultuur-sport',
      },
      {
        key: 'overig',
        label: { nl: 'Overige samenwerkingen', en: 'Other collaborations' },
        value: 26,
        theme: 'overig',
      },
    ],
  },
  {
    id: 'regioplan-samenwerking-per-thema',
    year: 2015,
    n: 111,
    unit: 'percentage',
    label: { nl: 'Regioplan Tabel 2.2: samenwerking per thema', en: 'Regioplan Tabel 2.2: collaboration per theme' },
    description: {
      nl: 'Het aandeel respondenten dat zegt dat hun school of bestuur op een thema samenwerkt. Samenwerking in passend onderwijs is wettelijk verplicht en komt bijna overal voor.',
      en: 'The share of respondents who say their school or board collaborates on a theme. Collaboration within passend onderwijs is required by law and occurs almost everywhere.',
    },
    base: {
      nl: '111 vertegenwoordigers van vo-scholen (60, functie op schoolniveau) en vo-besturen (51, bestuursniveau), telefonisch geïnterviewd in schooljaar 2014-2015; naar grootte, regio en stedelijkheid gelijk aan de hele populatie.',
      en: '111 representatives of secondary schools (60, school-level roles) and boards (51, board-level roles), interviewed by phone in school year 2014-2015; similar to the whole population in size, region and urbanisation.',
    },
    sources: [
      { source: 'regioplan-vo-2015', section: 'Tabel 2.2', lines: 'L225-L271' },
      { source: 'regioplan-vo-2015', section: 'Mate waarin wordt samengewerkt', lines: 'L200-L222' },
    ],
    note: {
      nl: 'De cijfers gaan over het voorkomen van samenwerking, niet over intensiteit of omvang. Respondenten van scholen en van besturen verschilden niet. De regel ‘Totaal 111’ in de tabel is het aantal respondenten, geen som. Overige samenwerkingen zijn samenwerkingen die respondenten niet onder een thema konden plaatsen. De lopende tekst noemt 52% ‘de helft’ en schrijft daar onderwijsinstituten waar de tabel onderzoeksinstituten heeft. Het jaar 2015 is afgeleid: de tekst noemt geen jaartal, de gegevens komen uit schooljaar 2014-2015.',
      en: 'The figures concern whether collaboration occurs, not its intensity or scale. School and board respondents did not differ. The line ‘Totaal 111’ in the table is the number of respondents, not a sum. Other collaborations are those respondents could not place under a theme. The running text calls 52% ‘half’ and writes education institutes where the table has research institutes. The year 2015 is inferred: the text gives no year; the data are from school year 2014-2015.',
    },
    rows: [
      {
        key: 'regionaal-aanbod',
        label: {
          nl: 'Met collega-besturen een toegankelijk en gevarieerd vo-aanbod in stand houden',
          en: 'Keeping an accessible, varied secondary offer alive with fellow boards',
        },
        value: 84,
        theme: 'regionaal-aanbod',
      },
      {
        key: 'passend-onderwijs',
        label: { nl: 'Samenwerking binnen passend onderwijs', en: 'Collaboration within passend onderwijs' },
        value: 98,
        theme: 'passend-onderwijs',
      },
      {
        key: 'toeleverend-onderwijs',
        label: {
          nl: 'Met het basisonderwijs, bijvoorbeeld over leerlijnen en de overstap naar het vo',
          en: 'With primary schools, for example on learning lines and the move to secondary',
        },
        value: 82,
        theme: 'toeleverend-onderwijs',
      },
      {
        key: 'vervolgonderwijs',
        label: { nl: 'Met vervolgonderwijs: mbo, hbo en wo', en: 'With further education: mbo, hbo and wo' },
        value: 86,
        theme: 'vervolgonderwijs',
      },
      {
        key: 'lerarenopleidingen',
        label: {
          nl: 'Met lerarenopleidingen en collega-besturen, voor kwaliteit en professionaliteit van leraren',
          en: 'With teacher training and fellow boards, for teacher quality and professionalism',
        },
        value: 74,
        theme: 'lerarenopleidingen',
      },
      {
        key: 'professionalisering-leraren',
        label: {
          nl: 'Met andere vo-scholen, voor kwaliteit en professionaliteit van leraren',
          en: 'With other secondary schools, for teacher quality and professionalism',
        },
        value: 70,
        theme: 'professionalisering-leraren',
      },
      {
        key: 'bedrijfsleven',
        label: {
          nl: 'Met bedrijven, om het onderwijs te verrijken vanuit het beroep',
          en: 'With businesses, to enrich teaching from working practice',
        },
        value: 76,
        theme: 'bedrijfsleven',
      },
      {
        key: 'wetenschap-onderzoek',
        label: {
          nl: 'Met wetenschaps- en onderzoeksinstituten, bij onderzoek',
          en: 'With science and research institutes, on research',
        },
        value: 52,
        theme: 'wetenschap-onderzoek',
      },
      {
        key: 'welzijn-cultuur-sport',
        label: {
          nl: 'Met welzijn, cultuur en sport, voor een brede ontwikkeling van leerlingen',
          en: 'With welfare, culture and sport, for pupils’ broad development',
        },
        value: 69,
        theme: 'welzijn-cultuur-sport',
      },
      {
        key: 'overig',
        label: { nl: 'Overige samenwerkingen', en: 'Other collaborations' },
        value: 48,
        theme: 'overig',
      },
    ],
  },
  {
    id: 'vso-vo-intensieve-vormen-vso',
    year: 2018,
    n: 31,
    unit: 'count',
    label: {
      nl: 'Vso-vo Tabel 2-1: vormen van intensieve samenwerking (vso)',
      en: 'Vso–vo Tabel 2-1: forms of intensive collaboration (vso)',
    },
    description: {
      nl: 'Welke vorm van intensieve samenwerking of integratie met het vo vso-locaties uitvoeren of voorbereiden, in aantallen locaties per cluster. Symbiose en meetellen van onderwijstijd komen het vaakst voor.',
      en: 'Which form of intensive collaboration or integration with vo the vso sites carry out or prepare, as counts of sites per cluster. Symbiose and shared counting of teaching time are the most common.',
    },
    base: {
      nl: 'De 31 vso-locaties (cluster 3 en 4) met een vorm van intensieve samenwerking of integratie in uitvoering of voorbereiding, uit 118 responderende vso-locaties (respons 35%).',
      en: 'The 31 vso sites (clusters 3 and 4) with a form of intensive collaboration or integration under way or in preparation, out of 118 responding vso sites (35% response).',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: 'Tabel 2-1', lines: 'L858-L894' },
      { source: 'vso-vo-samenwerking', section: '2.1 Intensieve samenwerking en integratie', lines: 'L821-L857' },
    ],
    note: {
      nl: 'De tabel drukt ook het aandeel in het vso-totaal af (16, 10, 10, 13, 0, 42 en 10 procent, in rijvolgorde); hier staan alleen de aantallen. In de derde rij ontbreekt in de bron het woord pro (‘vso en in één voorziening’); uit Tabel 2-2 en 2-4 blijkt dat pro bedoeld is. De lopende tekst noemt opheffing van de vso-locatie met 13%, terwijl de tabel 0% geeft; 13% hoort in de tabel bij de bundeling met overig vo. Symbiose stond niet in de vragenlijst maar kwam uit open antwoorden. De tekst verwijst naar ‘tabel 3-1’. Waarden zoals gedrukt. Het rapport noemt geen jaartal en geen datum van de enquête; 2018 is het afgeleide publicatiejaar (de casusinterviews liepen van mei tot juli 2017).',
      en: 'The table also prints each share of the vso total (16, 10, 10, 13, 0, 42 and 10 per cent, in row order); only the counts are kept here. In the third row the source drops the word pro (‘vso and in one provision’); Tabel 2-2 and 2-4 show that pro is meant. The running text gives closing the vso site as 13%, while the table gives 0%; in the table 13% belongs to bundling with other vo. Symbiose was not a listed option but came from open answers. The text refers to ‘tabel 3-1’. Values as printed. The report gives no year and no survey date; 2018 is the inferred year of publication (the case interviews ran from May to July 2017).',
    },
    rows: [
      {
        key: 'een-locatie-geen-integratie-uitvoering-vso-3',
        label: {
          nl: 'Onder één dak, nog zonder integratie – in uitvoering, cluster 3',
          en: 'Sharing one site, no integration yet – under way, cluster 3',
        },
        value: 2,
        form: 'colocatie-zonder-integratie',
        n: 11,
      },
      {
        key: 'een-locatie-geen-integratie-uitvoering-vso-4',
        label: {
          nl: 'Onder één dak, nog zonder integratie – in uitvoering, cluster 4',
          en: 'Sharing one site, no integration yet – under way, cluster 4',
        },
        value: 0,
        form: 'colocatie-zonder-integratie',
        n: 11,
      },
      {
        key: 'een-locatie-geen-integratie-voorbereiding-vso-3',
        label: {
          nl: 'Onder één dak, nog zonder integratie – in voorbereiding, cluster 3',
          en: 'Sharing one site, no integration yet – in preparation, cluster 3',
        },
        value: 3,
        form: 'colocatie-zonder-integratie',
        n: 7,
      },
      {
        key: 'een-locatie-geen-integratie-voorbereiding-vso-4',
        label: {
          nl: 'Onder één dak, nog zonder integratie – in voorbereiding, cluster 4',
          en: 'Sharing one site, no integration yet – in preparation, cluster 4',
        },
        value: 0,
        form: 'colocatie-zonder-integratie',
        n: 2,
      },
      {
        key: 'een-locatie-geen-integratie-vso',
        label: {
          nl: 'Onder één dak, nog zonder integratie – alle vso-locaties',
          en: 'Sharing one site, no integration yet – all vso sites',
        },
        value: 5,
        form: 'colocatie-zonder-integratie',
      },
      {
        key: 'een-locatie-deels-geintegreerd-uitvoering-vso-3',
        label: {
          nl: 'Onder één dak en op onderdelen geïntegreerd – in uitvoering, cluster 3',
          en: 'Sharing one site, partly integrated – under way, cluster 3',
        },
        value: 1,
        form: 'colocatie-met-deelintegratie',
        n: 11,
      },
      {
        key: 'een-locatie-deels-geintegreerd-uitvoering-vso-4',
        label: {
          nl: 'Onder één dak en op onderdelen geïntegreerd – in uitvoering, cluster 4',
          en: 'Sharing one site, partly integrated – under way, cluster 4',
        },
        value: 2,
        form: 'colocatie-met-deelintegratie',
        n: 11,
      },
      {
        key: 'een-locatie-deels-geintegreerd-voorbereiding-vso-3',
        label: {
          nl: 'Onder één dak en op onderdelen geïntegreerd – in voorbereiding, cluster 3',
          en: 'Sharing one site, partly integrated – in preparation, cluster 3',
        },
        value: 0,
        form: 'colocatie-met-deelintegratie',
        n: 7,
      },
      {
        key: 'een-locatie-deels-geintegreerd-voorbereiding-vso-4',
        label: {
          nl: 'Onder één dak en op onderdelen geïntegreerd – in voorbereiding, cluster 4',
          en: 'Sharing one site, partly integrated – in preparation, cluster 4',
        },
        value: 0,
        form: 'colocatie-met-deelintegratie',
        n: 2,
      },
      {
        key: 'een-locatie-deels-geintegreerd-vso',
        label: {
          nl: 'Onder één dak en op onderdelen geïntegreerd – alle vso-locaties',
          en: 'Sharing one site, partly integrated – all vso sites',
        },
        value: 3,
        form: 'colocatie-met-deelintegratie',
      },
      {
        key: 'bundeling-vso-pro-uitvoering-vso-3',
        label: {
          nl: 'Vso en pro samen in één gespecialiseerde voorziening – in uitvoering, cluster 3',
          en: 'Vso and pro merged into one specialist provision – under way, cluster 3',
        },
        value: 2,
        form: 'bundeling-gespecialiseerde-voorziening',
        n: 11,
      },
      {
        key: 'bundeling-vso-pro-uitvoering-vso-4',
        label: {
          nl: 'Vso en pro samen in één gespecialiseerde voorziening – in uitvoering, cluster 4',
          en: 'Vso and pro merged into one specialist provision – under way, cluster 4',
        },
        value: 0,
        form: 'bundeling-gespecialiseerde-voorziening',
        n: 11,
      },
      {
        key: 'bundeling-vso-pro-voorbereiding-vso-3',
        label: {
          nl: 'Vso en pro samen in één gespecialiseerde voorziening – in voorbereiding, cluster 3',
          en: 'Vso and pro merged into one specialist provision – in preparation, cluster 3',
        },
        value: 1,
        form: 'bundeling-gespecialiseerde-voorziening',
        n: 7,
      },
      {
        key: 'bundeling-vso-pro-voorbereiding-vso-4',
        label: {
          nl: 'Vso en pro samen in één gespecialiseerde voorziening – in voorbereiding, cluster 4',
          en: 'Vso and pro merged into one specialist provision – in preparation, cluster 4',
        },
        value: 0,
        form: 'bundeling-gespecialiseerde-voorziening',
        n: 2,
      },
      {
        key: 'bundeling-vso-pro-vso',
        label: {
          nl: 'Vso en pro samen in één gespecialiseerde voorziening – alle vso-locaties',
          en: 'Vso and pro merged into one specialist provision – all vso sites',
        },
        value: 3,
        form: 'bundeling-gespecialiseerde-voorziening',
      },
      {
        key: 'bundeling-vso-overig-vo-uitvoering-vso-3',
        label: {
          nl: 'Vso en vmbo, havo of vwo samen in één gespecialiseerde voorziening – in uitvoering, cluster 3',
          en: 'Vso and vmbo, havo or vwo merged into one specialist provision – under way, cluster 3',
        },
        value: 1,
        form: 'bundeling-gespecialiseerde-voorziening',
        n: 11,
      },
      {
        key: 'bundeling-vso-overig-vo-uitvoering-vso-4',
        label: {
          nl: 'Vso en vmbo, havo of vwo samen in één gespecialiseerde voorziening – in uitvoering, cluster 4',
          en: 'Vso and vmbo, havo or vwo merged into one specialist provision – under way, cluster 4',
        },
        value: 1,
        form: 'bundeling-gespecialiseerde-voorziening',
        n: 11,
      },
      {
        key: 'bundeling-vso-overig-vo-voorbereiding-vso-3',
        label: {
          nl: 'Vso en vmbo, havo of vwo samen in één gespecialiseerde voorziening – in voorbereiding, cluster 3',
          en: 'Vso and vmbo, havo or vwo merged into one specialist provision – in preparation, cluster 3',
        },
        value: 0,
        form: 'bundeling-gespecialiseerde-voorziening',
        n: 7,
      },
      {
        key: 'bundeling-vso-overig-vo-voorbereiding-vso-4',
        label: {
          nl: 'Vso en vmbo, havo of vwo samen in één gespecialiseerde voorziening – in voorbereiding, cluster 4',
          en: 'Vso and vmbo, havo or vwo merged into one specialist provision – in preparation, cluster 4',
        },
        value: 2,
        form: 'bundeling-gespecialiseerde-voorziening',
        n: 2,
      },
      {
        key: 'bundeling-vso-overig-vo-vso',
        label: {
          nl: 'Vso en vmbo, havo of vwo samen in één gespecialiseerde voorziening – alle vso-locaties',
          en: 'Vso and vmbo, havo or vwo merged into one specialist provision – all vso sites',
        },
        value: 4,
        form: 'bundeling-gespecialiseerde-voorziening',
      },
      {
        key: 'opheffing-vso-locatie-uitvoering-vso-3',
        label: {
          nl: 'Vso-locatie opgeheven en opgenomen in pro of overig vo – in uitvoering, cluster 3',
          en: 'Vso site closed and absorbed into pro or other vo – under way, cluster 3',
        },
        value: 0,
        form: 'opheffing-vso-locatie',
        n: 11,
      },
      {
        key: 'opheffing-vso-locatie-uitvoering-vso-4',
        label: {
          nl: 'Vso-locatie opgeheven en opgenomen in pro of overig vo – in uitvoering, cluster 4',
          en: 'Vso site closed and absorbed into pro or other vo – under way, cluster 4',
        },
        value: 0,
        form: 'opheffing-vso-locatie',
        n: 11,
      },
      {
        key: 'opheffing-vso-locatie-voorbereiding-vso-3',
        label: {
          nl: 'Vso-locatie opgeheven en opgenomen in pro of overig vo – in voorbereiding, cluster 3',
          en: 'Vso site closed and absorbed into pro or other vo – in preparation, cluster 3',
        },
        value: 0,
        form: 'opheffing-vso-locatie',
        n: 7,
      },
      {
        key: 'opheffing-vso-locatie-voorbereiding-vso-4',
        label: {
          nl: 'Vso-locatie opgeheven en opgenomen in pro of overig vo – in voorbereiding, cluster 4',
          en: 'Vso site closed and absorbed into pro or other vo – in preparation, cluster 4',
        },
        value: 0,
        form: 'opheffing-vso-locatie',
        n: 2,
      },
      {
        key: 'opheffing-vso-locatie-vso',
        label: {
          nl: 'Vso-locatie opgeheven en opgenomen in pro of overig vo – alle vso-locaties',
          en: 'Vso site closed and absorbed into pro or other vo – all vso sites',
        },
        value: 0,
        form: 'opheffing-vso-locatie',
      },
      {
        key: 'symbiose-meetellen-uitvoering-vso-3',
        label: {
          nl: 'Symbiose of meetellen van onderwijstijd – in uitvoering, cluster 3',
          en: 'Symbiose or shared counting of teaching time – under way, cluster 3',
        },
        value: 5,
        form: 'symbiose-meetellen-onderwijstijd',
        n: 11,
      },
      {
        key: 'symbiose-meetellen-uitvoering-vso-4',
        label: {
          nl: 'Symbiose of meetellen van onderwijstijd – in uitvoering, cluster 4',
          en: 'Symbiose or shared counting of teaching time – under way, cluster 4',
        },
        value: 7,
        form: 'symbiose-meetellen-onderwijstijd',
        n: 11,
      },
      {
        key: 'symbiose-meetellen-voorbereiding-vso-3',
        label: {
          nl: 'Symbiose of meetellen van onderwijstijd – in voorbereiding, cluster 3',
          en: 'Symbiose or shared counting of teaching time – in preparation, cluster 3',
        },
        value: 1,
        form: 'symbiose-meetellen-onderwijstijd',
        n: 7,
      },
      {
        key: 'symbiose-meetellen-voorbereiding-vso-4',
        label: {
          nl: 'Symbiose of meetellen van onderwijstijd – in voorbereiding, cluster 4',
          en: 'Symbiose or shared counting of teaching time – in preparation, cluster 4',
        },
        value: 0,
        form: 'symbiose-meetellen-onderwijstijd',
        n: 2,
      },
      {
        key: 'symbiose-meetellen-vso',
        label: {
          nl: 'Symbiose of meetellen van onderwijstijd – alle vso-locaties',
          en: 'Symbiose or shared counting of teaching time – all vso sites',
        },
        value: 13,
        form: 'symbiose-meetellen-onderwijstijd',
      },
      {
        key: 'andere-vorm-uitvoering-vso-3',
        label: {
          nl: 'Andere vorm van nauwe samenwerking of integratie – in uitvoering, cluster 3',
          en: 'Other form of close collaboration or integration – under way, cluster 3',
        },
        value: 0,
        form: 'intensieve-samenwerking-integratie',
        n: 11,
      },
      {
        key: 'andere-vorm-uitvoering-vso-4',
        label: {
          nl: 'Andere vorm van nauwe samenwerking of integratie – in uitvoering, cluster 4',
          en: 'Other form of close collaboration or integration – under way, cluster 4',
        },
        value: 1,
        form: 'intensieve-samenwerking-integratie',
        n: 11,
      },
      {
        key: 'andere-vorm-voorbereiding-vso-3',
        label: {
          nl: 'Andere vorm van nauwe samenwerking of integratie – in voorbereiding, cluster 3',
          en: 'Other form of close collaboration or integration – in preparation, cluster 3',
        },
        value: 2,
        form: 'intensieve-samenwerking-integratie',
        n: 7,
      },
      {
        key: 'andere-vorm-voorbereiding-vso-4',
        label: {
          nl: 'Andere vorm van nauwe samenwerking of integratie – in voorbereiding, cluster 4',
          en: 'Other form of close collaboration or integration – in preparation, cluster 4',
        },
        value: 0,
        form: 'intensieve-samenwerking-integratie',
        n: 2,
      },
      {
        key: 'andere-vorm-vso',
        label: {
          nl: 'Andere vorm van nauwe samenwerking of integratie – alle vso-locaties',
          en: 'Other form of close collaboration or integration – all vso sites',
        },
        value: 3,
        form: 'intensieve-samenwerking-integratie',
      },
    ],
  },
  {
    id: 'vso-vo-intensieve-vormen-pro',
    year: 2018,
    n: 13,
    unit: 'count',
    label: {
      nl: 'Vso-vo Tabel 2-2: vormen van intensieve samenwerking (pro)',
      en: 'Vso–vo Tabel 2-2: forms of intensive collaboration (pro)',
    },
    description: {
      nl: 'Welke vorm van intensieve samenwerking of integratie met het vso pro-scholen uitvoeren of voorbereiden, in aantallen scholen.',
      en: 'Which form of intensive collaboration or integration with vso the pro schools carry out or prepare, as counts of schools.',
    },
    base: {
      nl: 'De 13 pro-scholen die hun vorm van intensieve samenwerking met het vso opgaven (10 in uitvoering, 3 in voorbereiding), uit 76 responderende pro-scholen (respons 46%).',
      en: 'The 13 pro schools that specified their form of intensive collaboration with vso (10 under way, 3 in preparation), out of 76 responding pro schools (46% response).',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: 'Tabel 2-2', lines: 'L951-L987' },
      { source: 'vso-vo-samenwerking', section: '2.1 Intensieve samenwerking en integratie', lines: 'L940-L950' },
    ],
    note: {
      nl: 'De lopende tekst en de tabel komen overeen en tellen samen 13 scholen: 3 noemen symbiose, 3 co-locatie met integratie op onderdelen en 1 de opheffing van een vso-locatie, en de zes scholen die volgens de tekst andere varianten noemen, zijn in de tabel 1 co-locatie zonder integratie, 2 bundeling in één voorziening en 3 een andere vorm. Waarden zoals gedrukt. Het rapport noemt geen jaartal en geen datum van de enquête; 2018 is het afgeleide publicatiejaar (de casusinterviews liepen van mei tot juli 2017).',
      en: 'The running text and the table agree and together count 13 schools: 3 name symbiosis, 3 co-location with partial integration and 1 the closing of a vso location, and the six schools that, according to the text, name other variants are, in the table, 1 co-location without integration, 2 merging into one provision and 3 another form. Values as printed. The report gives no year and no survey date; 2018 is the inferred year of publication (the case interviews ran from May to July 2017).',
    },
    rows: [
      {
        key: 'een-locatie-geen-integratie-uitvoering',
        label: {
          nl: 'Onder één dak, nog zonder integratie – in uitvoering',
          en: 'Sharing one site, no integration yet – under way',
        },
        value: 1,
        form: 'colocatie-zonder-integratie',
        n: 10,
      },
      {
        key: 'een-locatie-geen-integratie-voorbereiding',
        label: {
          nl: 'Onder één dak, nog zonder integratie – in voorbereiding',
          en: 'Sharing one site, no integration yet – in preparation',
        },
        value: 0,
        form: 'colocatie-zonder-integratie',
        n: 3,
      },
      {
        key: 'een-locatie-geen-integratie-totaal',
        label: {
          nl: 'Onder één dak, nog zonder integratie – totaal',
          en: 'Sharing one site, no integration yet – total',
        },
        value: 1,
        form: 'colocatie-zonder-integratie',
      },
      {
        key: 'een-locatie-deels-geintegreerd-uitvoering',
        label: {
          nl: 'Onder één dak en op onderdelen geïntegreerd – in uitvoering',
          en: 'Sharing one site, partly integrated – under way',
        },
        value: 2,
        form: 'colocatie-met-deelintegratie',
        n: 10,
      },
      {
        key: 'een-locatie-deels-geintegreerd-voorbereiding',
        label: {
          nl: 'Onder één dak en op onderdelen geïntegreerd – in voorbereiding',
          en: 'Sharing one site, partly integrated – in preparation',
        },
        value: 1,
        form: 'colocatie-met-deelintegratie',
        n: 3,
      },
      {
        key: 'een-locatie-deels-geintegreerd-totaal',
        label: {
          nl: 'Onder één dak en op onderdelen geïntegreerd – totaal',
          en: 'Sharing one site, partly integrated – total',
        },
        value: 3,
        form: 'colocatie-met-deelintegratie',
      },
      {
        key: 'bundeling-pro-vso-uitvoering',
        label: {
          nl: 'Pro en vso samen in één gespecialiseerde voorziening – in uitvoering',
          en: 'Pro and vso merged into one specialist provision – under way',
        },
        value: 1,
        form: 'bundeling-gespecialiseerde-voorziening',
        n: 10,
      },
      {
        key: 'bundeling-pro-vso-voorbereiding',
        label: {
          nl: 'Pro en vso samen in één gespecialiseerde voorziening – in voorbereiding',
          en: 'Pro and vso merged into one specialist provision – in preparation',
        },
        value: 1,
        form: 'bundeling-gespecialiseerde-voorziening',
        n: 3,
      },
      {
        key: 'bundeling-pro-vso-totaal',
        label: {
          nl: 'Pro en vso samen in één gespecialiseerde voorziening – totaal',
          en: 'Pro and vso merged into one specialist provision – total',
        },
        value: 2,
        form: 'bundeling-gespecialiseerde-voorziening',
      },
      {
        key: 'opheffing-vso-in-pro-uitvoering',
        label: {
          nl: 'Vso-locatie opgeheven en opgenomen in het pro – in uitvoering',
          en: 'Vso site closed and absorbed into pro – under way',
        },
        value: 1,
        form: 'opheffing-vso-locatie',
        n: 10,
      },
      {
        key: 'opheffing-vso-in-pro-voorbereiding',
        label: {
          nl: 'Vso-locatie opgeheven en opgenomen in het pro – in voorbereiding',
          en: 'Vso site closed and absorbed into pro – in preparation',
        },
        value: 0,
        form: 'opheffing-vso-locatie',
        n: 3,
      },
      {
        key: 'opheffing-vso-in-pro-totaal',
        label: {
          nl: 'Vso-locatie opgeheven en opgenomen in het pro – totaal',
          en: 'Vso site closed and absorbed into pro – total',
        },
        value: 1,
        form: 'opheffing-vso-locatie',
      },
      {
        key: 'symbiose-meetellen-uitvoering',
        label: {
          nl: 'Symbiose of meetellen van onderwijstijd – in uitvoering',
          en: 'Symbiose or shared counting of teaching time – under way',
        },
        value: 2,
        form: 'symbiose-meetellen-onderwijstijd',
        n: 10,
      },
      {
        key: 'symbiose-meetellen-voorbereiding',
        label: {
          nl: 'Symbiose of meetellen van onderwijstijd – in voorbereiding',
          en: 'Symbiose or shared counting of teaching time – in preparation',
        },
        value: 1,
        form: 'symbiose-meetellen-onderwijstijd',
        n: 3,
      },
      {
        key: 'symbiose-meetellen-totaal',
        label: {
          nl: 'Symbiose of meetellen van onderwijstijd – totaal',
          en: 'Symbiose or shared counting of teaching time – total',
        },
        value: 3,
        form: 'symbiose-meetellen-onderwijstijd',
      },
      {
        key: 'andere-vorm-uitvoering',
        label: {
          nl: 'Andere vorm van nauwe samenwerking of integratie – in uitvoering',
          en: 'Other form of close collaboration or integration – under way',
        },
        value: 3,
        form: 'intensieve-samenwerking-integratie',
        n: 10,
      },
      {
        key: 'andere-vorm-voorbereiding',
        label: {
          nl: 'Andere vorm van nauwe samenwerking of integratie – in voorbereiding',
          en: 'Other form of close collaboration or integration – in preparation',
        },
        value: 0,
        form: 'intensieve-samenwerking-integratie',
        n: 3,
      },
      {
        key: 'andere-vorm-totaal',
        label: {
          nl: 'Andere vorm van nauwe samenwerking of integratie – totaal',
          en: 'Other form of close collaboration or integration – total',
        },
        value: 3,
        form: 'intensieve-samenwerking-integratie',
      },
    ],
  },
  {
    id: 'vso-vo-toekomstige-betrokkenheid',
    year: 2018,
    n: 108,
    unit: 'percentage',
    label: {
      nl: 'Vso-vo Tabel 2-3: betrokkenheid bij nieuwe initiatieven',
      en: 'Vso–vo Tabel 2-3: involvement in new initiatives',
    },
    description: {
      nl: 'In hoeverre vso-locaties en pro-scholen meedoen aan nieuwe of geplande initiatieven om vso en vo nauw te laten samenwerken of te integreren.',
      en: 'To what extent vso sites and pro schools are involved in future or new initiatives of intensive collaboration or integration between vso and vo.',
    },
    base: {
      nl: 'Vso-locaties die de vraag beantwoordden (108: 68 in cluster 3, 40 in cluster 4) en 70 pro-scholen.',
      en: 'Vso sites that answered the question (108: 68 in cluster 3, 40 in cluster 4) and 70 pro schools.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: 'Tabel 2-3', lines: 'L1017-L1037' },
      {
        source: 'vso-vo-samenwerking',
        section: 'Toekomstverwachtingen intensieve samenwerking vso en vo',
        lines: 'L989-L1052',
      },
    ],
    note: {
      nl: 'De lopende tekst geeft voor betrokkenheid bij een toekomstig initiatief twee verschillende cijfers voor dezelfde groepen: 62% en 42% op de ene plek, 67% en 48% op de andere. Het rapport noemt geen jaartal en geen datum van de enquête; 2018 is het afgeleide publicatiejaar (de casusinterviews liepen van mei tot juli 2017).',
      en: 'For involvement in a future initiative the running text gives two different figures for the same groups: 62% and 42% in one place, 67% and 48% in another. The report gives no year and no survey date; 2018 is the inferred year of publication (the case interviews ran from May to July 2017).',
    },
    rows: [
      {
        key: 'waarschijnlijk-uitvoeren-vso-3',
        label: {
          nl: 'Wordt overwogen en gaat zeer waarschijnlijk door – vso cluster 3',
          en: 'Being considered and very likely to go ahead – vso cluster 3 sites',
        },
        value: 21,
        form: 'intensieve-samenwerking-integratie',
        n: 68,
      },
      {
        key: 'waarschijnlijk-uitvoeren-vso-4',
        label: {
          nl: 'Wordt overwogen en gaat zeer waarschijnlijk door – vso cluster 4',
          en: 'Being considered and very likely to go ahead – vso cluster 4 sites',
        },
        value: 25,
        form: 'intensieve-samenwerking-integratie',
        n: 40,
      },
      {
        key: 'waarschijnlijk-uitvoeren-vso',
        label: {
          nl: 'Wordt overwogen en gaat zeer waarschijnlijk door – alle vso-locaties',
          en: 'Being considered and very likely to go ahead – all vso sites',
        },
        value: 22,
        form: 'intensieve-samenwerking-integratie',
      },
      {
        key: 'waarschijnlijk-uitvoeren-pro',
        label: {
          nl: 'Wordt overwogen en gaat zeer waarschijnlijk door – pro-scholen',
          en: 'Being considered and very likely to go ahead – pro schools',
        },
        value: 16,
        form: 'intensieve-samenwerking-integratie',
        n: 70,
      },
      {
        key: 'uitvoering-onzeker-vso-3',
        label: {
          nl: 'Wordt overwogen, maar doorgaan is onzeker – vso cluster 3',
          en: 'Being considered, but going ahead is uncertain – vso cluster 3 sites',
        },
        value: 25,
        form: 'intensieve-samenwerking-integratie',
        n: 68,
      },
      {
        key: 'uitvoering-onzeker-vso-4',
        label: {
          nl: 'Wordt overwogen, maar doorgaan is onzeker – vso cluster 4',
          en: 'Being considered, but going ahead is uncertain – vso cluster 4 sites',
        },
        value: 38,
        form: 'intensieve-samenwerking-integratie',
        n: 40,
      },
      {
        key: 'uitvoering-onzeker-vso',
        label: {
          nl: 'Wordt overwogen, maar doorgaan is onzeker – alle vso-locaties',
          en: 'Being considered, but going ahead is uncertain – all vso sites',
        },
        value: 30,
        form: 'intensieve-samenwerking-integratie',
      },
      {
        key: 'uitvoering-onzeker-pro',
        label: {
          nl: 'Wordt overwogen, maar doorgaan is onzeker – pro-scholen',
          en: 'Being considered, but going ahead is uncertain – pro schools',
        },
        value: 20,
        form: 'intensieve-samenwerking-integratie',
        n: 70,
      },
      {
        key: 'niet-doorgezet-vso-3',
        label: {
          nl: 'Overwogen, maar (voorlopig) niet doorgezet – vso cluster 3',
          en: 'Considered, but not pursued (for now) – vso cluster 3 sites',
        },
        value: 29,
        form: 'intensieve-samenwerking-integratie',
        n: 68,
      },
      {
        key: 'niet-doorgezet-vso-4',
        label: {
          nl: 'Overwogen, maar (voorlopig) niet doorgezet – vso cluster 4',
          en: 'Considered, but not pursued (for now) – vso cluster 4 sites',
        },
        value: 15,
        form: 'intensieve-samenwerking-integratie',
        n: 40,
      },
      {
        key: 'niet-doorgezet-vso',
        label: {
          nl: 'Overwogen, maar (voorlopig) niet doorgezet – alle vso-locaties',
          en: 'Considered, but not pursued (for now) – all vso sites',
        },
        value: 24,
        form: 'intensieve-samenwerking-integratie',
      },
      {
        key: 'niet-doorgezet-pro',
        label: {
          nl: 'Overwogen, maar (voorlopig) niet doorgezet – pro-scholen',
          en: 'Considered, but not pursued (for now) – pro schools',
        },
        value: 36,
        form: 'intensieve-samenwerking-integratie',
        n: 70,
      },
      {
        key: 'niet-over-nagedacht-vso-3',
        label: { nl: 'Nog niet over nagedacht – vso cluster 3', en: 'Not yet thought about – vso cluster 3 sites' },
        value: 21,
        form: 'intensieve-samenwerking-integratie',
        n: 68,
      },
      {
        key: 'niet-over-nagedacht-vso-4',
        label: { nl: 'Nog niet over nagedacht – vso cluster 4', en: 'Not yet thought about – vso cluster 4 sites' },
        value: 18,
        form: 'intensieve-samenwerking-integratie',
        n: 40,
      },
      {
        key: 'niet-over-nagedacht-vso',
        label: { nl: 'Nog niet over nagedacht – alle vso-locaties', en: 'Not yet thought about – all vso sites' },
        value: 19,
        form: 'intensieve-samenwerking-integratie',
      },
      {
        key: 'niet-over-nagedacht-pro',
        label: { nl: 'Nog niet over nagedacht – pro-scholen', en: 'Not yet thought about – pro schools' },
        value: 24,
        form: 'intensieve-samenwerking-integratie',
        n: 70,
      },
      {
        key: 'weet-niet-vso-3',
        label: { nl: 'Weet niet – vso cluster 3', en: 'Does not know – vso cluster 3 sites' },
        value: 4,
        form: 'intensieve-samenwerking-integratie',
        n: 68,
      },
      {
        key: 'weet-niet-vso-4',
        label: { nl: 'Weet niet – vso cluster 4', en: 'Does not know – vso cluster 4 sites' },
        value: 5,
        form: 'intensieve-samenwerking-integratie',
        n: 40,
      },
      {
        key: 'weet-niet-vso',
        label: { nl: 'Weet niet – alle vso-locaties', en: 'Does not know – all vso sites' },
        value: 5,
        form: 'intensieve-samenwerking-integratie',
      },
      {
        key: 'weet-niet-pro',
        label: { nl: 'Weet niet – pro-scholen', en: 'Does not know – pro schools' },
        value: 4,
        form: 'intensieve-samenwerking-integratie',
        n: 70,
      },
    ],
  },
  {
    id: 'vso-vo-toekomstige-vormen',
    year: 2018,
    n: 104,
    unit: 'percentage',
    label: {
      nl: 'Vso-vo Tabel 2-4: verwachte vormen van samenwerking',
      en: 'Vso–vo Tabel 2-4: expected forms of collaboration',
    },
    description: {
      nl: 'Welke vorm van samenwerking tussen vso en vo respondenten over twee tot vijf jaar verwachten, van blijvende scheiding tot opheffing van vso-locaties.',
      en: 'Which form of collaboration between vso and vo respondents expect in two to five years, from continued separation to closing vso sites.',
    },
    base: {
      nl: 'Vso-locaties (104: 66 in cluster 3, 40 in cluster 4), 69 pro-scholen en 49 samenwerkingsverbanden-vo die de vraag beantwoordden.',
      en: 'Vso sites (104: 66 in cluster 3, 40 in cluster 4), 69 pro schools and 49 secondary partnerships that answered the question.',
    },
    sources: [{ source: 'vso-vo-samenwerking', section: 'Tabel 2-4', lines: 'L1121-L1175' }],
    note: {
      nl: 'De samenwerkingsverbanden konden meer antwoorden geven; hun kolom telt daardoor op tot meer dan 100%. Het rapport noemt geen jaartal en geen datum van de enquête; 2018 is het afgeleide publicatiejaar (de casusinterviews liepen van mei tot juli 2017).',
      en: 'The partnerships could give more than one answer, so their column adds up to more than 100%. The report gives no year and no survey date; 2018 is the inferred year of publication (the case interviews ran from May to July 2017).',
    },
    rows: [
      {
        key: 'traditionele-scheiding-vso-3',
        label: {
          nl: 'Vso en vo blijven grotendeels gescheiden – vso cluster 3',
          en: 'Vso and vo stay largely separate – vso cluster 3 sites',
        },
        value: 24,
        n: 66,
      },
      {
        key: 'traditionele-scheiding-vso-4',
        label: {
          nl: 'Vso en vo blijven grotendeels gescheiden – vso cluster 4',
          en: 'Vso and vo stay largely separate – vso cluster 4 sites',
        },
        value: 13,
        n: 40,
      },
      {
        key: 'traditionele-scheiding-vso',
        label: {
          nl: 'Vso en vo blijven grotendeels gescheiden – alle vso-locaties',
          en: 'Vso and vo stay largely separate – all vso sites',
        },
        value: 20,
      },
      {
        key: 'traditionele-scheiding-pro',
        label: {
          nl: 'Vso en vo blijven grotendeels gescheiden – pro-scholen',
          en: 'Vso and vo stay largely separate – pro schools',
        },
        value: 43,
        n: 69,
      },
      {
        key: 'traditionele-scheiding-swv-vo',
        label: {
          nl: 'Vso en vo blijven grotendeels gescheiden – samenwerkingsverbanden-vo',
          en: 'Vso and vo stay largely separate – secondary partnerships (swv-vo)',
        },
        value: 18,
        n: 49,
      },
      {
        key: 'een-locatie-deels-geintegreerd-vso-3',
        label: {
          nl: 'Onder één dak en op onderdelen geïntegreerd – vso cluster 3',
          en: 'Sharing one site, partly integrated – vso cluster 3 sites',
        },
        value: 12,
        form: 'colocatie-met-deelintegratie',
        n: 66,
      },
      {
        key: 'een-locatie-deels-geintegreerd-vso-4',
        label: {
          nl: 'Onder één dak en op onderdelen geïntegreerd – vso cluster 4',
          en: 'Sharing one site, partly integrated – vso cluster 4 sites',
        },
        value: 13,
        form: 'colocatie-met-deelintegratie',
        n: 40,
      },
      {
        key: 'een-locatie-deels-geintegreerd-vso',
        label: {
          nl: 'Onder één dak en op onderdelen geïntegreerd – alle vso-locaties',
          en: 'Sharing one site, partly integrated – all vso sites',
        },
        value: 12,
        form: 'colocatie-met-deelintegratie',
      },
      {
        key: 'een-locatie-deels-geintegreerd-pro',
        label: {
          nl: 'Onder één dak en op onderdelen geïntegreerd – pro-scholen',
          en: 'Sharing one site, partly integrated – pro schools',
        },
        value: 7,
        form: 'colocatie-met-deelintegratie',
        n: 69,
      },
      {
        key: 'een-locatie-deels-geintegreerd-swv-vo',
        label: {
          nl: 'Onder één dak en op onderdelen geïntegreerd – samenwerkingsverbanden-vo',
          en: 'Sharing one site, partly integrated – secondary partnerships (swv-vo)',
        },
        value: 18,
        form: 'colocatie-met-deelintegratie',
        n: 49,
      },
      {
        key: 'deels-geintegreerd-eigen-locatie-vso-3',
        label: {
          nl: 'Deels geïntegreerd met behoud van eigen locatie (zoals symbiose, arrangementen, speciale klassen) – vso cluster 3',
          en: 'Partly integrated while keeping own sites (such as symbiose, arrangements, special classes) – vso cluster 3 sites',
        },
        value: 12,
        form: 'intensieve-samenwerking-integratie',
        n: 66,
      },
      {
        key: 'deels-geintegreerd-eigen-locatie-vso-4',
        label: {
          nl: 'Deels geïntegreerd met behoud van eigen locatie (zoals symbiose, arrangementen, speciale klassen) – vso cluster 4',
          en: 'Partly integrated while keeping own sites (such as symbiose, arrangements, special classes) – vso cluster 4 sites',
        },
        value: 10,
        form: 'intensieve-samenwerking-integratie',
        n: 40,
      },
      {
        key: 'deels-geintegreerd-eigen-locatie-vso',
        label: {
          nl: 'Deels geïntegreerd met behoud van eigen locatie (zoals symbiose, arrangementen, speciale klassen) – alle vso-locaties',
          en: 'Partly integrated while keeping own sites (such as symbiose, arrangements, special classes) – all vso sites',
        },
        value: 11,
        form: 'intensieve-samenwerking-integratie',
      },
      {
        key: 'deels-geintegreerd-eigen-locatie-pro',
        label: {
          nl: 'Deels geïntegreerd met behoud van eigen locatie (zoals symbiose, arrangementen, speciale klassen) – pro-scholen',
          en: 'Partly integrated while keeping own sites (such as symbiose, arrangements, special classes) – pro schools',
        },
        value: 13,
        form: 'intensieve-samenwerking-integratie',
        n: 69,
      },
      {
        key: 'deels-geintegreerd-eigen-locatie-swv-vo',
        label: {
          nl: 'Deels geïntegreerd met behoud van eigen locatie (zoals symbiose, arrangementen, speciale klassen) – samenwerkingsverbanden-vo',
          en: 'Partly integrated while keeping own sites (such as symbiose, arrangements, special classes) – secondary partnerships (swv-vo)',
        },
        value: 8,
        form: 'intensieve-samenwerking-integratie',
        n: 49,
      },
      {
        key: 'meer-vso-inzet-in-vo-vso-3',
        label: {
          nl: 'Meer vso-activiteiten in het vo, met een apart vso – vso cluster 3',
          en: 'More vso activity inside vo, with a separate vso – vso cluster 3 sites',
        },
        value: 12,
        n: 66,
      },
      {
        key: 'meer-vso-inzet-in-vo-vso-4',
        label: {
          nl: 'Meer vso-activiteiten in het vo, met een apart vso – vso cluster 4',
          en: 'More vso activity inside vo, with a separate vso – vso cluster 4 sites',
        },
        value: 8,
        n: 40,
      },
      {
        key: 'meer-vso-inzet-in-vo-vso',
        label: {
          nl: 'Meer vso-activiteiten in het vo, met een apart vso – alle vso-locaties',
          en: 'More vso activity inside vo, with a separate vso – all vso sites',
        },
        value: 10,
      },
      {
        key: 'meer-vso-inzet-in-vo-pro',
        label: {
          nl: 'Meer vso-activiteiten in het vo, met een apart vso – pro-scholen',
          en: 'More vso activity inside vo, with a separate vso – pro schools',
        },
        value: 7,
        n: 69,
      },
      {
        key: 'meer-vso-inzet-in-vo-swv-vo',
        label: {
          nl: 'Meer vso-activiteiten in het vo, met een apart vso – samenwerkingsverbanden-vo',
          en: 'More vso activity inside vo, with a separate vso – secondary partnerships (swv-vo)',
        },
        value: 84,
        n: 49,
      },
      {
        key: 'een-locatie-geen-integratie-vso-3',
        label: {
          nl: 'Onder één dak, nog zonder integratie – vso cluster 3',
          en: 'Sharing one site, no integration yet – vso cluster 3 sites',
        },
        value: 6,
        form: 'colocatie-zonder-integratie',
        n: 66,
      },
      {
        key: 'een-locatie-geen-integratie-vso-4',
        label: {
          nl: 'Onder één dak, nog zonder integratie – vso cluster 4',
          en: 'Sharing one site, no integration yet – vso cluster 4 sites',
        },
        value: 13,
        form: 'colocatie-zonder-integratie',
        n: 40,
      },
      {
        key: 'een-locatie-geen-integratie-vso',
        label: {
          nl: 'Onder één dak, nog zonder integratie – alle vso-locaties',
          en: 'Sharing one site, no integration yet – all vso sites',
        },
        value: 9,
        form: 'colocatie-zonder-integratie',
      },
      {
        key: 'een-locatie-geen-integratie-pro',
        label: {
          nl: 'Onder één dak, nog zonder integratie – pro-scholen',
          en: 'Sharing one site, no integration yet – pro schools',
        },
        value: 4,
        form: 'colocatie-zonder-integratie',
        n: 69,
      },
      {
        key: 'een-locatie-geen-integratie-swv-vo',
        label: {
          nl: 'Onder één dak, nog zonder integratie – samenwerkingsverbanden-vo',
          en: 'Sharing one site, no integration yet – secondary partnerships (swv-vo)',
        },
        value: 18,
        form: 'colocatie-zonder-integratie',
        n: 49,
      },
      {
        key: 'bundeling-vso-pro-vso-3',
        label: {
          nl: 'Vso en pro samen in één gespecialiseerde voorziening – vso cluster 3',
          en: 'Vso and pro merged into one specialist provision – vso cluster 3 sites',
        },
        value: 6,
        form: 'bundeling-gespecialiseerde-voorziening',
        n: 66,
      },
      {
        key: 'bundeling-vso-pro-vso-4',
        label: {
          nl: 'Vso en pro samen in één gespecialiseerde voorziening – vso cluster 4',
          en: 'Vso and pro merged into one specialist provision – vso cluster 4 sites',
        },
        value: 10,
        form: 'bundeling-gespecialiseerde-voorziening',
        n: 40,
      },
      {
        key: 'bundeling-vso-pro-vso',
        label: {
          nl: 'Vso en pro samen in één gespecialiseerde voorziening – alle vso-locaties',
          en: 'Vso and pro merged into one specialist provision – all vso sites',
        },
        value: 8,
        form: 'bundeling-gespecialiseerde-voorziening',
      },
      {
        key: 'bundeling-vso-pro-pro',
        label: {
          nl: 'Vso en pro samen in één gespecialiseerde voorziening – pro-scholen',
          en: 'Vso and pro merged into one specialist provision – pro schools',
        },
        value: 7,
        form: 'bundeling-gespecialiseerde-voorziening',
        n: 69,
      },
      {
        key: 'bundeling-vso-pro-swv-vo',
        label: {
          nl: 'Vso en pro samen in één gespecialiseerde voorziening – samenwerkingsverbanden-vo',
          en: 'Vso and pro merged into one specialist provision – secondary partnerships (swv-vo)',
        },
        value: 12,
        form: 'bundeling-gespecialiseerde-voorziening',
        n: 49,
      },
      {
        key: 'bundeling-vso-overig-vo-vso-3',
        label: {
          nl: 'Vso en vmbo, havo of vwo samen in één gespecialiseerde voorziening – vso cluster 3',
          en: 'Vso and vmbo, havo or vwo merged into one specialist provision – vso cluster 3 sites',
        },
        value: 5,
        form: 'bundeling-gespecialiseerde-voorziening',
        n: 66,
      },
      {
        key: 'bundeling-vso-overig-vo-vso-4',
        label: {
          nl: 'Vso en vmbo, havo of vwo samen in één gespecialiseerde voorziening – vso cluster 4',
          en: 'Vso and vmbo, havo or vwo merged into one specialist provision – vso cluster 4 sites',
        },
        value: 10,
        form: 'bundeling-gespecialiseerde-voorziening',
        n: 40,
      },
      {
        key: 'bundeling-vso-overig-vo-vso',
        label: {
          nl: 'Vso en vmbo, havo of vwo samen in één gespecialiseerde voorziening – alle vso-locaties',
          en: 'Vso and vmbo, havo or vwo merged into one specialist provision – all vso sites',
        },
        value: 7,
        form: 'bundeling-gespecialiseerde-voorziening',
      },
      {
        key: 'bundeling-vso-overig-vo-pro',
        label: {
          nl: 'Vso en vmbo, havo of vwo samen in één gespecialiseerde voorziening – pro-scholen',
          en: 'Vso and vmbo, havo or vwo merged into one specialist provision – pro schools',
        },
        value: 4,
        form: 'bundeling-gespecialiseerde-voorziening',
        n: 69,
      },
      {
        key: 'bundeling-vso-overig-vo-swv-vo',
        label: {
          nl: 'Vso en vmbo, havo of vwo samen in één gespecialiseerde voorziening – samenwerkingsverbanden-vo',
          en: 'Vso and vmbo, havo or vwo merged into one specialist provision – secondary partnerships (swv-vo)',
        },
        value: 6,
        form: 'bundeling-gespecialiseerde-voorziening',
        n: 49,
      },
      {
        key: 'opheffing-vso-in-pro-vso-3',
        label: {
          nl: 'Vso-locatie opgeheven en opgenomen in het pro – vso cluster 3',
          en: 'Vso site closed and absorbed into pro – vso cluster 3 sites',
        },
        value: 6,
        form: 'opheffing-vso-locatie',
        n: 66,
      },
      {
        key: 'opheffing-vso-in-pro-vso-4',
        label: {
          nl: 'Vso-locatie opgeheven en opgenomen in het pro – vso cluster 4',
          en: 'Vso site closed and absorbed into pro – vso cluster 4 sites',
        },
        value: 3,
        form: 'opheffing-vso-locatie',
        n: 40,
      },
      {
        key: 'opheffing-vso-in-pro-vso',
        label: {
          nl: 'Vso-locatie opgeheven en opgenomen in het pro – alle vso-locaties',
          en: 'Vso site closed and absorbed into pro – all vso sites',
        },
        value: 5,
        form: 'opheffing-vso-locatie',
      },
      {
        key: 'opheffing-vso-in-pro-pro',
        label: {
          nl: 'Vso-locatie opgeheven en opgenomen in het pro – pro-scholen',
          en: 'Vso site closed and absorbed into pro – pro schools',
        },
        value: 0,
        form: 'opheffing-vso-locatie',
        n: 69,
      },
      {
        key: 'opheffing-vso-in-pro-swv-vo',
        label: {
          nl: 'Vso-locatie opgeheven en opgenomen in het pro – samenwerkingsverbanden-vo',
          en: 'Vso site closed and absorbed into pro – secondary partnerships (swv-vo)',
        },
        value: 4,
        form: 'opheffing-vso-locatie',
        n: 49,
      },
      {
        key: 'samenvoeging-vso-clusters-vso-3',
        label: {
          nl: 'Vso-scholen of clusters 3 en 4 samengevoegd – vso cluster 3',
          en: 'Vso schools or clusters 3 and 4 merged – vso cluster 3 sites',
        },
        value: 3,
        n: 66,
      },
      {
        key: 'samenvoeging-vso-clusters-vso-4',
        label: {
          nl: 'Vso-scholen of clusters 3 en 4 samengevoegd – vso cluster 4',
          en: 'Vso schools or clusters 3 and 4 merged – vso cluster 4 sites',
        },
        value: 3,
        n: 40,
      },
      {
        key: 'samenvoeging-vso-clusters-vso',
        label: {
          nl: 'Vso-scholen of clusters 3 en 4 samengevoegd – alle vso-locaties',
          en: 'Vso schools or clusters 3 and 4 merged – all vso sites',
        },
        value: 3,
      },
      {
        key: 'samenvoeging-vso-clusters-pro',
        label: {
          nl: 'Vso-scholen of clusters 3 en 4 samengevoegd – pro-scholen',
          en: 'Vso schools or clusters 3 and 4 merged – pro schools',
        },
        value: 1,
        n: 69,
      },
      {
        key: 'samenvoeging-vso-clusters-swv-vo',
        label: {
          nl: 'Vso-scholen of clusters 3 en 4 samengevoegd – samenwerkingsverbanden-vo',
          en: 'Vso schools or clusters 3 and 4 merged – secondary partnerships (swv-vo)',
        },
        value: 2,
        n: 49,
      },
      {
        key: 'opheffing-vso-in-overig-vo-vso-3',
        label: {
          nl: 'Vso-locatie opgeheven en opgenomen in overig vo – vso cluster 3',
          en: 'Vso site closed and absorbed into other vo – vso cluster 3 sites',
        },
        value: 2,
        form: 'opheffing-vso-locatie',
        n: 66,
      },
      {
        key: 'opheffing-vso-in-overig-vo-vso-4',
        label: {
          nl: 'Vso-locatie opgeheven en opgenomen in overig vo – vso cluster 4',
          en: 'Vso site closed and absorbed into other vo – vso cluster 4 sites',
        },
        value: 0,
        form: 'opheffing-vso-locatie',
        n: 40,
      },
      {
        key: 'opheffing-vso-in-overig-vo-vso',
        label: {
          nl: 'Vso-locatie opgeheven en opgenomen in overig vo – alle vso-locaties',
          en: 'Vso site closed and absorbed into other vo – all vso sites',
        },
        value: 1,
        form: 'opheffing-vso-locatie',
      },
      {
        key: 'opheffing-vso-in-overig-vo-pro',
        label: {
          nl: 'Vso-locatie opgeheven en opgenomen in overig vo – pro-scholen',
          en: 'Vso site closed and absorbed into other vo – pro schools',
        },
        value: 0,
        form: 'opheffing-vso-locatie',
        n: 69,
      },
      {
        key: 'opheffing-vso-in-overig-vo-swv-vo',
        label: {
          nl: 'Vso-locatie opgeheven en opgenomen in overig vo – samenwerkingsverbanden-vo',
          en: 'Vso site closed and absorbed into other vo – secondary partnerships (swv-vo)',
        },
        value: 8,
        form: 'opheffing-vso-locatie',
        n: 49,
      },
      {
        key: 'andere-vorm-vso-3',
        label: {
          nl: 'Andere, niet nader genoemde vorm van nauwe samenwerking – vso cluster 3',
          en: 'Other, unspecified form of close collaboration – vso cluster 3 sites',
        },
        value: 12,
        form: 'intensieve-samenwerking-integratie',
        n: 66,
      },
      {
        key: 'andere-vorm-vso-4',
        label: {
          nl: 'Andere, niet nader genoemde vorm van nauwe samenwerking – vso cluster 4',
          en: 'Other, unspecified form of close collaboration – vso cluster 4 sites',
        },
        value: 20,
        form: 'intensieve-samenwerking-integratie',
        n: 40,
      },
      {
        key: 'andere-vorm-vso',
        label: {
          nl: 'Andere, niet nader genoemde vorm van nauwe samenwerking – alle vso-locaties',
          en: 'Other, unspecified form of close collaboration – all vso sites',
        },
        value: 15,
        form: 'intensieve-samenwerking-integratie',
      },
      {
        key: 'andere-vorm-pro',
        label: {
          nl: 'Andere, niet nader genoemde vorm van nauwe samenwerking – pro-scholen',
          en: 'Other, unspecified form of close collaboration – pro schools',
        },
        value: 12,
        form: 'intensieve-samenwerking-integratie',
        n: 69,
      },
      {
        key: 'andere-vorm-swv-vo',
        label: {
          nl: 'Andere, niet nader genoemde vorm van nauwe samenwerking – samenwerkingsverbanden-vo',
          en: 'Other, unspecified form of close collaboration – secondary partnerships (swv-vo)',
        },
        value: 8,
        form: 'intensieve-samenwerking-integratie',
        n: 49,
      },
    ],
  },
  {
    id: 'vso-vo-combinaties-swv',
    year: 2018,
    n: 21,
    unit: 'percentage',
    label: {
      nl: 'Vso-vo Tabel 2-5: combinaties in samenwerkingsverbanden',
      en: 'Vso–vo Tabel 2-5: combinations in partnerships',
    },
    description: {
      nl: 'Welke combinaties van vso-clusters en vo-schoolsoorten intensief samenwerken, volgens de samenwerkingsverbanden-vo. Vso cluster 4 met vmbo komt het vaakst voor.',
      en: 'Which combinations of vso clusters and vo school types collaborate intensively, according to the secondary partnerships. Vso cluster 4 with vmbo is the most frequent.',
    },
    base: {
      nl: 'De 21 samenwerkingsverbanden-vo met intensieve samenwerking tussen vso en vo, uit 50 responderende samenwerkingsverbanden (respons 67%).',
      en: 'The 21 secondary partnerships with intensive collaboration between vso and vo, out of 50 responding partnerships (67% response).',
    },
    sources: [{ source: 'vso-vo-samenwerking', section: 'Tabel 2-5', lines: 'L1237-L1251' }],
    note: {
      nl: 'Een samenwerkingsverband kan meer combinaties hebben; de percentages zijn van de 21. Het rapport noemt geen jaartal en geen datum van de enquête; 2018 is het afgeleide publicatiejaar (de casusinterviews liepen van mei tot juli 2017).',
      en: 'A partnership can have several combinations; the percentages are of the 21. The report gives no year and no survey date; 2018 is the inferred year of publication (the case interviews ran from May to July 2017).',
    },
    rows: [
      {
        key: 'pro-vso-3',
        label: { nl: 'Samen met pro – vso cluster 3', en: 'Together with pro – vso cluster 3' },
        value: 29,
        form: 'intensieve-samenwerking-integratie',
      },
      {
        key: 'pro-vso-4',
        label: { nl: 'Samen met pro – vso cluster 4', en: 'Together with pro – vso cluster 4' },
        value: 38,
        form: 'intensieve-samenwerking-integratie',
      },
      {
        key: 'vmbo-vso-3',
        label: { nl: 'Samen met vmbo – vso cluster 3', en: 'Together with vmbo – vso cluster 3' },
        value: 48,
        form: 'intensieve-samenwerking-integratie',
      },
      {
        key: 'vmbo-vso-4',
        label: { nl: 'Samen met vmbo – vso cluster 4', en: 'Together with vmbo – vso cluster 4' },
        value: 71,
        form: 'intensieve-samenwerking-integratie',
      },
      {
        key: 'havo-vso-3',
        label: { nl: 'Samen met havo – vso cluster 3', en: 'Together with havo – vso cluster 3' },
        value: 24,
        form: 'intensieve-samenwerking-integratie',
      },
      {
        key: 'havo-vso-4',
        label: { nl: 'Samen met havo – vso cluster 4', en: 'Together with havo – vso cluster 4' },
        value: 38,
        form: 'intensieve-samenwerking-integratie',
      },
      {
        key: 'vwo-vso-3',
        label: { nl: 'Samen met vwo – vso cluster 3', en: 'Together with vwo – vso cluster 3' },
        value: 24,
        form: 'intensieve-samenwerking-integratie',
      },
      {
        key: 'vwo-vso-4',
        label: { nl: 'Samen met vwo – vso cluster 4', en: 'Together with vwo – vso cluster 4' },
        value: 38,
        form: 'intensieve-samenwerking-integratie',
      },
    ],
  },
  {
    id: 'vso-vo-motieven',
    year: 2018,
    n: 29,
    unit: 'mean',
    scale: { min: 1, max: 5 },
    label: {
      nl: 'Vso-vo Tabel 2-6: motieven voor intensieve samenwerking',
      en: 'Vso–vo Tabel 2-6: motives for intensive collaboration',
    },
    description: {
      nl: 'Hoe zwaar de vijf hoogst scorende motieven wegen wanneer vso en vo nauw samenwerken of integreren, als gemiddelde op een schaal van 1 (niet) tot 5 (in zeer hoge mate). Zie ook de motieven in de catalogus.',
      en: 'How much the five highest-scoring motives weigh in intensive collaboration or integration between vso and vo, as a mean on a scale from 1 (not at all) to 5 (to a very high degree). See also the motives in the catalogue.',
    },
    base: {
      nl: 'Vso-locaties met intensieve samenwerking of integratie (29: 16 in cluster 3, 13 in cluster 4) en 12 pro-scholen.',
      en: 'Vso sites with intensive collaboration or integration (29: 16 in cluster 3, 13 in cluster 4) and 12 pro schools.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: 'Tabel 2-6', lines: 'L1298-L1318' },
      {
        source: 'vso-vo-samenwerking',
        section: 'Motieven voor en beoogde vormen van intensieve samenwerking/integratie',
        lines: 'L1261-L1297',
      },
    ],
    note: {
      nl: 'Er zijn dertien motieven voorgelegd; de tabel toont alleen de vijf hoogste, de andere acht worden niet genoemd. Zoals gedrukt is het vso-totaal voor het gebundelde aanbod (3,6) hoger dan beide clusterscores (3,4 en 2,9), wat voor een gemiddelde van beide clusters niet kan; de waarde staat hier ongewijzigd. Het rapport noemt geen jaartal en geen datum van de enquête; 2018 is het afgeleide publicatiejaar (de casusinterviews liepen van mei tot juli 2017).',
      en: 'Thirteen motives were presented; the table shows only the top five and the other eight are not named. As printed, the vso total for the bundled offer (3.6) is higher than both cluster scores (3.4 and 2.9), which a mean over both clusters cannot be; the value is kept unchanged. The report gives no year and no survey date; 2018 is the inferred year of publication (the case interviews ran from May to July 2017).',
    },
    rows: [
      {
        key: 'groepen-speciale-ondersteuning-vso-3',
        label: {
          nl: 'Groepen leerlingen met speciale ondersteuningsbehoeften beter bedienen – vso cluster 3',
          en: 'Serving groups of pupils with special support needs better – vso cluster 3 sites',
        },
        value: 3.7,
        n: 16,
      },
      {
        key: 'groepen-speciale-ondersteuning-vso-4',
        label: {
          nl: 'Groepen leerlingen met speciale ondersteuningsbehoeften beter bedienen – vso cluster 4',
          en: 'Serving groups of pupils with special support needs better – vso cluster 4 sites',
        },
        value: 4.4,
        n: 13,
      },
      {
        key: 'groepen-speciale-ondersteuning-vso',
        label: {
          nl: 'Groepen leerlingen met speciale ondersteuningsbehoeften beter bedienen – alle vso-locaties',
          en: 'Serving groups of pupils with special support needs better – all vso sites',
        },
        value: 4.0,
      },
      {
        key: 'groepen-speciale-ondersteuning-pro',
        label: {
          nl: 'Groepen leerlingen met speciale ondersteuningsbehoeften beter bedienen – pro-scholen',
          en: 'Serving groups of pupils with special support needs better – pro schools',
        },
        value: 4.2,
        n: 12,
      },
      {
        key: 'individuele-maatwerktrajecten-vso-3',
        label: {
          nl: 'Individuele maatwerktrajecten verbeteren – vso cluster 3',
          en: 'Improving individual tailored pathways – vso cluster 3 sites',
        },
        value: 4.2,
        n: 16,
      },
      {
        key: 'individuele-maatwerktrajecten-vso-4',
        label: {
          nl: 'Individuele maatwerktrajecten verbeteren – vso cluster 4',
          en: 'Improving individual tailored pathways – vso cluster 4 sites',
        },
        value: 3.9,
        n: 13,
      },
      {
        key: 'individuele-maatwerktrajecten-vso',
        label: {
          nl: 'Individuele maatwerktrajecten verbeteren – alle vso-locaties',
          en: 'Improving individual tailored pathways – all vso sites',
        },
        value: 4.1,
      },
      {
        key: 'individuele-maatwerktrajecten-pro',
        label: {
          nl: 'Individuele maatwerktrajecten verbeteren – pro-scholen',
          en: 'Improving individual tailored pathways – pro schools',
        },
        value: 4.0,
        n: 12,
      },
      {
        key: 'gebundeld-specialistisch-aanbod-vso-3',
        label: {
          nl: 'Beter gebundeld specialistisch aanbod in de regio – vso cluster 3',
          en: 'A better-bundled specialist offer in the region – vso cluster 3 sites',
        },
        value: 3.4,
        n: 16,
      },
      {
        key: 'gebundeld-specialistisch-aanbod-vso-4',
        label: {
          nl: 'Beter gebundeld specialistisch aanbod in de regio – vso cluster 4',
          en: 'A better-bundled specialist offer in the region – vso cluster 4 sites',
        },
        value: 2.9,
        n: 13,
      },
      {
        key: 'gebundeld-specialistisch-aanbod-vso',
        label: {
          nl: 'Beter gebundeld specialistisch aanbod in de regio – alle vso-locaties',
          en: 'A better-bundled specialist offer in the region – all vso sites',
        },
        value: 3.6,
      },
      {
        key: 'gebundeld-specialistisch-aanbod-pro',
        label: {
          nl: 'Beter gebundeld specialistisch aanbod in de regio – pro-scholen',
          en: 'A better-bundled specialist offer in the region – pro schools',
        },
        value: 3.4,
        n: 12,
      },
      {
        key: 'leerlingen-groeperen-vso-3',
        label: {
          nl: 'Leerlingen groeperen naar ondersteuningsbehoefte of uitstroomprofiel – vso cluster 3',
          en: 'Grouping pupils by support need or exit profile – vso cluster 3 sites',
        },
        value: 3.2,
        n: 16,
      },
      {
        key: 'leerlingen-groeperen-vso-4',
        label: {
          nl: 'Leerlingen groeperen naar ondersteuningsbehoefte of uitstroomprofiel – vso cluster 4',
          en: 'Grouping pupils by support need or exit profile – vso cluster 4 sites',
        },
        value: 3.7,
        n: 13,
      },
      {
        key: 'leerlingen-groeperen-vso',
        label: {
          nl: 'Leerlingen groeperen naar ondersteuningsbehoefte of uitstroomprofiel – alle vso-locaties',
          en: 'Grouping pupils by support need or exit profile – all vso sites',
        },
        value: 3.4,
      },
      {
        key: 'leerlingen-groeperen-pro',
        label: {
          nl: 'Leerlingen groeperen naar ondersteuningsbehoefte of uitstroomprofiel – pro-scholen',
          en: 'Grouping pupils by support need or exit profile – pro schools',
        },
        value: 3.5,
        n: 12,
      },
      {
        key: 'inclusief-onderwijs-vso-3',
        label: {
          nl: 'Meer inclusief onderwijs in het reguliere vo – vso cluster 3',
          en: 'More inclusive education in mainstream vo – vso cluster 3 sites',
        },
        value: 3.3,
        n: 16,
      },
      {
        key: 'inclusief-onderwijs-vso-4',
        label: {
          nl: 'Meer inclusief onderwijs in het reguliere vo – vso cluster 4',
          en: 'More inclusive education in mainstream vo – vso cluster 4 sites',
        },
        value: 3.1,
        n: 13,
      },
      {
        key: 'inclusief-onderwijs-vso',
        label: {
          nl: 'Meer inclusief onderwijs in het reguliere vo – alle vso-locaties',
          en: 'More inclusive education in mainstream vo – all vso sites',
        },
        value: 3.2,
      },
      {
        key: 'inclusief-onderwijs-pro',
        label: {
          nl: 'Meer inclusief onderwijs in het reguliere vo – pro-scholen',
          en: 'More inclusive education in mainstream vo – pro schools',
        },
        value: 3.7,
        n: 12,
      },
    ],
  },
  {
    id: 'vso-vo-profijt',
    year: 2018,
    n: 23,
    unit: 'mean',
    scale: { min: 1, max: 5 },
    label: {
      nl: 'Vso-vo Tabel 2-7: profijt van intensieve samenwerking',
      en: 'Vso–vo Tabel 2-7: benefits of intensive collaboration',
    },
    description: {
      nl: 'Wat nauwe samenwerking of integratie van vso en vo oplevert, als gemiddelde op een schaal van 1 tot 5. De opbrengst is volgens de bron in dit stadium nog beperkt.',
      en: 'What benefit intensive collaboration or integration between vso and vo yields, as a mean on a scale from 1 to 5. According to the source the yield is still limited at this stage.',
    },
    base: {
      nl: 'Vso-locaties met intensieve samenwerking of integratie (23: 13 in cluster 3, 10 in cluster 4), 12 pro-scholen en 20 samenwerkingsverbanden-vo.',
      en: 'Vso sites with intensive collaboration or integration (23: 13 in cluster 3, 10 in cluster 4), 12 pro schools and 20 secondary partnerships.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: 'Tabel 2-7', lines: 'L1387-L1407' },
      { source: 'vso-vo-samenwerking', section: 'Samenvatting', lines: 'L150-L152' },
    ],
    note: {
      nl: 'De tabel toont alleen de hoogst scorende vormen van profijt. Het rapport noemt geen jaartal en geen datum van de enquête; 2018 is het afgeleide publicatiejaar (de casusinterviews liepen van mei tot juli 2017).',
      en: 'The table shows only the highest-scoring kinds of benefit. The report gives no year and no survey date; 2018 is the inferred year of publication (the case interviews ran from May to July 2017).',
    },
    rows: [
      {
        key: 'ondersteuning-leerlingen-vso-3',
        label: { nl: 'Steun voor leerlingen – vso cluster 3', en: 'Support for pupils – vso cluster 3 sites' },
        value: 3.2,
        n: 13,
      },
      {
        key: 'ondersteuning-leerlingen-vso-4',
        label: { nl: 'Steun voor leerlingen – vso cluster 4', en: 'Support for pupils – vso cluster 4 sites' },
        value: 3.0,
        n: 10,
      },
      {
        key: 'ondersteuning-leerlingen-vso',
        label: { nl: 'Steun voor leerlingen – alle vso-locaties', en: 'Support for pupils – all vso sites' },
        value: 3.1,
      },
      {
        key: 'ondersteuning-leerlingen-pro',
        label: { nl: 'Steun voor leerlingen – pro-scholen', en: 'Support for pupils – pro schools' },
        value: 3.1,
        n: 12,
      },
      {
        key: 'ondersteuning-leerlingen-swv-vo',
        label: {
          nl: 'Steun voor leerlingen – samenwerkingsverbanden-vo',
          en: 'Support for pupils – secondary partnerships (swv-vo)',
        },
        value: 3.5,
        n: 20,
      },
      {
        key: 'inclusief-onderwijs-uitgevoerd-vso-3',
        label: {
          nl: 'Meer inclusief onderwijs in de praktijk – vso cluster 3',
          en: 'More inclusive education in practice – vso cluster 3 sites',
        },
        value: 2.8,
        n: 13,
      },
      {
        key: 'inclusief-onderwijs-uitgevoerd-vso-4',
        label: {
          nl: 'Meer inclusief onderwijs in de praktijk – vso cluster 4',
          en: 'More inclusive education in practice – vso cluster 4 sites',
        },
        value: 2.8,
        n: 10,
      },
      {
        key: 'inclusief-onderwijs-uitgevoerd-vso',
        label: {
          nl: 'Meer inclusief onderwijs in de praktijk – alle vso-locaties',
          en: 'More inclusive education in practice – all vso sites',
        },
        value: 2.8,
      },
      {
        key: 'inclusief-onderwijs-uitgevoerd-pro',
        label: {
          nl: 'Meer inclusief onderwijs in de praktijk – pro-scholen',
          en: 'More inclusive education in practice – pro schools',
        },
        value: 3.2,
        n: 12,
      },
      {
        key: 'inclusief-onderwijs-uitgevoerd-swv-vo',
        label: {
          nl: 'Meer inclusief onderwijs in de praktijk – samenwerkingsverbanden-vo',
          en: 'More inclusive education in practice – secondary partnerships (swv-vo)',
        },
        value: 2.6,
        n: 20,
      },
      {
        key: 'expertise-bundelen-behouden-vso-3',
        label: {
          nl: 'Expertise gebundeld of behouden – vso cluster 3',
          en: 'Expertise bundled or retained – vso cluster 3 sites',
        },
        value: 2.6,
        n: 13,
      },
      {
        key: 'expertise-bundelen-behouden-vso-4',
        label: {
          nl: 'Expertise gebundeld of behouden – vso cluster 4',
          en: 'Expertise bundled or retained – vso cluster 4 sites',
        },
        value: 2.8,
        n: 10,
      },
      {
        key: 'expertise-bundelen-behouden-vso',
        label: {
          nl: 'Expertise gebundeld of behouden – alle vso-locaties',
          en: 'Expertise bundled or retained – all vso sites',
        },
        value: 2.7,
      },
      {
        key: 'expertise-bundelen-behouden-pro',
        label: {
          nl: 'Expertise gebundeld of behouden – pro-scholen',
          en: 'Expertise bundled or retained – pro schools',
        },
        value: 3.2,
        n: 12,
      },
      {
        key: 'expertise-bundelen-behouden-swv-vo',
        label: {
          nl: 'Expertise gebundeld of behouden – samenwerkingsverbanden-vo',
          en: 'Expertise bundled or retained – secondary partnerships (swv-vo)',
        },
        value: 3.7,
        n: 20,
      },
      {
        key: 'kwaliteit-speciale-zorg-vso-3',
        label: {
          nl: 'Kwaliteit van de speciale onderwijszorg – vso cluster 3',
          en: 'Quality of special educational care – vso cluster 3 sites',
        },
        value: 2.3,
        n: 13,
      },
      {
        key: 'kwaliteit-speciale-zorg-vso-4',
        label: {
          nl: 'Kwaliteit van de speciale onderwijszorg – vso cluster 4',
          en: 'Quality of special educational care – vso cluster 4 sites',
        },
        value: 2.8,
        n: 10,
      },
      {
        key: 'kwaliteit-speciale-zorg-vso',
        label: {
          nl: 'Kwaliteit van de speciale onderwijszorg – alle vso-locaties',
          en: 'Quality of special educational care – all vso sites',
        },
        value: 2.5,
      },
      {
        key: 'kwaliteit-speciale-zorg-pro',
        label: {
          nl: 'Kwaliteit van de speciale onderwijszorg – pro-scholen',
          en: 'Quality of special educational care – pro schools',
        },
        value: 3.6,
        n: 12,
      },
      {
        key: 'kwaliteit-speciale-zorg-swv-vo',
        label: {
          nl: 'Kwaliteit van de speciale onderwijszorg – samenwerkingsverbanden-vo',
          en: 'Quality of special educational care – secondary partnerships (swv-vo)',
        },
        value: 3.1,
        n: 20,
      },
      {
        key: 'ondersteuning-personeel-vso-3',
        label: {
          nl: 'Steun voor het eigen personeel – vso cluster 3',
          en: 'Support for the school’s own staff – vso cluster 3 sites',
        },
        value: 2.8,
        n: 13,
      },
      {
        key: 'ondersteuning-personeel-vso-4',
        label: {
          nl: 'Steun voor het eigen personeel – vso cluster 4',
          en: 'Support for the school’s own staff – vso cluster 4 sites',
        },
        value: 2.1,
        n: 10,
      },
      {
        key: 'ondersteuning-personeel-vso',
        label: {
          nl: 'Steun voor het eigen personeel – alle vso-locaties',
          en: 'Support for the school’s own staff – all vso sites',
        },
        value: 2.5,
      },
      {
        key: 'ondersteuning-personeel-pro',
        label: {
          nl: 'Steun voor het eigen personeel – pro-scholen',
          en: 'Support for the school’s own staff – pro schools',
        },
        value: 2.6,
        n: 12,
      },
      {
        key: 'ondersteuning-personeel-swv-vo',
        label: {
          nl: 'Steun voor het eigen personeel – samenwerkingsverbanden-vo',
          en: 'Support for the school’s own staff – secondary partnerships (swv-vo)',
        },
        value: 2.8,
        n: 20,
      },
      {
        key: 'samenwerking-ouders-vso-3',
        label: { nl: 'Samenwerking met ouders – vso cluster 3', en: 'Working with parents – vso cluster 3 sites' },
        value: 2.7,
        n: 13,
      },
      {
        key: 'samenwerking-ouders-vso-4',
        label: { nl: 'Samenwerking met ouders – vso cluster 4', en: 'Working with parents – vso cluster 4 sites' },
        value: 1.8,
        n: 10,
      },
      {
        key: 'samenwerking-ouders-vso',
        label: { nl: 'Samenwerking met ouders – alle vso-locaties', en: 'Working with parents – all vso sites' },
        value: 2.3,
      },
      {
        key: 'samenwerking-ouders-pro',
        label: { nl: 'Samenwerking met ouders – pro-scholen', en: 'Working with parents – pro schools' },
        value: 2.3,
        n: 12,
      },
      {
        key: 'samenwerking-ouders-swv-vo',
        label: {
          nl: 'Samenwerking met ouders – samenwerkingsverbanden-vo',
          en: 'Working with parents – secondary partnerships (swv-vo)',
        },
        value: 2.9,
        n: 20,
      },
    ],
  },
  {
    id: 'vso-vo-knelpunten',
    year: 2018,
    n: 26,
    unit: 'mean',
    scale: { min: 1, max: 5 },
    label: {
      nl: 'Vso-vo Tabel 2-8: knelpunten bij intensieve samenwerking',
      en: 'Vso–vo Tabel 2-8: obstacles to intensive collaboration',
    },
    description: {
      nl: 'Hoe sterk scholen en samenwerkingsverbanden knelpunten ervaren wanneer vso en vo nauw samenwerken of integreren, als gemiddelde op een schaal van 1 (niet) tot 5 (in zeer hoge mate). Wet- en regelgeving en bekostiging scoren het hoogst bij vso (vooral cluster 4) en pro; bij vso cluster 3 scoren organisatorische problemen het hoogst, bij de samenwerkingsverbanden-vo huisvestingsvragen.',
      en: 'How strongly obstacles are felt in intensive collaboration or integration between vso and vo, as a mean on a scale from 1 (not at all) to 5 (to a very high degree). Legislation and funding score highest for vso (especially cluster 4) and pro; for vso cluster 3 organisational problems score highest, for the secondary partnerships housing questions.',
    },
    base: {
      nl: 'Vso-locaties met intensieve samenwerking of integratie (26: 15 in cluster 3, 11 in cluster 4), 12 pro-scholen en 20 samenwerkingsverbanden-vo.',
      en: 'Vso sites with intensive collaboration or integration (26: 15 in cluster 3, 11 in cluster 4), 12 pro schools and 20 secondary partnerships.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: 'Tabel 2-8', lines: 'L1425-L1449' },
      {
        source: 'vso-vo-samenwerking',
        section: 'Knelpunten bij intensieve samenwerking/integratie vso-vo',
        lines: 'L1409-L1461',
      },
    ],
    note: {
      nl: 'Er zijn achttien knelpunten voorgelegd; de tabel toont alleen de hoogst scorende. Op één na scoren alle items onder het midden van de schaal. De tekst noemt voor de samenwerkingsverbanden nog een score buiten de tabel: 2,6 voor beperkte medewerking of steun van jeugdhulp- en zorginstellingen. Het rapport noemt geen jaartal en geen datum van de enquête; 2018 is het afgeleide publicatiejaar (de casusinterviews liepen van mei tot juli 2017).',
      en: 'Eighteen obstacles were presented; the table shows only the highest-scoring ones. All items but one score below the middle of the scale. For the partnerships the text gives one more score outside the table: 2.6 for limited cooperation or support from youth-care and care institutions. The report gives no year and no survey date; 2018 is the inferred year of publication (the case interviews ran from May to July 2017).',
    },
    rows: [
      {
        key: 'wet-regelgeving-bekostiging-vso-3',
        label: {
          nl: 'Problemen door wet- en regelgeving of bekostiging – vso cluster 3',
          en: 'Problems caused by legislation or funding – vso cluster 3 sites',
        },
        value: 2.5,
        n: 15,
      },
      {
        key: 'wet-regelgeving-bekostiging-vso-4',
        label: {
          nl: 'Problemen door wet- en regelgeving of bekostiging – vso cluster 4',
          en: 'Problems caused by legislation or funding – vso cluster 4 sites',
        },
        value: 3.7,
        n: 11,
      },
      {
        key: 'wet-regelgeving-bekostiging-vso',
        label: {
          nl: 'Problemen door wet- en regelgeving of bekostiging – alle vso-locaties',
          en: 'Problems caused by legislation or funding – all vso sites',
        },
        value: 3.0,
      },
      {
        key: 'wet-regelgeving-bekostiging-pro',
        label: {
          nl: 'Problemen door wet- en regelgeving of bekostiging – pro-scholen',
          en: 'Problems caused by legislation or funding – pro schools',
        },
        value: 3.4,
        n: 12,
      },
      {
        key: 'wet-regelgeving-bekostiging-swv-vo',
        label: {
          nl: 'Problemen door wet- en regelgeving of bekostiging – samenwerkingsverbanden-vo',
          en: 'Problems caused by legislation or funding – secondary partnerships (swv-vo)',
        },
        value: 2.8,
        n: 20,
      },
      {
        key: 'organisatorisch-vso-3',
        label: {
          nl: 'Organisatorische problemen – vso cluster 3',
          en: 'Organisational problems – vso cluster 3 sites',
        },
        value: 2.7,
        n: 15,
      },
      {
        key: 'organisatorisch-vso-4',
        label: {
          nl: 'Organisatorische problemen – vso cluster 4',
          en: 'Organisational problems – vso cluster 4 sites',
        },
        value: 2.9,
        n: 11,
      },
      {
        key: 'organisatorisch-vso',
        label: { nl: 'Organisatorische problemen – alle vso-locaties', en: 'Organisational problems – all vso sites' },
        value: 2.8,
      },
      {
        key: 'organisatorisch-pro',
        label: { nl: 'Organisatorische problemen – pro-scholen', en: 'Organisational problems – pro schools' },
        value: 2.8,
        n: 12,
      },
      {
        key: 'organisatorisch-swv-vo',
        label: {
          nl: 'Organisatorische problemen – samenwerkingsverbanden-vo',
          en: 'Organisational problems – secondary partnerships (swv-vo)',
        },
        value: 2.5,
        n: 20,
      },
      {
        key: 'personeel-vso-3',
        label: { nl: 'Personele problemen – vso cluster 3', en: 'Staffing problems – vso cluster 3 sites' },
        value: 2.4,
        n: 15,
      },
      {
        key: 'personeel-vso-4',
        label: { nl: 'Personele problemen – vso cluster 4', en: 'Staffing problems – vso cluster 4 sites' },
        value: 2.5,
        n: 11,
      },
      {
        key: 'personeel-vso',
        label: { nl: 'Personele problemen – alle vso-locaties', en: 'Staffing problems – all vso sites' },
        value: 2.4,
      },
      {
        key: 'personeel-pro',
        label: { nl: 'Personele problemen – pro-scholen', en: 'Staffing problems – pro schools' },
        value: 2.4,
        n: 12,
      },
      {
        key: 'personeel-swv-vo',
        label: {
          nl: 'Personele problemen – samenwerkingsverbanden-vo',
          en: 'Staffing problems – secondary partnerships (swv-vo)',
        },
        value: 2.1,
        n: 20,
      },
      {
        key: 'financieel-vso-3',
        label: { nl: 'Financiële problemen – vso cluster 3', en: 'Financial problems – vso cluster 3 sites' },
        value: 2.2,
        n: 15,
      },
      {
        key: 'financieel-vso-4',
        label: { nl: 'Financiële problemen – vso cluster 4', en: 'Financial problems – vso cluster 4 sites' },
        value: 2.5,
        n: 11,
      },
      {
        key: 'financieel-vso',
        label: { nl: 'Financiële problemen – alle vso-locaties', en: 'Financial problems – all vso sites' },
        value: 2.3,
      },
      {
        key: 'financieel-pro',
        label: { nl: 'Financiële problemen – pro-scholen', en: 'Financial problems – pro schools' },
        value: 2.3,
        n: 12,
      },
      {
        key: 'financieel-swv-vo',
        label: {
          nl: 'Financiële problemen – samenwerkingsverbanden-vo',
          en: 'Financial problems – secondary partnerships (swv-vo)',
        },
        value: 2.3,
        n: 20,
      },
      {
        key: 'spreiding-thuisnabijheid-vso-3',
        label: {
          nl: 'Spreiding en thuisnabijheid – vso cluster 3',
          en: 'Spread of provision and distance from home – vso cluster 3 sites',
        },
        value: 1.8,
        n: 15,
      },
      {
        key: 'spreiding-thuisnabijheid-vso-4',
        label: {
          nl: 'Spreiding en thuisnabijheid – vso cluster 4',
          en: 'Spread of provision and distance from home – vso cluster 4 sites',
        },
        value: 2.5,
        n: 11,
      },
      {
        key: 'spreiding-thuisnabijheid-vso',
        label: {
          nl: 'Spreiding en thuisnabijheid – alle vso-locaties',
          en: 'Spread of provision and distance from home – all vso sites',
        },
        value: 2.1,
      },
      {
        key: 'spreiding-thuisnabijheid-pro',
        label: {
          nl: 'Spreiding en thuisnabijheid – pro-scholen',
          en: 'Spread of provision and distance from home – pro schools',
        },
        value: 2.3,
        n: 12,
      },
      {
        key: 'spreiding-thuisnabijheid-swv-vo',
        label: {
          nl: 'Spreiding en thuisnabijheid – samenwerkingsverbanden-vo',
          en: 'Spread of provision and distance from home – secondary partnerships (swv-vo)',
        },
        value: 2.7,
        n: 20,
      },
      {
        key: 'huisvesting-vso-3',
        label: { nl: 'Vragen over huisvesting – vso cluster 3', en: 'Accommodation issues – vso cluster 3 sites' },
        value: 2.0,
        n: 15,
      },
      {
        key: 'huisvesting-vso-4',
        label: { nl: 'Vragen over huisvesting – vso cluster 4', en: 'Accommodation issues – vso cluster 4 sites' },
        value: 2.6,
        n: 11,
      },
      {
        key: 'huisvesting-vso',
        label: { nl: 'Vragen over huisvesting – alle vso-locaties', en: 'Accommodation issues – all vso sites' },
        value: 2.2,
      },
      {
        key: 'huisvesting-pro',
        label: { nl: 'Vragen over huisvesting – pro-scholen', en: 'Accommodation issues – pro schools' },
        value: 2.1,
        n: 12,
      },
      {
        key: 'huisvesting-swv-vo',
        label: {
          nl: 'Vragen over huisvesting – samenwerkingsverbanden-vo',
          en: 'Accommodation issues – secondary partnerships (swv-vo)',
        },
        value: 2.9,
        n: 20,
      },
      {
        key: 'steun-ocw-vso-3',
        label: {
          nl: 'Weinig medewerking of steun van het ministerie van OCW – vso cluster 3',
          en: 'Little cooperation or support from the Ministry of Education – vso cluster 3 sites',
        },
        value: 2.0,
        n: 15,
      },
      {
        key: 'steun-ocw-vso-4',
        label: {
          nl: 'Weinig medewerking of steun van het ministerie van OCW – vso cluster 4',
          en: 'Little cooperation or support from the Ministry of Education – vso cluster 4 sites',
        },
        value: 2.3,
        n: 11,
      },
      {
        key: 'steun-ocw-vso',
        label: {
          nl: 'Weinig medewerking of steun van het ministerie van OCW – alle vso-locaties',
          en: 'Little cooperation or support from the Ministry of Education – all vso sites',
        },
        value: 2.1,
      },
      {
        key: 'steun-ocw-pro',
        label: {
          nl: 'Weinig medewerking of steun van het ministerie van OCW – pro-scholen',
          en: 'Little cooperation or support from the Ministry of Education – pro schools',
        },
        value: 2.8,
        n: 12,
      },
      {
        key: 'steun-ocw-swv-vo',
        label: {
          nl: 'Weinig medewerking of steun van het ministerie van OCW – samenwerkingsverbanden-vo',
          en: 'Little cooperation or support from the Ministry of Education – secondary partnerships (swv-vo)',
        },
        value: 2.3,
        n: 20,
      },
    ],
  },
  {
    id: 'vso-vo-arrangementen-speciale-klassen',
    year: 2018,
    n: 104,
    unit: 'percentage',
    label: {
      nl: 'Vso-vo Tabel 2-9: arrangementen en speciale klassen',
      en: 'Vso–vo Tabel 2-9: arrangements and special classes',
    },
    description: {
      nl: 'Het aandeel vso-locaties dat met het vo samenwerkt bij arrangementen en bij speciale klassen of voorzieningen in vo-scholen. Cluster 4 doet dit vaker dan cluster 3.',
      en: 'The share of vso sites that work with vo on arrangements and on special classes or facilities in vo schools. Cluster 4 does so more often than cluster 3.',
    },
    base: {
      nl: 'Vso-locaties die de vraag beantwoordden (104: 64 in cluster 3, 40 in cluster 4).',
      en: 'Vso sites that answered the question (104: 64 in cluster 3, 40 in cluster 4).',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: 'Tabel 2-9', lines: 'L1502-L1532' },
      {
        source: 'vso-vo-samenwerking',
        section: '2.3 Inzet vso bij arrangementen, symbiose en voorzieningen',
        lines: 'L1490-L1500',
      },
    ],
    note: {
      nl: 'De rijen autismeklas en speciale klas voor een andere doelgroep verschillen significant tussen de clusters (p<0,05). Klassen en voorzieningen tellen niet als nevenvestiging van het vso. Volgens de tekst is samen 62% van de vso-locaties op een of meer van deze terreinen actief (cluster 4: 78%, cluster 3: 52%). Het rapport noemt geen jaartal en geen datum van de enquête; 2018 is het afgeleide publicatiejaar (de casusinterviews liepen van mei tot juli 2017).',
      en: 'The rows for the autism class and the special class for another target group differ significantly between clusters (p<0.05). Classes and facilities do not count as branch sites of the vso. According to the text, 62% of vso sites are active in one or more of these areas together (cluster 4: 78%, cluster 3: 52%). The report gives no year and no survey date; 2018 is the inferred year of publication (the case interviews ran from May to July 2017).',
    },
    rows: [
      {
        key: 'maatwerkarrangementen-individueel-vso-3',
        label: {
          nl: 'Maatwerkarrangementen voor afzonderlijke vo-leerlingen – vso cluster 3',
          en: 'Tailored arrangements for individual vo pupils – vso cluster 3 sites',
        },
        value: 48,
        form: 'maatwerkarrangementen',
        n: 64,
      },
      {
        key: 'maatwerkarrangementen-individueel-vso-4',
        label: {
          nl: 'Maatwerkarrangementen voor afzonderlijke vo-leerlingen – vso cluster 4',
          en: 'Tailored arrangements for individual vo pupils – vso cluster 4 sites',
        },
        value: 65,
        form: 'maatwerkarrangementen',
        n: 40,
      },
      {
        key: 'maatwerkarrangementen-individueel-vso',
        label: {
          nl: 'Maatwerkarrangementen voor afzonderlijke vo-leerlingen – alle vso-locaties',
          en: 'Tailored arrangements for individual vo pupils – all vso sites',
        },
        value: 55,
        form: 'maatwerkarrangementen',
      },
      {
        key: 'arrangementen-doelgroepen-vso-3',
        label: {
          nl: 'Arrangementen voor bepaalde groepen vo-leerlingen – vso cluster 3',
          en: 'Arrangements for specific groups of vo pupils – vso cluster 3 sites',
        },
        value: 20,
        form: 'maatwerkarrangementen',
        n: 64,
      },
      {
        key: 'arrangementen-doelgroepen-vso-4',
        label: {
          nl: 'Arrangementen voor bepaalde groepen vo-leerlingen – vso cluster 4',
          en: 'Arrangements for specific groups of vo pupils – vso cluster 4 sites',
        },
        value: 30,
        form: 'maatwerkarrangementen',
        n: 40,
      },
      {
        key: 'arrangementen-doelgroepen-vso',
        label: {
          nl: 'Arrangementen voor bepaalde groepen vo-leerlingen – alle vso-locaties',
          en: 'Arrangements for specific groups of vo pupils – all vso sites',
        },
        value: 24,
        form: 'maatwerkarrangementen',
      },
      {
        key: 'autismeklas-vso-3',
        label: {
          nl: 'Autismeklas in een vo-school met steun van het vso – vso cluster 3',
          en: 'Autism class in a vo school supported by vso – vso cluster 3 sites',
        },
        value: 3,
        form: 'speciale-klassen',
        n: 64,
      },
      {
        key: 'autismeklas-vso-4',
        label: {
          nl: 'Autismeklas in een vo-school met steun van het vso – vso cluster 4',
          en: 'Autism class in a vo school supported by vso – vso cluster 4 sites',
        },
        value: 15,
        form: 'speciale-klassen',
        n: 40,
      },
      {
        key: 'autismeklas-vso',
        label: {
          nl: 'Autismeklas in een vo-school met steun van het vso – alle vso-locaties',
          en: 'Autism class in a vo school supported by vso – all vso sites',
        },
        value: 8,
        form: 'speciale-klassen',
      },
      {
        key: 'speciale-klas-andere-doelgroep-vso-3',
        label: {
          nl: 'Speciale klas voor een andere doelgroep in het vo, met vso-steun – vso cluster 3',
          en: 'Special class for another target group in vo, with vso support – vso cluster 3 sites',
        },
        value: 8,
        form: 'speciale-klassen',
        n: 64,
      },
      {
        key: 'speciale-klas-andere-doelgroep-vso-4',
        label: {
          nl: 'Speciale klas voor een andere doelgroep in het vo, met vso-steun – vso cluster 4',
          en: 'Special class for another target group in vo, with vso support – vso cluster 4 sites',
        },
        value: 28,
        form: 'speciale-klassen',
        n: 40,
      },
      {
        key: 'speciale-klas-andere-doelgroep-vso',
        label: {
          nl: 'Speciale klas voor een andere doelgroep in het vo, met vso-steun – alle vso-locaties',
          en: 'Special class for another target group in vo, with vso support – all vso sites',
        },
        value: 15,
        form: 'speciale-klassen',
      },
      {
        key: 'tijdelijke-opvangvoorziening-vso-3',
        label: {
          nl: 'Tijdelijke opvang- of ondersteuningsvoorziening in vo-scholen – vso cluster 3',
          en: 'Temporary care or support facility in vo schools – vso cluster 3 sites',
        },
        value: 3,
        form: 'speciale-klassen',
        n: 64,
      },
      {
        key: 'tijdelijke-opvangvoorziening-vso-4',
        label: {
          nl: 'Tijdelijke opvang- of ondersteuningsvoorziening in vo-scholen – vso cluster 4',
          en: 'Temporary care or support facility in vo schools – vso cluster 4 sites',
        },
        value: 10,
        form: 'speciale-klassen',
        n: 40,
      },
      {
        key: 'tijdelijke-opvangvoorziening-vso',
        label: {
          nl: 'Tijdelijke opvang- of ondersteuningsvoorziening in vo-scholen – alle vso-locaties',
          en: 'Temporary care or support facility in vo schools – all vso sites',
        },
        value: 6,
        form: 'speciale-klassen',
      },
    ],
  },
  {
    id: 'vso-vo-voorzieningen-swv',
    year: 2018,
    n: 103,
    unit: 'percentage',
    label: {
      nl: 'Vso-vo Tabel 2-10: deelname aan voorzieningen van het swv',
      en: 'Vso–vo Tabel 2-10: taking part in partnership provisions',
    },
    description: {
      nl: 'Het aandeel vso-locaties en pro-scholen dat meedoet aan ondersteuning in voorzieningen van het samenwerkingsverband-vo.',
      en: 'The share of vso sites and pro schools that take part in support within provisions of the secondary partnership.',
    },
    base: {
      nl: 'Vso-locaties die de vraag beantwoordden (103: 63 in cluster 3, 40 in cluster 4) en 66 pro-scholen.',
      en: 'Vso sites that answered the question (103: 63 in cluster 3, 40 in cluster 4) and 66 pro schools.',
    },
    sources: [{ source: 'vso-vo-samenwerking', section: 'Tabel 2-10', lines: 'L1664-L1678' }],
    note: {
      nl: 'De rij andere (tussen)voorziening verschilt significant tussen de clusters (p<0,05). Het rapport noemt geen jaartal en geen datum van de enquête; 2018 is het afgeleide publicatiejaar (de casusinterviews liepen van mei tot juli 2017).',
      en: 'The row for other (intermediate) provision differs significantly between clusters (p<0.05). The report gives no year and no survey date; 2018 is the inferred year of publication (the case interviews ran from May to July 2017).',
    },
    rows: [
      {
        key: 'herintegratie-thuiszitters-vso-3',
        label: {
          nl: 'Arrangementen om thuiszitters weer naar school te laten gaan – vso cluster 3',
          en: 'Arrangements to bring pupils who stay at home back to school – vso cluster 3 sites',
        },
        value: 38,
        form: 'thuiszittersarrangementen',
        n: 63,
      },
      {
        key: 'herintegratie-thuiszitters-vso-4',
        label: {
          nl: 'Arrangementen om thuiszitters weer naar school te laten gaan – vso cluster 4',
          en: 'Arrangements to bring pupils who stay at home back to school – vso cluster 4 sites',
        },
        value: 53,
        form: 'thuiszittersarrangementen',
        n: 40,
      },
      {
        key: 'herintegratie-thuiszitters-vso',
        label: {
          nl: 'Arrangementen om thuiszitters weer naar school te laten gaan – alle vso-locaties',
          en: 'Arrangements to bring pupils who stay at home back to school – all vso sites',
        },
        value: 44,
        form: 'thuiszittersarrangementen',
      },
      {
        key: 'herintegratie-thuiszitters-pro',
        label: {
          nl: 'Arrangementen om thuiszitters weer naar school te laten gaan – pro-scholen',
          en: 'Arrangements to bring pupils who stay at home back to school – pro schools',
        },
        value: 44,
        form: 'thuiszittersarrangementen',
        n: 66,
      },
      {
        key: 'opdc-vso-3',
        label: {
          nl: 'Opdc of tijdelijke onderwijsvoorziening van het samenwerkingsverband – vso cluster 3',
          en: 'Opdc or temporary teaching provision of the partnership – vso cluster 3 sites',
        },
        value: 22,
        form: 'opdc-tijdelijke-voorziening',
        n: 63,
      },
      {
        key: 'opdc-vso-4',
        label: {
          nl: 'Opdc of tijdelijke onderwijsvoorziening van het samenwerkingsverband – vso cluster 4',
          en: 'Opdc or temporary teaching provision of the partnership – vso cluster 4 sites',
        },
        value: 33,
        form: 'opdc-tijdelijke-voorziening',
        n: 40,
      },
      {
        key: 'opdc-vso',
        label: {
          nl: 'Opdc of tijdelijke onderwijsvoorziening van het samenwerkingsverband – alle vso-locaties',
          en: 'Opdc or temporary teaching provision of the partnership – all vso sites',
        },
        value: 26,
        form: 'opdc-tijdelijke-voorziening',
      },
      {
        key: 'opdc-pro',
        label: {
          nl: 'Opdc of tijdelijke onderwijsvoorziening van het samenwerkingsverband – pro-scholen',
          en: 'Opdc or temporary teaching provision of the partnership – pro schools',
        },
        value: 41,
        form: 'opdc-tijdelijke-voorziening',
        n: 66,
      },
      {
        key: 'andere-tussenvoorziening-vso-3',
        label: {
          nl: 'Andere (tussen)voorziening van het samenwerkingsverband – vso cluster 3',
          en: 'Other (intermediate) provision of the partnership – vso cluster 3 sites',
        },
        value: 6,
        form: 'arrangementen-symbiose-voorzieningen',
        n: 63,
      },
      {
        key: 'andere-tussenvoorziening-vso-4',
        label: {
          nl: 'Andere (tussen)voorziening van het samenwerkingsverband – vso cluster 4',
          en: 'Other (intermediate) provision of the partnership – vso cluster 4 sites',
        },
        value: 28,
        form: 'arrangementen-symbiose-voorzieningen',
        n: 40,
      },
      {
        key: 'andere-tussenvoorziening-vso',
        label: {
          nl: 'Andere (tussen)voorziening van het samenwerkingsverband – alle vso-locaties',
          en: 'Other (intermediate) provision of the partnership – all vso sites',
        },
        value: 15,
        form: 'arrangementen-symbiose-voorzieningen',
      },
      {
        key: 'andere-tussenvoorziening-pro',
        label: {
          nl: 'Andere (tussen)voorziening van het samenwerkingsverband – pro-scholen',
          en: 'Other (intermediate) provision of the partnership – pro schools',
        },
        value: 18,
        form: 'arrangementen-symbiose-voorzieningen',
        n: 66,
      },
    ],
  },
  {
    id: 'vso-vo-arrangementen-volgens-swv',
    year: 2018,
    n: 49,
    unit: 'percentage',
    label: {
      nl: 'Vso-vo Tabel 2-11: arrangementen en voorzieningen volgens swv',
      en: 'Vso–vo Tabel 2-11: arrangements and provisions per partnerships',
    },
    description: {
      nl: 'Met welk vso-cluster het vo samenwerkt bij arrangementen, symbiose en voorzieningen, zoals de samenwerkingsverbanden-vo het zien. Zij melden dit anderhalf tot twee keer zo vaak als de vso-scholen.',
      en: 'With which vso cluster vo works on arrangements, symbiose and provisions, as the secondary partnerships see it. They report this one and a half to two times as often as the vso schools.',
    },
    base: {
      nl: '49 samenwerkingsverbanden-vo; elk antwoordt namens alle vso- en vo-scholen binnen zijn regio.',
      en: '49 secondary partnerships, which answer for all vso and vo sites in their area.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: 'Tabel 2-11', lines: 'L1704-L1748' },
      {
        source: 'vso-vo-samenwerking',
        section: '2.3 Inzet vso bij arrangementen, symbiose en voorzieningen',
        lines: 'L1682-L1702',
      },
    ],
    note: {
      nl: 'Samenwerkingsverbanden spreken voor hun hele gebied, scholen alleen voor zichzelf; de cijfers zijn daarom niet rechtstreeks te vergelijken met Tabel 2-9 en 2-10. Het rapport noemt geen jaartal en geen datum van de enquête; 2018 is het afgeleide publicatiejaar (de casusinterviews liepen van mei tot juli 2017).',
      en: 'Partnerships speak for their whole area, schools only for themselves; the figures are therefore not directly comparable with Tabel 2-9 and 2-10. The report gives no year and no survey date; 2018 is the inferred year of publication (the case interviews ran from May to July 2017).',
    },
    rows: [
      {
        key: 'maatwerkarrangementen-individueel-met-vso-3',
        label: {
          nl: 'Maatwerkarrangementen voor afzonderlijke vo-leerlingen – met vso cluster 3',
          en: 'Tailored arrangements for individual vo pupils – with vso cluster 3',
        },
        value: 4,
        form: 'maatwerkarrangementen',
      },
      {
        key: 'maatwerkarrangementen-individueel-met-vso-4',
        label: {
          nl: 'Maatwerkarrangementen voor afzonderlijke vo-leerlingen – met vso cluster 4',
          en: 'Tailored arrangements for individual vo pupils – with vso cluster 4',
        },
        value: 27,
        form: 'maatwerkarrangementen',
      },
      {
        key: 'maatwerkarrangementen-individueel-met-vso-3-en-4',
        label: {
          nl: 'Maatwerkarrangementen voor afzonderlijke vo-leerlingen – met vso cluster 3 en 4',
          en: 'Tailored arrangements for individual vo pupils – with vso clusters 3 and 4',
        },
        value: 63,
        form: 'maatwerkarrangementen',
      },
      {
        key: 'maatwerkarrangementen-individueel-geen',
        label: {
          nl: 'Maatwerkarrangementen voor afzonderlijke vo-leerlingen – geen',
          en: 'Tailored arrangements for individual vo pupils – none',
        },
        value: 4,
        form: 'maatwerkarrangementen',
      },
      {
        key: 'maatwerkarrangementen-individueel-weet-niet',
        label: {
          nl: 'Maatwerkarrangementen voor afzonderlijke vo-leerlingen – weet niet',
          en: 'Tailored arrangements for individual vo pupils – does not know',
        },
        value: 2,
        form: 'maatwerkarrangementen',
      },
      {
        key: 'arrangementen-doelgroepen-met-vso-3',
        label: {
          nl: 'Arrangementen voor bepaalde groepen vo-leerlingen – met vso cluster 3',
          en: 'Arrangements for specific groups of vo pupils – with vso cluster 3',
        },
        value: 4,
        form: 'maatwerkarrangementen',
      },
      {
        key: 'arrangementen-doelgroepen-met-vso-4',
        label: {
          nl: 'Arrangementen voor bepaalde groepen vo-leerlingen – met vso cluster 4',
          en: 'Arrangements for specific groups of vo pupils – with vso cluster 4',
        },
        value: 39,
        form: 'maatwerkarrangementen',
      },
      {
        key: 'arrangementen-doelgroepen-met-vso-3-en-4',
        label: {
          nl: 'Arrangementen voor bepaalde groepen vo-leerlingen – met vso cluster 3 en 4',
          en: 'Arrangements for specific groups of vo pupils – with vso clusters 3 and 4',
        },
        value: 29,
        form: 'maatwerkarrangementen',
      },
      {
        key: 'arrangementen-doelgroepen-geen',
        label: {
          nl: 'Arrangementen voor bepaalde groepen vo-leerlingen – geen',
          en: 'Arrangements for specific groups of vo pupils – none',
        },
        value: 27,
        form: 'maatwerkarrangementen',
      },
      {
        key: 'arrangementen-doelgroepen-weet-niet',
        label: {
          nl: 'Arrangementen voor bepaalde groepen vo-leerlingen – weet niet',
          en: 'Arrangements for specific groups of vo pupils – does not know',
        },
        value: 2,
        form: 'maatwerkarrangementen',
      },
      {
        key: 'tijdelijke-opvangvoorziening-met-vso-3',
        label: {
          nl: 'Tijdelijke opvang- of ondersteuningsvoorziening in vo-scholen – met vso cluster 3',
          en: 'Temporary care or support facility in vo schools – with vso cluster 3',
        },
        value: 0,
        form: 'speciale-klassen',
      },
      {
        key: 'tijdelijke-opvangvoorziening-met-vso-4',
        label: {
          nl: 'Tijdelijke opvang- of ondersteuningsvoorziening in vo-scholen – met vso cluster 4',
          en: 'Temporary care or support facility in vo schools – with vso cluster 4',
        },
        value: 37,
        form: 'speciale-klassen',
      },
      {
        key: 'tijdelijke-opvangvoorziening-met-vso-3-en-4',
        label: {
          nl: 'Tijdelijke opvang- of ondersteuningsvoorziening in vo-scholen – met vso cluster 3 en 4',
          en: 'Temporary care or support facility in vo schools – with vso clusters 3 and 4',
        },
        value: 16,
        form: 'speciale-klassen',
      },
      {
        key: 'tijdelijke-opvangvoorziening-geen',
        label: {
          nl: 'Tijdelijke opvang- of ondersteuningsvoorziening in vo-scholen – geen',
          en: 'Temporary care or support facility in vo schools – none',
        },
        value: 45,
        form: 'speciale-klassen',
      },
      {
        key: 'tijdelijke-opvangvoorziening-weet-niet',
        label: {
          nl: 'Tijdelijke opvang- of ondersteuningsvoorziening in vo-scholen – weet niet',
          en: 'Temporary care or support facility in vo schools – does not know',
        },
        value: 2,
        form: 'speciale-klassen',
      },
      {
        key: 'symbiose-vso-in-vo-met-vso-3',
        label: {
          nl: 'Symbiose: vso-leerlingen volgen les in het vo – met vso cluster 3',
          en: 'Symbiose: vso pupils taking lessons in vo – with vso cluster 3',
        },
        value: 8,
        form: 'symbiose-meetellen-onderwijstijd',
      },
      {
        key: 'symbiose-vso-in-vo-met-vso-4',
        label: {
          nl: 'Symbiose: vso-leerlingen volgen les in het vo – met vso cluster 4',
          en: 'Symbiose: vso pupils taking lessons in vo – with vso cluster 4',
        },
        value: 41,
        form: 'symbiose-meetellen-onderwijstijd',
      },
      {
        key: 'symbiose-vso-in-vo-met-vso-3-en-4',
        label: {
          nl: 'Symbiose: vso-leerlingen volgen les in het vo – met vso cluster 3 en 4',
          en: 'Symbiose: vso pupils taking lessons in vo – with vso clusters 3 and 4',
        },
        value: 14,
        form: 'symbiose-meetellen-onderwijstijd',
      },
      {
        key: 'symbiose-vso-in-vo-geen',
        label: {
          nl: 'Symbiose: vso-leerlingen volgen les in het vo – geen',
          en: 'Symbiose: vso pupils taking lessons in vo – none',
        },
        value: 33,
        form: 'symbiose-meetellen-onderwijstijd',
      },
      {
        key: 'symbiose-vso-in-vo-weet-niet',
        label: {
          nl: 'Symbiose: vso-leerlingen volgen les in het vo – weet niet',
          en: 'Symbiose: vso pupils taking lessons in vo – does not know',
        },
        value: 4,
        form: 'symbiose-meetellen-onderwijstijd',
      },
      {
        key: 'meetellen-vo-in-vso-met-vso-3',
        label: {
          nl: 'Symbiose of meetellen: vo-leerlingen volgen les in het vso – met vso cluster 3',
          en: 'Symbiose or shared counting: vo pupils taking lessons in vso – with vso cluster 3',
        },
        value: 2,
        form: 'symbiose-meetellen-onderwijstijd',
      },
      {
        key: 'meetellen-vo-in-vso-met-vso-4',
        label: {
          nl: 'Symbiose of meetellen: vo-leerlingen volgen les in het vso – met vso cluster 4',
          en: 'Symbiose or shared counting: vo pupils taking lessons in vso – with vso cluster 4',
        },
        value: 16,
        form: 'symbiose-meetellen-onderwijstijd',
      },
      {
        key: 'meetellen-vo-in-vso-met-vso-3-en-4',
        label: {
          nl: 'Symbiose of meetellen: vo-leerlingen volgen les in het vso – met vso cluster 3 en 4',
          en: 'Symbiose or shared counting: vo pupils taking lessons in vso – with vso clusters 3 and 4',
        },
        value: 10,
        form: 'symbiose-meetellen-onderwijstijd',
      },
      {
        key: 'meetellen-vo-in-vso-geen',
        label: {
          nl: 'Symbiose of meetellen: vo-leerlingen volgen les in het vso – geen',
          en: 'Symbiose or shared counting: vo pupils taking lessons in vso – none',
        },
        value: 45,
        form: 'symbiose-meetellen-onderwijstijd',
      },
      {
        key: 'meetellen-vo-in-vso-weet-niet',
        label: {
          nl: 'Symbiose of meetellen: vo-leerlingen volgen les in het vso – weet niet',
          en: 'Symbiose or shared counting: vo pupils taking lessons in vso – does not know',
        },
        value: 27,
        form: 'symbiose-meetellen-onderwijstijd',
      },
      {
        key: 'herintegratie-thuiszitters-met-vso-3',
        label: {
          nl: 'Vso betrokken bij arrangementen voor thuiszitters – met vso cluster 3',
          en: 'Vso involved in arrangements for pupils who stay at home – with vso cluster 3',
        },
        value: 2,
        form: 'thuiszittersarrangementen',
      },
      {
        key: 'herintegratie-thuiszitters-met-vso-4',
        label: {
          nl: 'Vso betrokken bij arrangementen voor thuiszitters – met vso cluster 4',
          en: 'Vso involved in arrangements for pupils who stay at home – with vso cluster 4',
        },
        value: 27,
        form: 'thuiszittersarrangementen',
      },
      {
        key: 'herintegratie-thuiszitters-met-vso-3-en-4',
        label: {
          nl: 'Vso betrokken bij arrangementen voor thuiszitters – met vso cluster 3 en 4',
          en: 'Vso involved in arrangements for pupils who stay at home – with vso clusters 3 and 4',
        },
        value: 31,
        form: 'thuiszittersarrangementen',
      },
      {
        key: 'herintegratie-thuiszitters-geen',
        label: {
          nl: 'Vso betrokken bij arrangementen voor thuiszitters – geen',
          en: 'Vso involved in arrangements for pupils who stay at home – none',
        },
        value: 27,
        form: 'thuiszittersarrangementen',
      },
      {
        key: 'herintegratie-thuiszitters-weet-niet',
        label: {
          nl: 'Vso betrokken bij arrangementen voor thuiszitters – weet niet',
          en: 'Vso involved in arrangements for pupils who stay at home – does not know',
        },
        value: 14,
        form: 'thuiszittersarrangementen',
      },
      {
        key: 'opdc-rebound-met-vso-3',
        label: {
          nl: 'Vso betrokken bij opdc of rebound – met vso cluster 3',
          en: 'Vso involved in opdc or rebound provision – with vso cluster 3',
        },
        value: 0,
        form: 'opdc-tijdelijke-voorziening',
      },
      {
        key: 'opdc-rebound-met-vso-4',
        label: {
          nl: 'Vso betrokken bij opdc of rebound – met vso cluster 4',
          en: 'Vso involved in opdc or rebound provision – with vso cluster 4',
        },
        value: 43,
        form: 'opdc-tijdelijke-voorziening',
      },
      {
        key: 'opdc-rebound-met-vso-3-en-4',
        label: {
          nl: 'Vso betrokken bij opdc of rebound – met vso cluster 3 en 4',
          en: 'Vso involved in opdc or rebound provision – with vso clusters 3 and 4',
        },
        value: 8,
        form: 'opdc-tijdelijke-voorziening',
      },
      {
        key: 'opdc-rebound-geen',
        label: {
          nl: 'Vso betrokken bij opdc of rebound – geen',
          en: 'Vso involved in opdc or rebound provision – none',
        },
        value: 45,
        form: 'opdc-tijdelijke-voorziening',
      },
      {
        key: 'opdc-rebound-weet-niet',
        label: {
          nl: 'Vso betrokken bij opdc of rebound – weet niet',
          en: 'Vso involved in opdc or rebound provision – does not know',
        },
        value: 4,
        form: 'opdc-tijdelijke-voorziening',
      },
      {
        key: 'andere-tussenvoorziening-met-vso-3',
        label: {
          nl: 'Vso betrokken bij een andere (tussen)voorziening – met vso cluster 3',
          en: 'Vso involved in another (intermediate) provision – with vso cluster 3',
        },
        value: 2,
        form: 'arrangementen-symbiose-voorzieningen',
      },
      {
        key: 'andere-tussenvoorziening-met-vso-4',
        label: {
          nl: 'Vso betrokken bij een andere (tussen)voorziening – met vso cluster 4',
          en: 'Vso involved in another (intermediate) provision – with vso cluster 4',
        },
        value: 20,
        form: 'arrangementen-symbiose-voorzieningen',
      },
      {
        key: 'andere-tussenvoorziening-met-vso-3-en-4',
        label: {
          nl: 'Vso betrokken bij een andere (tussen)voorziening – met vso cluster 3 en 4',
          en: 'Vso involved in another (intermediate) provision – with vso clusters 3 and 4',
        },
        value: 12,
        form: 'arrangementen-symbiose-voorzieningen',
      },
      {
        key: 'andere-tussenvoorziening-geen',
        label: {
          nl: 'Vso betrokken bij een andere (tussen)voorziening – geen',
          en: 'Vso involved in another (intermediate) provision – none',
        },
        value: 61,
        form: 'arrangementen-symbiose-voorzieningen',
      },
      {
        key: 'andere-tussenvoorziening-weet-niet',
        label: {
          nl: 'Vso betrokken bij een andere (tussen)voorziening – weet niet',
          en: 'Vso involved in another (intermediate) provision – does not know',
        },
        value: 4,
        form: 'arrangementen-symbiose-voorzieningen',
      },
    ],
  },
  {
    id: 'vso-vo-verwachte-toename-arrangementen',
    year: 2018,
    n: null,
    unit: 'percentage',
    label: {
      nl: 'Vso-vo Tabel 2-12: verwachte groei bij arrangementen',
      en: 'Vso–vo Tabel 2-12: expected growth in arrangements',
    },
    description: {
      nl: 'Het aandeel vso-locaties en pro-scholen dat verwacht dat vso en vo meer gaan samenwerken op arrangementen, symbiose en voorzieningen.',
      en: 'The share of vso sites and pro schools that expect collaboration between vso and vo on arrangements, symbiose and provisions to grow.',
    },
    base: {
      nl: 'Vso-locaties en pro-scholen die het onderdeel beantwoordden; het aantal verschilt per rij (vso 74 tot 88, pro 44 tot 58) en staat bij elke rij.',
      en: 'Vso sites and pro schools that answered the item; the number differs per row (vso 74 to 88, pro 44 to 58) and is given on every row.',
    },
    sources: [{ source: 'vso-vo-samenwerking', section: 'Tabel 2-12', lines: 'L1826-L1850' }],
    note: {
      nl: 'De tabel heeft geen enkel n voor het geheel, alleen een n per rij en groep; daarom is n hier leeg. Het rapport noemt geen jaartal en geen datum van de enquête; 2018 is het afgeleide publicatiejaar (de casusinterviews liepen van mei tot juli 2017).',
      en: 'The table has no single n for the whole, only an n per row and group; n is therefore empty here. The report gives no year and no survey date; 2018 is the inferred year of publication (the case interviews ran from May to July 2017).',
    },
    rows: [
      {
        key: 'maatwerk-groepsarrangementen-vso',
        label: {
          nl: 'Maatwerk- en groepsarrangementen – alle vso-locaties',
          en: 'Tailored and group arrangements – all vso sites',
        },
        value: 74,
        form: 'maatwerkarrangementen',
        n: 88,
      },
      {
        key: 'maatwerk-groepsarrangementen-pro',
        label: {
          nl: 'Maatwerk- en groepsarrangementen – pro-scholen',
          en: 'Tailored and group arrangements – pro schools',
        },
        value: 57,
        form: 'maatwerkarrangementen',
        n: 58,
      },
      {
        key: 'speciale-klassen-vso',
        label: {
          nl: 'Speciale klassen voor groepen leerlingen – alle vso-locaties',
          en: 'Special classes for groups of pupils – all vso sites',
        },
        value: 54,
        form: 'speciale-klassen',
        n: 78,
      },
      {
        key: 'speciale-klassen-pro',
        label: {
          nl: 'Speciale klassen voor groepen leerlingen – pro-scholen',
          en: 'Special classes for groups of pupils – pro schools',
        },
        value: 27,
        form: 'speciale-klassen',
        n: 45,
      },
      {
        key: 'bovenschoolse-voorzieningen-vso',
        label: {
          nl: '(Bovenschoolse) voorzieningen voor groepen leerlingen – alle vso-locaties',
          en: '(Cross-school) provisions for groups of pupils – all vso sites',
        },
        value: 54,
        form: 'arrangementen-symbiose-voorzieningen',
        n: 79,
      },
      {
        key: 'bovenschoolse-voorzieningen-pro',
        label: {
          nl: '(Bovenschoolse) voorzieningen voor groepen leerlingen – pro-scholen',
          en: '(Cross-school) provisions for groups of pupils – pro schools',
        },
        value: 35,
        form: 'arrangementen-symbiose-voorzieningen',
        n: 49,
      },
      {
        key: 'symbiose-vso-in-vo-vso',
        label: {
          nl: 'Symbiose: vso-leerlingen volgen les in het vo – alle vso-locaties',
          en: 'Symbiose: vso pupils taking lessons in vo – all vso sites',
        },
        value: 55,
        form: 'symbiose-meetellen-onderwijstijd',
        n: 84,
      },
      {
        key: 'symbiose-vso-in-vo-pro',
        label: {
          nl: 'Symbiose: vso-leerlingen volgen les in het vo – pro-scholen',
          en: 'Symbiose: vso pupils taking lessons in vo – pro schools',
        },
        value: 43,
        form: 'symbiose-meetellen-onderwijstijd',
        n: 53,
      },
      {
        key: 'meetellen-vo-in-vso-vso',
        label: {
          nl: 'Meetellen van onderwijstijd: vo-leerlingen in het vso – alle vso-locaties',
          en: 'Shared counting of teaching time: vo pupils in vso – all vso sites',
        },
        value: 34,
        form: 'symbiose-meetellen-onderwijstijd',
        n: 74,
      },
      {
        key: 'meetellen-vo-in-vso-pro',
        label: {
          nl: 'Meetellen van onderwijstijd: vo-leerlingen in het vso – pro-scholen',
          en: 'Shared counting of teaching time: vo pupils in vso – pro schools',
        },
        value: 22,
        form: 'symbiose-meetellen-onderwijstijd',
        n: 44,
      },
    ],
  },
  {
    id: 'vso-vo-diagnostische-expertise',
    year: 2018,
    n: 101,
    unit: 'percentage',
    label: {
      nl: 'Vso-vo Tabel 2-13: inzet van diagnostische expertise',
      en: 'Vso–vo Tabel 2-13: use of diagnostic expertise',
    },
    description: {
      nl: 'Het aandeel vso-locaties en pro-scholen waarvan de diagnostische expertise structureel in het vo wordt ingezet.',
      en: 'The share of vso sites and pro schools whose diagnostic expertise is used structurally in vo.',
    },
    base: {
      nl: 'Vso-locaties die de vraag beantwoordden (101: 61 in cluster 3, 40 in cluster 4) en 65 pro-scholen.',
      en: 'Vso sites that answered the question (101: 61 in cluster 3, 40 in cluster 4) and 65 pro schools.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: 'Tabel 2-13', lines: 'L1947-L1965' },
      {
        source: 'vso-vo-samenwerking',
        section: '2.4 Inzet vso bij diagnostiek, preventie en lichte ondersteuning',
        lines: 'L1929-L1939',
      },
    ],
    note: {
      nl: 'De samenwerkingsverbanden melden structurele inzet voor het bepalen van ondersteuningsbehoeften vaker (23%) dan de vso-scholen zelf (6%); die cijfers staan in de tekst, niet in de tabel. Het rapport noemt geen jaartal en geen datum van de enquête; 2018 is het afgeleide publicatiejaar (de casusinterviews liepen van mei tot juli 2017).',
      en: 'The partnerships report structural use for determining support needs more often (23%) than the vso schools themselves (6%); those figures are in the text, not in the table. The report gives no year and no survey date; 2018 is the inferred year of publication (the case interviews ran from May to July 2017).',
    },
    rows: [
      {
        key: 'tlv-onderzoek-vso-3',
        label: {
          nl: 'Structureel ingezet bij onderzoek voor toelaatbaarheidsverklaringen, op verzoek van het swv – vso cluster 3',
          en: 'Used structurally in assessments for admission statements (tlv), at the partnership’s request – vso cluster 3 sites',
        },
        value: 30,
        form: 'diagnostische-inzet',
        n: 61,
      },
      {
        key: 'tlv-onderzoek-vso-4',
        label: {
          nl: 'Structureel ingezet bij onderzoek voor toelaatbaarheidsverklaringen, op verzoek van het swv – vso cluster 4',
          en: 'Used structurally in assessments for admission statements (tlv), at the partnership’s request – vso cluster 4 sites',
        },
        value: 28,
        form: 'diagnostische-inzet',
        n: 40,
      },
      {
        key: 'tlv-onderzoek-vso',
        label: {
          nl: 'Structureel ingezet bij onderzoek voor toelaatbaarheidsverklaringen, op verzoek van het swv – alle vso-locaties',
          en: 'Used structurally in assessments for admission statements (tlv), at the partnership’s request – all vso sites',
        },
        value: 29,
        form: 'diagnostische-inzet',
      },
      {
        key: 'tlv-onderzoek-pro',
        label: {
          nl: 'Structureel ingezet bij onderzoek voor toelaatbaarheidsverklaringen, op verzoek van het swv – pro-scholen',
          en: 'Used structurally in assessments for admission statements (tlv), at the partnership’s request – pro schools',
        },
        value: 37,
        form: 'diagnostische-inzet',
        n: 65,
      },
      {
        key: 'ondersteuningsbehoefte-op-verzoek-scholen-vso-3',
        label: {
          nl: 'Structureel ingezet om de ondersteuningsbehoefte van vo-leerlingen te bepalen, op verzoek van scholen – vso cluster 3',
          en: 'Used structurally to determine vo pupils’ support needs, at schools’ request – vso cluster 3 sites',
        },
        value: 10,
        form: 'diagnostische-inzet',
        n: 61,
      },
      {
        key: 'ondersteuningsbehoefte-op-verzoek-scholen-vso-4',
        label: {
          nl: 'Structureel ingezet om de ondersteuningsbehoefte van vo-leerlingen te bepalen, op verzoek van scholen – vso cluster 4',
          en: 'Used structurally to determine vo pupils’ support needs, at schools’ request – vso cluster 4 sites',
        },
        value: 8,
        form: 'diagnostische-inzet',
        n: 40,
      },
      {
        key: 'ondersteuningsbehoefte-op-verzoek-scholen-vso',
        label: {
          nl: 'Structureel ingezet om de ondersteuningsbehoefte van vo-leerlingen te bepalen, op verzoek van scholen – alle vso-locaties',
          en: 'Used structurally to determine vo pupils’ support needs, at schools’ request – all vso sites',
        },
        value: 9,
        form: 'diagnostische-inzet',
      },
      {
        key: 'ondersteuningsbehoefte-op-verzoek-scholen-pro',
        label: {
          nl: 'Structureel ingezet om de ondersteuningsbehoefte van vo-leerlingen te bepalen, op verzoek van scholen – pro-scholen',
          en: 'Used structurally to determine vo pupils’ support needs, at schools’ request – pro schools',
        },
        value: 25,
        form: 'diagnostische-inzet',
        n: 65,
      },
      {
        key: 'ondersteuningsbehoefte-op-verzoek-swv-vso-3',
        label: {
          nl: 'Structureel ingezet om de ondersteuningsbehoefte van vo-leerlingen te bepalen, op verzoek van het swv – vso cluster 3',
          en: 'Used structurally to determine vo pupils’ support needs, at the partnership’s request – vso cluster 3 sites',
        },
        value: 5,
        form: 'diagnostische-inzet',
        n: 61,
      },
      {
        key: 'ondersteuningsbehoefte-op-verzoek-swv-vso-4',
        label: {
          nl: 'Structureel ingezet om de ondersteuningsbehoefte van vo-leerlingen te bepalen, op verzoek van het swv – vso cluster 4',
          en: 'Used structurally to determine vo pupils’ support needs, at the partnership’s request – vso cluster 4 sites',
        },
        value: 8,
        form: 'diagnostische-inzet',
        n: 40,
      },
      {
        key: 'ondersteuningsbehoefte-op-verzoek-swv-vso',
        label: {
          nl: 'Structureel ingezet om de ondersteuningsbehoefte van vo-leerlingen te bepalen, op verzoek van het swv – alle vso-locaties',
          en: 'Used structurally to determine vo pupils’ support needs, at the partnership’s request – all vso sites',
        },
        value: 6,
        form: 'diagnostische-inzet',
      },
      {
        key: 'ondersteuningsbehoefte-op-verzoek-swv-pro',
        label: {
          nl: 'Structureel ingezet om de ondersteuningsbehoefte van vo-leerlingen te bepalen, op verzoek van het swv – pro-scholen',
          en: 'Used structurally to determine vo pupils’ support needs, at the partnership’s request – pro schools',
        },
        value: 8,
        form: 'diagnostische-inzet',
        n: 65,
      },
    ],
  },
  {
    id: 'vso-vo-preventie-lichte-ondersteuning',
    year: 2018,
    n: 101,
    unit: 'percentage',
    label: {
      nl: 'Vso-vo Tabel 2-14: preventie en lichte ondersteuning',
      en: 'Vso–vo Tabel 2-14: prevention and light support',
    },
    description: {
      nl: 'Welke activiteiten voor preventie en lichte ondersteuning vso-locaties het afgelopen jaar in het vo uitvoerden, en in welke schoolsoort. De inzet richt zich vooral op pro en vmbo.',
      en: 'Which prevention and light-support activities vso sites carried out in vo over the past year, and in which school type. The effort goes mainly to pro and vmbo.',
    },
    base: {
      nl: '101 vso-locaties.',
      en: '101 vso sites.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: 'Tabel 2-14', lines: 'L1984-L2014' },
      {
        source: 'vso-vo-samenwerking',
        section: 'Ondersteuning bij preventie en lichte ondersteuning',
        lines: 'L1967-L1983',
      },
    ],
    note: {
      nl: 'Per activiteit konden meer schoolsoorten worden genoemd; de kolommen per schoolsoort tellen daarom niet op tot het aandeel dat de activiteit deed. Samen voert 41% van de vso-locaties zulke activiteiten uit, volgens de tekst. Het rapport noemt geen jaartal en geen datum van de enquête; 2018 is het afgeleide publicatiejaar (de casusinterviews liepen van mei tot juli 2017).',
      en: 'More than one school type could be named per activity, so the school-type columns do not add up to the share that carried out the activity. Together 41% of vso sites carry out such activities, according to the text. The report gives no year and no survey date; 2018 is the inferred year of publication (the case interviews ran from May to July 2017).',
    },
    rows: [
      {
        key: 'vroegsignalering-niet-uitgevoerd',
        label: {
          nl: 'Vroegsignalering en deskundigheid van vo-leraren rond leerlingen met speciale onderwijsbehoeften – niet gedaan',
          en: 'Early detection and teacher expertise in vo for pupils with special educational needs – not done',
        },
        value: 77,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'vroegsignalering-uitgevoerd',
        label: {
          nl: 'Vroegsignalering en deskundigheid van vo-leraren rond leerlingen met speciale onderwijsbehoeften – wel gedaan',
          en: 'Early detection and teacher expertise in vo for pupils with special educational needs – done',
        },
        value: 23,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'vroegsignalering-in-pro',
        label: {
          nl: 'Vroegsignalering en deskundigheid van vo-leraren rond leerlingen met speciale onderwijsbehoeften – gedaan in pro',
          en: 'Early detection and teacher expertise in vo for pupils with special educational needs – done in pro',
        },
        value: 18,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'vroegsignalering-in-vmbo',
        label: {
          nl: 'Vroegsignalering en deskundigheid van vo-leraren rond leerlingen met speciale onderwijsbehoeften – gedaan in vmbo',
          en: 'Early detection and teacher expertise in vo for pupils with special educational needs – done in vmbo',
        },
        value: 11,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'vroegsignalering-in-havo',
        label: {
          nl: 'Vroegsignalering en deskundigheid van vo-leraren rond leerlingen met speciale onderwijsbehoeften – gedaan in havo',
          en: 'Early detection and teacher expertise in vo for pupils with special educational needs – done in havo',
        },
        value: 8,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'vroegsignalering-in-vwo',
        label: {
          nl: 'Vroegsignalering en deskundigheid van vo-leraren rond leerlingen met speciale onderwijsbehoeften – gedaan in vwo',
          en: 'Early detection and teacher expertise in vo for pupils with special educational needs – done in vwo',
        },
        value: 5,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'advies-leraren-niet-uitgevoerd',
        label: {
          nl: 'Advies, consultatie en begeleiding van vo-leraren – niet gedaan',
          en: 'Advice, consultation and coaching for vo teachers – not done',
        },
        value: 66,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'advies-leraren-uitgevoerd',
        label: {
          nl: 'Advies, consultatie en begeleiding van vo-leraren – wel gedaan',
          en: 'Advice, consultation and coaching for vo teachers – done',
        },
        value: 34,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'advies-leraren-in-pro',
        label: {
          nl: 'Advies, consultatie en begeleiding van vo-leraren – gedaan in pro',
          en: 'Advice, consultation and coaching for vo teachers – done in pro',
        },
        value: 22,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'advies-leraren-in-vmbo',
        label: {
          nl: 'Advies, consultatie en begeleiding van vo-leraren – gedaan in vmbo',
          en: 'Advice, consultation and coaching for vo teachers – done in vmbo',
        },
        value: 20,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'advies-leraren-in-havo',
        label: {
          nl: 'Advies, consultatie en begeleiding van vo-leraren – gedaan in havo',
          en: 'Advice, consultation and coaching for vo teachers – done in havo',
        },
        value: 14,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'advies-leraren-in-vwo',
        label: {
          nl: 'Advies, consultatie en begeleiding van vo-leraren – gedaan in vwo',
          en: 'Advice, consultation and coaching for vo teachers – done in vwo',
        },
        value: 6,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'co-teaching-niet-uitgevoerd',
        label: { nl: 'Co-teaching met vo-leraren – niet gedaan', en: 'Co-teaching with vo teachers – not done' },
        value: 84,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'co-teaching-uitgevoerd',
        label: { nl: 'Co-teaching met vo-leraren – wel gedaan', en: 'Co-teaching with vo teachers – done' },
        value: 16,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'co-teaching-in-pro',
        label: { nl: 'Co-teaching met vo-leraren – gedaan in pro', en: 'Co-teaching with vo teachers – done in pro' },
        value: 10,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'co-teaching-in-vmbo',
        label: { nl: 'Co-teaching met vo-leraren – gedaan in vmbo', en: 'Co-teaching with vo teachers – done in vmbo' },
        value: 8,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'co-teaching-in-havo',
        label: { nl: 'Co-teaching met vo-leraren – gedaan in havo', en: 'Co-teaching with vo teachers – done in havo' },
        value: 5,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'co-teaching-in-vwo',
        label: { nl: 'Co-teaching met vo-leraren – gedaan in vwo', en: 'Co-teaching with vo teachers – done in vwo' },
        value: 3,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'advies-leerlingen-ouders-niet-uitgevoerd',
        label: {
          nl: 'Advies en begeleiding van vo-leerlingen en hun ouders – niet gedaan',
          en: 'Advice and guidance for vo pupils and their parents – not done',
        },
        value: 73,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'advies-leerlingen-ouders-uitgevoerd',
        label: {
          nl: 'Advies en begeleiding van vo-leerlingen en hun ouders – wel gedaan',
          en: 'Advice and guidance for vo pupils and their parents – done',
        },
        value: 27,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'advies-leerlingen-ouders-in-pro',
        label: {
          nl: 'Advies en begeleiding van vo-leerlingen en hun ouders – gedaan in pro',
          en: 'Advice and guidance for vo pupils and their parents – done in pro',
        },
        value: 17,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'advies-leerlingen-ouders-in-vmbo',
        label: {
          nl: 'Advies en begeleiding van vo-leerlingen en hun ouders – gedaan in vmbo',
          en: 'Advice and guidance for vo pupils and their parents – done in vmbo',
        },
        value: 14,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'advies-leerlingen-ouders-in-havo',
        label: {
          nl: 'Advies en begeleiding van vo-leerlingen en hun ouders – gedaan in havo',
          en: 'Advice and guidance for vo pupils and their parents – done in havo',
        },
        value: 10,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'advies-leerlingen-ouders-in-vwo',
        label: {
          nl: 'Advies en begeleiding van vo-leerlingen en hun ouders – gedaan in vwo',
          en: 'Advice and guidance for vo pupils and their parents – done in vwo',
        },
        value: 5,
        form: 'preventie-lichte-ondersteuning',
      },
    ],
  },
  {
    id: 'vso-vo-verwachte-toename-preventie',
    year: 2018,
    n: 101,
    unit: 'percentage',
    label: {
      nl: 'Vso-vo Tabel 2-15: verwachte groei bij preventie',
      en: 'Vso–vo Tabel 2-15: expected growth in prevention',
    },
    description: {
      nl: 'Het aandeel vso-locaties en pro-scholen dat een toename verwacht van samenwerking met het vo bij preventie en lichte ondersteuning.',
      en: 'The share of vso sites and pro schools that expect collaboration with vo on prevention and light support to grow.',
    },
    base: {
      nl: '101 vso-locaties en 65 pro-scholen.',
      en: '101 vso sites and 65 pro schools.',
    },
    sources: [{ source: 'vso-vo-samenwerking', section: 'Tabel 2-15', lines: 'L2117-L2141' }],
    note: {
      nl: 'Voor de laatste rij drukt de tabel bij pro een streepje af; die waarde ontbreekt hier. Het rapport noemt geen jaartal en geen datum van de enquête; 2018 is het afgeleide publicatiejaar (de casusinterviews liepen van mei tot juli 2017).',
      en: 'For the last row the table prints a dash for pro; that value is left out here. The report gives no year and no survey date; 2018 is the inferred year of publication (the case interviews ran from May to July 2017).',
    },
    rows: [
      {
        key: 'vroegsignalering-vso',
        label: {
          nl: 'Vroegsignalering en deskundigheid van leraren rond leerlingen met speciale onderwijsbehoeften – alle vso-locaties',
          en: 'Early detection and teacher expertise for pupils with special educational needs – all vso sites',
        },
        value: 50,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'vroegsignalering-pro',
        label: {
          nl: 'Vroegsignalering en deskundigheid van leraren rond leerlingen met speciale onderwijsbehoeften – pro-scholen',
          en: 'Early detection and teacher expertise for pupils with special educational needs – pro schools',
        },
        value: 31,
        form: 'preventie-lichte-ondersteuning',
        n: 65,
      },
      {
        key: 'advies-leraren-vso',
        label: {
          nl: 'Advies, consultatie en begeleiding van leraren – alle vso-locaties',
          en: 'Advice, consultation and coaching for teachers – all vso sites',
        },
        value: 52,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'advies-leraren-pro',
        label: {
          nl: 'Advies, consultatie en begeleiding van leraren – pro-scholen',
          en: 'Advice, consultation and coaching for teachers – pro schools',
        },
        value: 38,
        form: 'preventie-lichte-ondersteuning',
        n: 65,
      },
      {
        key: 'co-teaching-vso',
        label: { nl: 'Co-teaching met leraren – alle vso-locaties', en: 'Co-teaching with teachers – all vso sites' },
        value: 32,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'co-teaching-pro',
        label: { nl: 'Co-teaching met leraren – pro-scholen', en: 'Co-teaching with teachers – pro schools' },
        value: 19,
        form: 'preventie-lichte-ondersteuning',
        n: 65,
      },
      {
        key: 'advies-leerlingen-ouders-vso',
        label: {
          nl: 'Advies en begeleiding van leerlingen en ouders – alle vso-locaties',
          en: 'Advice and guidance for pupils and parents – all vso sites',
        },
        value: 41,
        form: 'preventie-lichte-ondersteuning',
      },
      {
        key: 'advies-leerlingen-ouders-pro',
        label: {
          nl: 'Advies en begeleiding van leerlingen en ouders – pro-scholen',
          en: 'Advice and guidance for pupils and parents – pro schools',
        },
        value: 25,
        form: 'preventie-lichte-ondersteuning',
        n: 65,
      },
      {
        key: 'bundeling-expertise-vso-pro-vso',
        label: {
          nl: 'Expertise van vso en pro bundelen voor steun aan en professionalisering van vo-scholen – alle vso-locaties',
          en: 'Pooling vso and pro expertise to support and develop vo schools – all vso sites',
        },
        value: 54,
        form: 'expertisebundeling',
      },
      {
        key: 'bundeling-expertise-vso-pro-pro',
        label: {
          nl: 'Expertise van vso en pro bundelen voor steun aan en professionalisering van vo-scholen – pro-scholen',
          en: 'Pooling vso and pro expertise to support and develop vo schools – pro schools',
        },
        value: 44,
        form: 'expertisebundeling',
        n: 65,
      },
      {
        key: 'bundeling-expertise-vso-overig-vo-vso',
        label: {
          nl: 'Expertise van vso en overig vo bundelen voor steun en professionalisering – alle vso-locaties',
          en: 'Pooling vso and other vo expertise for support and professional development – all vso sites',
        },
        value: 52,
        form: 'expertisebundeling',
      },
    ],
  },
  {
    id: 'vso-vo-ondersteuningsbehoefte',
    year: 2018,
    n: null,
    unit: 'percentage',
    label: { nl: 'Vso-vo Tabel 2-16: behoefte aan ondersteuning', en: 'Vso–vo Tabel 2-16: need for support' },
    description: {
      nl: 'Het aandeel vso-locaties, pro-scholen en samenwerkingsverbanden-vo dat nu of later ondersteuning wil bij elk van de drie hoofdvormen van samenwerking. De behoefte is laag, bij de samenwerkingsverbanden iets hoger.',
      en: 'The share of vso sites, pro schools and secondary partnerships that want support now or later for each of the three main forms of collaboration. The need is low, somewhat higher among the partnerships.',
    },
    base: {
      nl: 'Vso-locaties, pro-scholen en samenwerkingsverbanden-vo die het onderdeel beantwoordden; het aantal verschilt per rij en groep en staat bij elke rij.',
      en: 'Vso sites, pro schools and secondary partnerships that answered the item; the number differs per row and group and is given on every row.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: 'Tabel 2-16', lines: 'L2274-L2310' },
      {
        source: 'vso-vo-samenwerking',
        section: '2.6 Ondersteuningsbehoefte van scholen en samenwerkingsverbanden',
        lines: 'L2244-L2272',
      },
      {
        source: 'vso-vo-samenwerking',
        section: '4.1 Vergelijking bevindingen vso-vo met bevindingen so-sbo',
        lines: 'L4223-L4227',
      },
    ],
    note: {
      nl: 'De tabel heeft geen enkel n voor het geheel, alleen een n per rij en groep; daarom is n hier leeg. Elders noemt de tekst 20% ondersteuningsbehoefte bij vso-pro-scholen met intensieve initiatieven, terwijl de tabel 13% (vso) en 4% (pro) geeft. Waarden zoals gedrukt. Het rapport noemt geen jaartal en geen datum van de enquête; 2018 is het afgeleide publicatiejaar (de casusinterviews liepen van mei tot juli 2017).',
      en: 'The table has no single n for the whole, only an n per row and group; n is therefore empty here. Elsewhere the text gives a 20% support need among vso and pro schools with intensive initiatives, while the table gives 13% (vso) and 4% (pro). Values as printed. The report gives no year and no survey date; 2018 is the inferred year of publication (the case interviews ran from May to July 2017).',
    },
    rows: [
      {
        key: 'intensieve-samenwerking-vso',
        label: {
          nl: 'Intensieve samenwerking of integratie – alle vso-locaties',
          en: 'Intensive collaboration or integration – all vso sites',
        },
        value: 13,
        form: 'intensieve-samenwerking-integratie',
        n: 23,
      },
      {
        key: 'intensieve-samenwerking-pro',
        label: {
          nl: 'Intensieve samenwerking of integratie – pro-scholen',
          en: 'Intensive collaboration or integration – pro schools',
        },
        value: 4,
        form: 'intensieve-samenwerking-integratie',
        n: 12,
      },
      {
        key: 'intensieve-samenwerking-swv-vo',
        label: {
          nl: 'Intensieve samenwerking of integratie – samenwerkingsverbanden-vo',
          en: 'Intensive collaboration or integration – secondary partnerships (swv-vo)',
        },
        value: 35,
        form: 'intensieve-samenwerking-integratie',
        n: 20,
      },
      {
        key: 'arrangementen-symbiose-vso',
        label: {
          nl: 'Arrangementen, symbiose en groepen leerlingen – alle vso-locaties',
          en: 'Arrangements, symbiose and groups of pupils – all vso sites',
        },
        value: 23,
        form: 'arrangementen-symbiose-voorzieningen',
        n: 101,
      },
      {
        key: 'arrangementen-symbiose-pro',
        label: {
          nl: 'Arrangementen, symbiose en groepen leerlingen – pro-scholen',
          en: 'Arrangements, symbiose and groups of pupils – pro schools',
        },
        value: 12,
        form: 'arrangementen-symbiose-voorzieningen',
        n: 65,
      },
      {
        key: 'arrangementen-symbiose-swv-vo',
        label: {
          nl: 'Arrangementen, symbiose en groepen leerlingen – samenwerkingsverbanden-vo',
          en: 'Arrangements, symbiose and groups of pupils – secondary partnerships (swv-vo)',
        },
        value: 28,
        form: 'arrangementen-symbiose-voorzieningen',
        n: 47,
      },
      {
        key: 'diagnostiek-lichte-hulp-vso',
        label: {
          nl: 'Diagnostiek, lichte hulp en voorzieningen van het swv – alle vso-locaties',
          en: 'Diagnostics, light support and partnership provisions – all vso sites',
        },
        value: 11,
        form: 'diagnostiek-preventie-ondersteuning',
        n: 100,
      },
      {
        key: 'diagnostiek-lichte-hulp-pro',
        label: {
          nl: 'Diagnostiek, lichte hulp en voorzieningen van het swv – pro-scholen',
          en: 'Diagnostics, light support and partnership provisions – pro schools',
        },
        value: 3,
        form: 'diagnostiek-preventie-ondersteuning',
        n: 64,
      },
      {
        key: 'diagnostiek-lichte-hulp-swv-vo',
        label: {
          nl: 'Diagnostiek, lichte hulp en voorzieningen van het swv – samenwerkingsverbanden-vo',
          en: 'Diagnostics, light support and partnership provisions – secondary partnerships (swv-vo)',
        },
        value: 11,
        form: 'diagnostiek-preventie-ondersteuning',
        n: 47,
      },
    ],
  },
  {
    id: 'regioplan-minder-aandacht',
    year: 2015,
    n: 111,
    unit: 'percentage',
    label: {
      nl: 'Regioplan: thema’s die nu minder aandacht krijgen',
      en: 'Regioplan: themes that currently get less attention',
    },
    description: {
      nl: 'Het aandeel respondenten dat een samenwerkingsthema noemt dat binnen hun school of bestuur op dit moment minder aandacht krijgt. Samenwerking met vervolgonderwijs en met bedrijven werd het vaakst genoemd.',
      en: 'The share of respondents who name a collaboration theme that currently gets less attention within their school or board. Collaboration with further education and with businesses was named most often.',
    },
    base: {
      nl: 'De 111 telefonisch geïnterviewde vertegenwoordigers van vo-scholen (60) en vo-besturen (51), schooljaar 2014-2015.',
      en: 'The 111 representatives of secondary schools (60) and boards (51) interviewed by phone, school year 2014-2015.',
    },
    sources: [
      { source: 'regioplan-vo-2015', section: '2 Mate waarin wordt samengewerkt', lines: 'L272-L275' },
      { source: 'regioplan-vo-2015', section: '2 Mate waarin wordt samengewerkt, voetnoot 7', lines: 'L291-L295' },
    ],
    note: {
      nl: 'Alleen de vier vaakst genoemde thema’s staan met een percentage in de bron: de eerste twee in de tekst, de andere twee in voetnoot 7. Volgens die voetnoot verschillen respondenten van scholen en van besturen hier niet. Het jaar 2015 is afgeleid, zoals bij Tabel 2.2.',
      en: 'Only the four most often named themes appear with a percentage in the source: the first two in the text, the other two in footnote 7. According to that footnote, respondents from schools and from boards do not differ here. The year 2015 is inferred, as for Tabel 2.2.',
    },
    rows: [
      {
        key: 'vervolgonderwijs',
        label: { nl: 'Samenwerking met vervolgonderwijs', en: 'Collaboration with further education' },
        value: 14,
        theme: 'vervolgonderwijs',
      },
      {
        key: 'bedrijfsleven',
        label: { nl: 'Samenwerking met het bedrijfsleven', en: 'Collaboration with businesses' },
        value: 13,
        theme: 'bedrijfsleven',
      },
      {
        key: 'toeleverend-onderwijs',
        label: { nl: 'Samenwerking met het toeleverend onderwijs', en: 'Collaboration with feeder primary schools' },
        value: 11,
        theme: 'toeleverend-onderwijs',
      },
      {
        key: 'wetenschap-onderzoek',
        label: {
          nl: 'Samenwerking met wetenschaps- en onderzoeksinstituten',
          en: 'Collaboration with science and research institutes',
        },
        value: 10,
        theme: 'wetenschap-onderzoek',
      },
    ],
  },
  {
    id: 'regioplan-overige-samenwerkingen',
    year: 2015,
    n: 26,
    unit: 'count',
    label: {
      nl: 'Regioplan: soorten overige samenwerkingen',
      en: 'Regioplan: kinds of other collaborations',
    },
    description: {
      nl: 'Hoe vaak elk van de zes soorten samenwerking voorkwam onder de samenwerkingen die respondenten niet bij een van de negen thema’s konden onderbrengen. Regionale samenwerking kwam het vaakst voor.',
      en: 'How often each of the six kinds of collaboration occurred among the collaborations that respondents could not place under any of the nine themes. Regional collaboration occurred most often.',
    },
    base: {
      nl: '27 overige samenwerkingen, besproken met 26 respondenten (15 op schoolniveau, 11 op bestuursniveau), schooljaar 2014-2015.',
      en: '27 other collaborations, discussed with 26 respondents (15 at school level, 11 at board level), school year 2014-2015.',
    },
    sources: [
      { source: 'regioplan-vo-2015', section: 'Overige samenwerkingen', lines: 'L1255-L1270' },
      { source: 'regioplan-vo-2015', section: 'Overige samenwerkingen, voetnoten 45 en 46', lines: 'L1278-L1289' },
    ],
    note: {
      nl: 'De zes aantallen tellen op tot 25; volgens voetnoot 46 paste de rest (2 van de 27) in geen van de soorten. Die twee staan hier als aparte rij. Het jaar 2015 is afgeleid, zoals bij Tabel 2.2.',
      en: 'The six counts add up to 25; according to footnote 46 the rest (2 of the 27) fitted none of the kinds. Those two are kept here as a separate row. The year 2015 is inferred, as for Tabel 2.2.',
    },
    rows: [
      {
        key: 'specifieke-grondslag',
        label: {
          nl: 'Vanuit een gedeelde levensbeschouwelijke grondslag',
          en: 'Based on a shared religious foundation',
        },
        value: 3,
      },
      {
        key: 'specifieke-schoolsoort',
        label: { nl: 'Vanuit één schoolsoort', en: 'Based on one type of school' },
        value: 4,
      },
      {
        key: 'kleine-besturen',
        label: { nl: 'Tussen kleine besturen', en: 'Between small boards' },
        value: 3,
      },
      {
        key: 'gemeente-jeugdzorg',
        label: { nl: 'Met de gemeente en/of jeugdzorg', en: 'With the municipality and/or youth care' },
        value: 3,
      },
      {
        key: 'specifiek-thema',
        label: { nl: 'Rond één bepaald onderwerp', en: 'Around one particular subject' },
        value: 4,
      },
      {
        key: 'regionaal',
        label: { nl: 'Regionale samenwerking', en: 'Regional collaboration' },
        value: 8,
      },
      {
        key: 'niet-in-te-delen',
        label: { nl: 'In geen van de zes soorten in te delen', en: 'Fitting none of the six kinds' },
        value: 2,
      },
    ],
  },
  {
    id: 'vso-vo-passend-onderwijs-intensief',
    year: 2018,
    n: null,
    unit: 'percentage',
    label: {
      nl: 'Vso-vo §2.5: passend onderwijs en intensieve samenwerking',
      en: 'Vso–vo §2.5: passend onderwijs and intensive collaboration',
    },
    description: {
      nl: 'Welk deel van de vso-scholen en van de samenwerkingsverbanden-vo vindt dat de invoering van passend onderwijs in 2014 het intensief samenwerken of integreren van vso en vo op gang heeft gebracht of heeft versneld.',
      en: 'What share of vso schools and of secondary partnerships think that the introduction of passend onderwijs in 2014 started or sped up intensive collaboration or integration between vso and vo.',
    },
    base: {
      nl: 'Vso-scholen met intensieve samenwerking of integratie, of met de voorbereiding daarvan, en samenwerkingsverbanden-vo; de paragraaf noemt hun aantal niet.',
      en: 'Vso schools that have or are preparing a form of intensive collaboration or integration, and secondary partnerships; the section does not give their number.',
    },
    sources: [
      {
        source: 'vso-vo-samenwerking',
        section: '2.5 Invoering passend onderwijs en samenwerking vso en vo',
        lines: 'L2176-L2192',
      },
    ],
    note: {
      nl: 'Bij de vso-scholen spreekt de bron van in gang gezet (geïnitieerd) of versneld, bij de samenwerkingsverbanden van een direct of een beperkt verband; de rijen volgen die woorden. De pro-scholen staan als aantallen in de aparte tabel voor de pro-scholen. Het rapport noemt geen jaartal en geen datum van de enquête; 2018 is het afgeleide publicatiejaar (de casusinterviews liepen van mei tot juli 2017).',
      en: 'For the vso schools the source speaks of set in motion (geïnitieerd) or sped up, for the partnerships of a direct or a limited link; the rows follow those words. The pro schools are given as counts in the separate table for the pro schools. The report gives no year and no survey date; 2018 is the inferred year of publication (the case interviews ran from May to July 2017).',
    },
    rows: [
      {
        key: 'vso-gestart',
        label: { nl: 'Door passend onderwijs gestart – vso-scholen', en: 'Started by passend onderwijs – vso schools' },
        value: 27,
        form: 'intensieve-samenwerking-integratie',
      },
      {
        key: 'vso-versneld',
        label: {
          nl: 'Door passend onderwijs versneld – vso-scholen',
          en: 'Sped up by passend onderwijs – vso schools',
        },
        value: 31,
        form: 'intensieve-samenwerking-integratie',
      },
      {
        key: 'swv-vo-direct',
        label: {
          nl: 'Direct verband met passend onderwijs – samenwerkingsverbanden-vo',
          en: 'Direct link with passend onderwijs – secondary partnerships (swv-vo)',
        },
        value: 40,
        form: 'intensieve-samenwerking-integratie',
      },
      {
        key: 'swv-vo-beperkt',
        label: {
          nl: 'Beperkt verband met passend onderwijs – samenwerkingsverbanden-vo',
          en: 'Limited link with passend onderwijs – secondary partnerships (swv-vo)',
        },
        value: 35,
        form: 'intensieve-samenwerking-integratie',
      },
    ],
  },
  {
    id: 'vso-vo-passend-onderwijs-intensief-pro',
    year: 2018,
    n: 12,
    unit: 'count',
    label: {
      nl: 'Vso-vo §2.5: passend onderwijs en intensieve samenwerking, pro-scholen',
      en: 'Vso–vo §2.5: passend onderwijs and intensive collaboration, pro schools',
    },
    description: {
      nl: 'Hoeveel van de twaalf pro-scholen met intensieve samenwerking of integratie een direct of een beperkt verband zien met de invoering van passend onderwijs; samen negen.',
      en: 'How many of the twelve pro schools with intensive collaboration or integration see a direct or a limited link with the introduction of passend onderwijs; nine in all.',
    },
    base: {
      nl: 'De twaalf pro-scholen die intensief samenwerken met het vso of dat voorbereiden.',
      en: 'The twelve pro schools that collaborate intensively with vso or are preparing to.',
    },
    sources: [
      {
        source: 'vso-vo-samenwerking',
        section: '2.5 Invoering passend onderwijs en samenwerking vso en vo',
        lines: 'L2194-L2196',
      },
    ],
    note: {
      nl: 'De bron geeft voor de pro-scholen aantallen, geen percentages; daarom een aparte tabel naast die voor de vso-scholen en samenwerkingsverbanden. Het rapport noemt geen jaartal en geen datum van de enquête; 2018 is het afgeleide publicatiejaar (de casusinterviews liepen van mei tot juli 2017).',
      en: 'For the pro schools the source gives counts, not percentages; hence a separate table beside the one for the vso schools and partnerships. The report gives no year and no survey date; 2018 is the inferred year of publication (the case interviews ran from May to July 2017).',
    },
    rows: [
      {
        key: 'direct',
        label: { nl: 'Direct verband met passend onderwijs', en: 'Direct link with passend onderwijs' },
        value: 3,
        form: 'intensieve-samenwerking-integratie',
      },
      {
        key: 'beperkt',
        label: { nl: 'Beperkt verband met passend onderwijs', en: 'Limited link with passend onderwijs' },
        value: 6,
        form: 'intensieve-samenwerking-integratie',
      },
    ],
  },
  {
    id: 'vso-vo-passend-onderwijs-arrangementen',
    year: 2018,
    n: null,
    unit: 'percentage',
    label: {
      nl: 'Vso-vo §2.5: passend onderwijs en arrangementen, symbiose en voorzieningen',
      en: 'Vso–vo §2.5: passend onderwijs and arrangements, symbiose and provisions',
    },
    description: {
      nl: 'Welk deel van de vso-scholen, pro-scholen en samenwerkingsverbanden-vo vindt dat passend onderwijs het samenwerken van vso en vo rond arrangementen, symbiose en voorzieningen voor leerlingen heeft gestart of versneld. Bij de samenwerkingsverbanden weegt dat effect zwaarder voor cluster 4 dan voor cluster 3.',
      en: 'What share of vso schools, pro schools and secondary partnerships think that passend onderwijs started or sped up collaboration between vso and vo on arrangements, symbiose and provisions for (groups of) pupils. Among the partnerships the effect weighs more for cluster 4 than for cluster 3.',
    },
    base: {
      nl: 'Vso-scholen, pro-scholen en samenwerkingsverbanden-vo (die oordelen per cluster van het vso); de paragraaf noemt hun aantal niet.',
      en: 'Vso schools, pro schools and secondary partnerships (which judge per vso cluster); the section does not give their number.',
    },
    sources: [
      {
        source: 'vso-vo-samenwerking',
        section: '2.5 Invoering passend onderwijs en samenwerking vso en vo',
        lines: 'L2200-L2220',
      },
    ],
    note: {
      nl: 'Dat de helft van de vso-scholen geen verband ziet, staat in woorden in de bron, niet als percentage; het is daarom geen rij. Voor de samenwerkingsverbanden geeft de bron geen aandeel zonder verband. Het rapport noemt geen jaartal en geen datum van de enquête; 2018 is het afgeleide publicatiejaar (de casusinterviews liepen van mei tot juli 2017).',
      en: 'That half of the vso schools see no link is stated in words in the source, not as a percentage; it is therefore not a row. For the partnerships the source gives no share without a link. The report gives no year and no survey date; 2018 is the inferred year of publication (the case interviews ran from May to July 2017).',
    },
    rows: [
      {
        key: 'vso-gestart',
        label: { nl: 'Door passend onderwijs gestart – vso-scholen', en: 'Started by passend onderwijs – vso schools' },
        value: 12,
        form: 'arrangementen-symbiose-voorzieningen',
      },
      {
        key: 'vso-versneld',
        label: {
          nl: 'Door passend onderwijs versneld – vso-scholen',
          en: 'Sped up by passend onderwijs – vso schools',
        },
        value: 33,
        form: 'arrangementen-symbiose-voorzieningen',
      },
      {
        key: 'swv-vo-cluster-3-gestart',
        label: {
          nl: 'Door passend onderwijs gestart – samenwerkingsverbanden-vo over cluster 3',
          en: 'Started by passend onderwijs – secondary partnerships on cluster 3',
        },
        value: 15,
        form: 'arrangementen-symbiose-voorzieningen',
      },
      {
        key: 'swv-vo-cluster-3-versneld',
        label: {
          nl: 'Door passend onderwijs versneld – samenwerkingsverbanden-vo over cluster 3',
          en: 'Sped up by passend onderwijs – secondary partnerships on cluster 3',
        },
        value: 52,
        form: 'arrangementen-symbiose-voorzieningen',
      },
      {
        key: 'swv-vo-cluster-4-gestart',
        label: {
          nl: 'Door passend onderwijs gestart – samenwerkingsverbanden-vo over cluster 4',
          en: 'Started by passend onderwijs – secondary partnerships on cluster 4',
        },
        value: 38,
        form: 'arrangementen-symbiose-voorzieningen',
      },
      {
        key: 'swv-vo-cluster-4-versneld',
        label: {
          nl: 'Door passend onderwijs versneld – samenwerkingsverbanden-vo over cluster 4',
          en: 'Sped up by passend onderwijs – secondary partnerships on cluster 4',
        },
        value: 36,
        form: 'arrangementen-symbiose-voorzieningen',
      },
      {
        key: 'pro-gestart',
        label: { nl: 'Door passend onderwijs gestart – pro-scholen', en: 'Started by passend onderwijs – pro schools' },
        value: 7,
        form: 'arrangementen-symbiose-voorzieningen',
      },
      {
        key: 'pro-versneld',
        label: {
          nl: 'Door passend onderwijs versneld – pro-scholen',
          en: 'Sped up by passend onderwijs – pro schools',
        },
        value: 33,
        form: 'arrangementen-symbiose-voorzieningen',
      },
      {
        key: 'pro-geen-verband',
        label: {
          nl: 'Geen verband met passend onderwijs – pro-scholen',
          en: 'No link with passend onderwijs – pro schools',
        },
        value: 49,
        form: 'arrangementen-symbiose-voorzieningen',
      },
    ],
  },
  {
    id: 'vso-vo-passend-onderwijs-diagnostiek',
    year: 2018,
    n: null,
    unit: 'percentage',
    label: {
      nl: 'Vso-vo §2.5: passend onderwijs en diagnostiek, preventie en lichte ondersteuning',
      en: 'Vso–vo §2.5: passend onderwijs and diagnostics, prevention and light support',
    },
    description: {
      nl: 'Welk deel van de vso-scholen, samenwerkingsverbanden-vo en pro-scholen een verband ziet tussen passend onderwijs en het samenwerken van vso en vo rond diagnostiek, preventie en lichte steun. De pro-scholen zien nauwelijks directe invloed.',
      en: 'What share of vso schools, secondary partnerships and pro schools see a link between passend onderwijs and collaboration between vso and vo on diagnostics, prevention and light support. The pro schools see hardly any direct influence.',
    },
    base: {
      nl: 'Vso-scholen, samenwerkingsverbanden-vo (die oordelen per cluster van het vso) en pro-scholen; de paragraaf noemt hun aantal niet.',
      en: 'Vso schools, secondary partnerships (which judge per vso cluster) and pro schools; the section does not give their number.',
    },
    sources: [
      {
        source: 'vso-vo-samenwerking',
        section: '2.5 Invoering passend onderwijs en samenwerking vso en vo',
        lines: 'L2224-L2240',
      },
    ],
    note: {
      nl: 'De vso-scholen oordeelden in termen van gestart en versneld, de samenwerkingsverbanden en pro-scholen in termen van een direct en een beperkt verband; de rijen volgen die woorden. Het rapport noemt geen jaartal en geen datum van de enquête; 2018 is het afgeleide publicatiejaar (de casusinterviews liepen van mei tot juli 2017).',
      en: 'The vso schools judged in terms of started and sped up, the partnerships and pro schools in terms of a direct and a limited link; the rows follow those words. The report gives no year and no survey date; 2018 is the inferred year of publication (the case interviews ran from May to July 2017).',
    },
    rows: [
      {
        key: 'vso-gestart',
        label: { nl: 'Door passend onderwijs gestart – vso-scholen', en: 'Started by passend onderwijs – vso schools' },
        value: 15,
        form: 'diagnostiek-preventie-ondersteuning',
      },
      {
        key: 'vso-versneld',
        label: {
          nl: 'Door passend onderwijs versneld – vso-scholen',
          en: 'Sped up by passend onderwijs – vso schools',
        },
        value: 39,
        form: 'diagnostiek-preventie-ondersteuning',
      },
      {
        key: 'swv-vo-cluster-3-direct',
        label: {
          nl: 'Direct verband – samenwerkingsverbanden-vo over cluster 3',
          en: 'Direct link – secondary partnerships on cluster 3',
        },
        value: 23,
        form: 'diagnostiek-preventie-ondersteuning',
      },
      {
        key: 'swv-vo-cluster-3-beperkt',
        label: {
          nl: 'Beperkt, versnellend verband – samenwerkingsverbanden-vo over cluster 3',
          en: 'Limited, accelerating link – secondary partnerships on cluster 3',
        },
        value: 43,
        form: 'diagnostiek-preventie-ondersteuning',
      },
      {
        key: 'swv-vo-cluster-4-direct',
        label: {
          nl: 'Direct verband – samenwerkingsverbanden-vo over cluster 4',
          en: 'Direct link – secondary partnerships on cluster 4',
        },
        value: 21,
        form: 'diagnostiek-preventie-ondersteuning',
      },
      {
        key: 'swv-vo-cluster-4-beperkt',
        label: {
          nl: 'Beperkt, versnellend verband – samenwerkingsverbanden-vo over cluster 4',
          en: 'Limited, accelerating link – secondary partnerships on cluster 4',
        },
        value: 47,
        form: 'diagnostiek-preventie-ondersteuning',
      },
      {
        key: 'pro-direct',
        label: { nl: 'Direct verband – pro-scholen', en: 'Direct link – pro schools' },
        value: 2,
        form: 'diagnostiek-preventie-ondersteuning',
      },
      {
        key: 'pro-beperkt',
        label: { nl: 'Beperkt verband – pro-scholen', en: 'Limited link – pro schools' },
        value: 35,
        form: 'diagnostiek-preventie-ondersteuning',
      },
    ],
  },
];
