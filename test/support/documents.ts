/**
 * Valid example documents for tests. Each call returns a fresh, mutable object, so a test can break one field
 * and check the issue it causes.
 */

/** A document that tests may break in any way. */
// biome-ignore lint/suspicious/noExplicitAny: tests put wrong types into documents on purpose.
export type Loose = Record<string, any>;

export function validCollaboration(): Loose {
  return {
    kind: 'collaboration',
    schemaVersion: 1,
    id: 'spil-eindhoven',
    name: 'SPIL-centra Eindhoven',
    themes: ['ikc', 'vve'],
    form: 'netwerk',
    startDate: '2005-08-01',
    partners: [
      { id: 'gemeente', name: 'Gemeente Eindhoven', type: 'gemeente' },
      {
        id: 'skpo',
        name: 'SKPO',
        type: 'schoolbestuur',
        sector: 'po',
        denomination: 'rooms-katholiek',
        pupils: 12000,
        schools: 40,
      },
      { id: 'kinderopvang', name: 'Dikkie & Dik', type: 'kinderopvang', 'x-contact': { role: 'directeur' } },
    ],
    stakeholders: [
      { group: 'gemeenteraad', involvement: 'geinformeerd', representedBy: 'gemeente' },
      { group: 'schooldirecteuren', involvement: 'betrokken' },
    ],
    ambition: {
      statement: 'Elk kind krijgt een doorgaande ontwikkellijn van opvang tot school.',
      principles: ['Het kind staat centraal'],
      contributions: [{ partner: 'gemeente', type: 'financieel', amountEur: 300000 }],
    },
    interests: [
      {
        partner: 'gemeente',
        statement: 'Minder achterstanden bij de start van groep 3.',
        documented: true,
        visibleToAll: true,
        shared: true,
      },
    ],
    agreements: [{ subject: 'Samenwerkingsconvenant', date: '2006-01-15', covers: ['rollen', 'middelen'] }],
    events: [
      { type: 'turnover', date: '2017-01-01', partner: 'gemeente', role: 'wethouder' },
      { type: 'public-announcement', date: '2018-03-01', partnersInformedFirst: true },
      { type: 'execution-start', date: '2006-02-01' },
    ],
    factors: [{ factor: 'ervaren-urgentie', strength: 3, note: 'Veel kinderen met een achterstand.' }],
    stage: 'aangename-samenwerking',
    rating: 'goed',
    'x-origin': 'test',
  };
}

export function validAssessment(): Loose {
  return {
    kind: 'assessment',
    schemaVersion: 1,
    collaboration: 'spil-eindhoven',
    date: '2026-03-15',
    scale: { min: 1, max: 5 },
    responses: [
      { respondent: 'r1', partner: 'gemeente', answers: { 'ambitie.concreet': 4, 'relatie.klik': null } },
      { respondent: 'r2', partner: 'skpo', answers: { 'ambitie.concreet': 2, 'communicatie.tijdig': 5 } },
    ],
  };
}

export function validPortfolio(): Loose {
  return {
    kind: 'portfolio',
    schemaVersion: 1,
    name: 'Gemeente Eindhoven',
    collaborations: [validCollaboration()],
    assessments: [validAssessment()],
  };
}
