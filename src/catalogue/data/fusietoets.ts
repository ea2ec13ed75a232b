import { deepFreeze } from '../../internal/deepFreeze.js';
import type { FusietoetsDispute, FusietoetsRule, FusietoetsSizeLimit } from '../types.js';

/** The sectors of funderend onderwijs (primary, special and secondary education), which the 2017 regime covers. */
const FOUNDATION: FusietoetsRule['sectors'] = ['po', 'sbo', 'so', 'vso', 'vo', 'praktijkonderwijs'];

/**
 * The sectors of primary education under the Wet op het primair onderwijs (po and sbo), where the act had exceptions
 * when it took effect; the catalogue's sources name them without spelling them out.
 */
const PRIMARY: FusietoetsRule['sectors'] = ['po', 'sbo'];

/**
 * The effective-dated rules of the Fusietoets, in the order they are tried: the first rule whose sectors and dates
 * cover a merger applies. The dates are those of the act (1 October 2011), the 2017 regulation (1 August 2017), the
 * end of mandatory CFTO advice (1 August 2018) and the Senate vote (16 June 2020); each rule cites where it comes from.
 *
 * @category Catalogue
 */
export const fusietoetsRules: readonly FusietoetsRule[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'voor-wet-fusietoets',
    label: { nl: 'Vóór de Wet fusietoets', en: 'Before the Wet fusietoets' },
    effectiveFrom: null,
    effectiveUntil: '2011-09-30',
    sectors: [],
    route: 'geen-fusietoets',
    advisor: null,
    cftoAdviceSectors: [],
    exceptionSectors: [],
    sources: [{ source: 'wet-fusietoets-onderwijs', section: 'Inwerkingtreding op 1 oktober 2011' }],
  },
  {
    id: 'buiten-onderwijs',
    label: { nl: 'Buiten het onderwijs', en: 'Outside education' },
    effectiveFrom: null,
    effectiveUntil: null,
    sectors: ['kinderopvang'],
    route: 'geen-fusietoets',
    advisor: null,
    cftoAdviceSectors: [],
    exceptionSectors: [],
    sources: [{ source: 'wet-fusietoets-onderwijs', section: 'Reikwijdte: de onderwijswetten' }],
  },
  {
    id: 'ho-cdho',
    label: { nl: 'Hoger onderwijs: CDHO toetst elke fusie', en: 'Higher education: the CDHO tests every merger' },
    effectiveFrom: '2011-10-01',
    effectiveUntil: null,
    sectors: ['hbo', 'wo'],
    route: 'cdho-toets',
    advisor: 'cdho',
    cftoAdviceSectors: [],
    exceptionSectors: [],
    sources: [{ source: 'duo-fusietoets-ho', section: 'Fusietoets hoger onderwijs' }],
  },
  {
    id: 'mbo-cfto',
    label: { nl: 'Mbo: toestemming na advies van de CFTO', en: 'Mbo: consent after advice from the CFTO' },
    effectiveFrom: '2011-10-01',
    effectiveUntil: '2017-07-31',
    sectors: ['mbo'],
    route: 'mbo-toestemming',
    advisor: 'cfto',
    cftoAdviceSectors: [],
    exceptionSectors: [],
    sources: [
      { source: 'wet-fusietoets-onderwijs', section: 'Toestemming van de minister' },
      { source: 'boels-zanders-fusietoets-2017', section: 'Mbo' },
    ],
  },
  {
    id: 'mbo-cmmbo',
    label: { nl: 'Mbo: toestemming na advies van de CMMBO', en: 'Mbo: consent after advice from the CMMBO' },
    effectiveFrom: '2017-08-01',
    effectiveUntil: null,
    sectors: ['mbo'],
    route: 'mbo-toestemming',
    advisor: 'cmmbo',
    cftoAdviceSectors: [],
    exceptionSectors: [],
    sources: [{ source: 'cmmbo-fusietoets', section: 'Fusietoets' }],
  },
  {
    id: 'funderend-2011',
    label: {
      nl: 'Fusies getoetst met CFTO-advies, op uitzonderingen in het primair onderwijs na',
      en: 'Mergers tested with CFTO advice, save for exceptions in primary education',
    },
    effectiveFrom: '2011-10-01',
    effectiveUntil: '2017-07-31',
    sectors: FOUNDATION,
    route: 'inhoudelijke-toets',
    advisor: 'cfto',
    cftoAdviceSectors: FOUNDATION,
    exceptionSectors: PRIMARY,
    sources: [
      { source: 'wet-fusietoets-onderwijs', section: 'Goedkeuring door de minister na advies van de CFTO' },
      { source: 'wet-fusietoets-onderwijs', section: 'Uitzonderingen in het primair onderwijs bij de invoering' },
    ],
  },
  {
    id: 'funderend-2017',
    label: {
      nl: 'Drie routes: niet toetsplichtig, lichte toets, inhoudelijke toets',
      en: 'Three routes: exempt, light test, substantive test',
    },
    effectiveFrom: '2017-08-01',
    effectiveUntil: '2018-07-31',
    sectors: FOUNDATION,
    route: null,
    advisor: null,
    cftoAdviceSectors: ['so', 'vso'],
    exceptionSectors: [],
    sources: [
      { source: 'duo-fusies-gericht-getoetst', section: 'Regeling en beleidsregels fusietoets in het onderwijs 2017' },
      { source: 'boels-zanders-fusietoets-2017', section: 'Drie routes' },
    ],
  },
  {
    id: 'funderend-2018',
    label: {
      nl: 'Geen verplicht CFTO-advies: niet toetsplichtig of lichte toets',
      en: 'No mandatory CFTO advice: exempt or light test',
    },
    effectiveFrom: '2018-08-01',
    effectiveUntil: '2020-06-15',
    sectors: FOUNDATION,
    route: null,
    advisor: null,
    cftoAdviceSectors: [],
    exceptionSectors: [],
    sources: [{ source: 'cfto-fusietoets', section: 'Geen verplicht advies meer' }],
  },
  {
    id: 'funderend-2020',
    label: {
      nl: 'Afschaffing verworpen: de lichte toets blijft',
      en: 'Abolition rejected: the light test stays',
    },
    effectiveFrom: '2020-06-16',
    effectiveUntil: null,
    sectors: FOUNDATION,
    route: null,
    advisor: null,
    cftoAdviceSectors: [],
    exceptionSectors: [],
    sources: [{ source: 'eerste-kamer-35104', section: 'Stemming 16 juni 2020' }],
  },
]);

/**
 * The size exemptions from 1 August 2017: a school merger with fewer than 500 pupils and a board merger of fewer than
 * 10 schools are exempt, more is tested. The sources state them for primary education only.
 *
 * @category Catalogue
 */
export const fusietoetsSizeLimits: readonly FusietoetsSizeLimit[] = /* @__PURE__ */ deepFreeze([
  {
    measure: 'pupils',
    kind: 'institutioneel',
    limit: 500,
    sectors: ['po', 'sbo'],
    sources: [
      { source: 'cfto-fusietoets', section: 'Niet toetsplichtig: scholenfusie met minder dan 500 leerlingen' },
      { source: 'duo-fusies-gericht-getoetst', section: 'Lichte toets: meer dan 500 leerlingen' },
    ],
  },
  {
    measure: 'schools',
    kind: 'bestuurlijk',
    limit: 10,
    sectors: ['po', 'sbo'],
    sources: [
      { source: 'cfto-fusietoets', section: 'Niet toetsplichtig: besturenfusie van minder dan 10 scholen' },
      { source: 'duo-fusies-gericht-getoetst', section: 'Lichte toets: meer dan 10 scholen' },
    ],
  },
]);

/**
 * The periods in which sources disagree about the rule: VOS/ABB dates the light test from April 2018, the CFTO from
 * 1 August 2018.
 *
 * @category Catalogue
 */
export const fusietoetsDisputes: readonly FusietoetsDispute[] = /* @__PURE__ */ deepFreeze([
  {
    rule: 'funderend-2017',
    reading: 'funderend-2018',
    from: '2018-04-01',
    sources: [
      { source: 'vosabb-fusie', section: 'Lichte toets sinds april 2018' },
      { source: 'cfto-fusietoets', section: 'Geen verplicht advies sinds 1 augustus 2018' },
    ],
  },
]);
