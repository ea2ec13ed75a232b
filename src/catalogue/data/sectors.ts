import type { Sector } from '../types.js';

// The ids live in a leaf module (no import cycle with ../types.ts); re-exported here for existing import paths.
export { type SectorId, sectorIds } from '../ids/sectors.js';

/**
 * Every education sector, in the order of {@link sectorIds}.
 *
 * @remarks
 * `order` runs from young to old learners. Special schools share the age range of the mainstream sector
 * they sit beside (sbo and so beside po, vso and praktijkonderwijs beside vo), so `order` is a stable sort key
 * along the learning path, not a step up in age between neighbours.
 *
 * @category Catalogue
 */
export const sectors: readonly Sector[] = [
  {
    id: 'kinderopvang',
    order: 0,
    label: { nl: 'Kinderopvang', en: 'Childcare' },
    description: {
      nl: 'Dagopvang, peuteropvang en buitenschoolse opvang voor kinderen van enkele maanden oud tot het einde van de basisschool. Het begin van de doorlopende leerlijn, vaak samen met de basisschool in een kindcentrum.',
      en: 'Day care, toddler care and out-of-school care for children from a few months old to the end of primary school. The start of the continuous learning path, often together with the primary school in a child centre.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Eindhoven – Samen voor gelijke kansen', lines: 'L357-L371' },
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Gemeente, jeugdzorg en kinderopvang zijn belangrijkste samenwerkingspartners',
        lines: 'L402-L416',
      },
    ],
    note: {
      nl: 'Kinderopvang is formeel geen onderwijs; ze staat in deze lijst omdat de bronnen de leerlijn van kinderopvang tot universiteit beschrijven.',
      en: 'Childcare is not formally education; it is in this list because the sources describe the learning path from childcare to university.',
    },
  },
  {
    id: 'po',
    order: 1,
    label: { nl: 'Primair onderwijs', en: 'Primary education' },
    description: {
      nl: 'Het reguliere basisonderwijs voor kinderen van ongeveer 4 tot 12 jaar. Het toeleverende onderwijs voor het vo.',
      en: 'Mainstream primary schooling for children aged about 4 to 12. It feeds into secondary education.',
    },
    sources: [
      {
        source: 'overlegraad-po-vo-2019',
        section: '3. Instellingsbelang en het maatschappelijk belang',
        lines: 'L123-L125',
      },
      { source: 'regioplan-vo-2015', section: 'Samenwerkingsthema’s', lines: 'L76-L78' },
    ],
  },
  {
    id: 'sbo',
    order: 2,
    label: { nl: 'Speciaal basisonderwijs', en: 'Special primary education (sbo)' },
    description: {
      nl: 'Basisscholen voor kinderen die meer ondersteuning nodig hebben dan een reguliere basisschool kan bieden. Sbo hoort bij het primair onderwijs.',
      en: 'Primary schools for children who need more support than a mainstream primary school can give. Sbo is part of primary education.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: '1. Achtergrond en opzet van het onderzoek', lines: 'L339-L349' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Venlo – Passend samenwerken', lines: 'L2525-L2529' },
    ],
    note: {
      nl: 'Sbo bedient dezelfde leeftijd als po; de plaats na po in deze volgorde is een sorteerkeuze.',
      en: 'Sbo serves the same age group as po; its place after po in this order is a sorting choice.',
    },
  },
  {
    id: 'so',
    order: 3,
    label: { nl: 'Speciaal onderwijs', en: 'Special education (so)' },
    description: {
      nl: 'Scholen voor kinderen van basisschoolleeftijd met een beperking, ziekte of stoornis, ingedeeld in clusters. Samen met het vso vormt het het (v)so.',
      en: 'Schools for children of primary-school age with a disability, illness or disorder, grouped into clusters. Together with vso it makes up the (v)so.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: '1. Achtergrond en opzet van het onderzoek', lines: 'L339-L345' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Venlo – Passend samenwerken', lines: 'L2525-L2529' },
    ],
    note: {
      nl: 'So bedient dezelfde leeftijd als po en sbo; de bronnen definiëren de clusters niet.',
      en: 'So serves the same age group as po and sbo; the sources do not define the clusters.',
    },
  },
  {
    id: 'vso',
    order: 4,
    label: { nl: 'Voortgezet speciaal onderwijs', en: 'Special secondary education (vso)' },
    description: {
      nl: 'Speciale scholen voor jongeren van middelbareschoolleeftijd, tot ongeveer 20 jaar, met uitstroom naar werk of vervolgonderwijs. Het vso-vo-onderzoek betreft de clusters 3 en 4.',
      en: 'Special schools for young people of secondary-school age, up to about 20, leading to work or further education. The vso–vo study covers clusters 3 and 4.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: 'Samenvatting', lines: 'L3-L11' },
      {
        source: 'vso-vo-samenwerking',
        section: '3.3 Olympia College en VSO Herenwaard: “Van onderdak naar samenwerking”',
        lines: 'L3154-L3162',
      },
    ],
    note: {
      nl: 'Vso bedient dezelfde leeftijd als vo, met leerlingen tot ongeveer 20 jaar; het staat voor vo om so en vso bij elkaar te houden.',
      en: 'Vso serves the same age group as vo, with pupils up to about 20; it is listed before vo to keep so and vso together.',
    },
  },
  {
    id: 'vo',
    order: 5,
    label: { nl: 'Voortgezet onderwijs', en: 'Secondary education' },
    description: {
      nl: 'Het reguliere onderwijs na de basisschool: vmbo, havo en vwo, met lwoo als extra ondersteuning in het vmbo.',
      en: 'Mainstream schooling after primary school: vmbo, havo and vwo, with lwoo as extra support within vmbo.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: 'Samenvatting', lines: 'L7-L11' },
      { source: 'regioplan-vo-2015', section: '4 Instandhouding regionaal onderwijsaanbod', lines: 'L399-L402' },
    ],
  },
  {
    id: 'praktijkonderwijs',
    order: 6,
    label: { nl: 'Praktijkonderwijs', en: 'Practical education (pro)' },
    description: {
      nl: 'Een schoolsoort binnen het voortgezet onderwijs die leerlingen rechtstreeks voorbereidt op werk, met eigen leerdoelen en uitstroomprofielen.',
      en: 'A school type within secondary education that prepares pupils directly for work, with its own learning goals and exit profiles.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: '3. Vier praktijkbeschrijvingen', lines: 'L2387-L2391' },
      { source: 'regioplan-vo-2015', section: '4 Instandhouding regionaal onderwijsaanbod', lines: 'L399-L402' },
    ],
    note: {
      nl: 'Formeel hoort praktijkonderwijs bij het vo (Regioplan noemt het als een van de niveaus); het vso-vo-onderzoek behandelt het apart, en zo ook deze lijst. Het bedient dezelfde leeftijd als vo.',
      en: 'Formally praktijkonderwijs belongs to vo (Regioplan lists it as one of the levels); the vso–vo study treats it separately, and so does this list. It serves the same age group as vo.',
    },
  },
  {
    id: 'mbo',
    order: 7,
    label: { nl: 'Middelbaar beroepsonderwijs', en: 'Secondary vocational education (mbo)' },
    description: {
      nl: 'Beroepsopleidingen na het vo, vaak bij een roc. Voor vo-scholen een belangrijk deel van het vervolgonderwijs.',
      en: 'Vocational programmes after secondary school, often at a regional training centre. For secondary schools a major part of further education.',
    },
    sources: [
      { source: 'regioplan-vo-2015', section: 'Samenwerkingsthema’s', lines: 'L80' },
      { source: 'regioplan-vo-2015', section: 'Enkele voorbeelden', lines: 'L414-L418' },
    ],
  },
  {
    id: 'hbo',
    order: 8,
    label: { nl: 'Hoger beroepsonderwijs', en: 'Higher professional education (hbo)' },
    description: {
      nl: 'Hogescholen, waaronder de pabo en andere lerarenopleidingen.',
      en: 'Universities of applied sciences, including primary and other teacher-training programmes.',
    },
    sources: [
      { source: 'regioplan-vo-2015', section: 'Hbo-instellingen/universiteiten (wo)', lines: 'L762-L770' },
      { source: 'regioplan-vo-2015', section: 'Samenwerkingen met lerarenopleidingen', lines: 'L810' },
    ],
    note: {
      nl: 'Hbo en wo staan naast elkaar op dezelfde plek in de leerlijn; hbo staat eerst als sorteerkeuze.',
      en: 'Hbo and wo sit side by side at the same point of the learning path; hbo comes first as a sorting choice.',
    },
  },
  {
    id: 'wo',
    order: 9,
    label: { nl: 'Wetenschappelijk onderwijs', en: 'University education (wo)' },
    description: {
      nl: 'Universiteiten, het eindpunt van de leerlijn die de bronnen van kinderopvang tot universiteit schetsen.',
      en: 'Research universities, the end point of the learning path the sources sketch from childcare to university.',
    },
    sources: [
      { source: 'regioplan-vo-2015', section: 'Hbo-instellingen/universiteiten (wo)', lines: 'L762-L767' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Nijmegen – Volwassen partnerschap', lines: 'L1636-L1640' },
    ],
  },
];
