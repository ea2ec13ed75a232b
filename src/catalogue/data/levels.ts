import type { Level } from '../types.js';

// The ids live in a leaf module (no import cycle with ../types.ts); re-exported here for existing import paths.
export { type LevelId, levelIds } from '../ids/levels.js';

/**
 * Every collaboration level, in the order of {@link levelIds}.
 *
 * @category Catalogue
 */
export const levels: readonly Level[] = [
  {
    id: 'individu',
    order: 0,
    label: { nl: 'Individuele leerling', en: 'Individual pupil' },
    description: {
      nl: 'Samenwerking rond één leerling, bijvoorbeeld bij een zorgvraag of bij de overstap van opvang naar basisschool of van basisschool naar vo. Leraren dragen dit, met steun van coördinatoren en de schoolleider.',
      en: 'Collaboration around one pupil, for example when a care need arises or at the move from childcare to primary school or from primary to secondary. Teachers carry it, backed by coordinators and the school leader.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: 'Verschillende niveaus van samenwerking', lines: 'L1327-L1333' },
    ],
    note: {
      nl: 'Individu betekent hier de leerling, niet de persoon die samenwerkt; het NSOB-element individu (zie de koppelingen tussen de kaders) is een ander begrip.',
      en: 'Individu here means the pupil, not the person doing the collaborating; the NSOB element individu (see the links between the frameworks) is a different concept.',
    },
  },
  {
    id: 'groep',
    order: 1,
    label: { nl: 'Groep of klas', en: 'Group or class' },
    description: {
      nl: 'Samenwerking voor een hele groep of klas, meestal doordat een leraar zelf een gastles of een andere activiteit met een externe partij regelt.',
      en: 'Collaboration for a whole group or class, usually because a teacher arranges a guest lesson or another activity with an outside party on their own initiative.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: 'Verschillende niveaus van samenwerking', lines: 'L1333-L1337' },
    ],
  },
  {
    id: 'organisatie',
    order: 2,
    label: { nl: 'Organisatie', en: 'Organisation' },
    description: {
      nl: 'Samenwerking op schoolniveau, over ondersteunende taken rond onderwijs en opvoeding of over zaken als de huisvesting. De schoolleider voert de regie; coördinatoren en ander personeel voeren uit.',
      en: 'Collaboration at school level, on support tasks around teaching and upbringing or on matters such as the school building. The school leader directs it; coordinators and other staff carry it out.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: 'Verschillende niveaus van samenwerking', lines: 'L1337-L1343' },
      { source: 'arbeidsmarktplatform-po', section: 'Aanknopingspunten voor vervolgonderzoek', lines: 'L1611-L1625' },
    ],
    note: {
      nl: 'De bron noemt daarboven nog het niveau van besturen en samenwerkingsverbanden, maar alleen als onderwerp voor vervolgonderzoek, niet als vierde niveau. Het is daarom hier niet opgenomen.',
      en: 'Above this the source mentions the level of boards and partnerships, but only as a subject for further research, not as a fourth level. It is therefore left out here.',
    },
  },
];
