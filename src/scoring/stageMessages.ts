/**
 * The texts of `inferStage`, `summarisePortfolio` and `compareAssessments`, in Dutch and English, in one place: the
 * reasons for a stage, the lines of a portfolio summary and of a comparison, and the values their arguments accept.
 *
 * @module
 */
import type { StrategyFactorId } from '../catalogue/data/strategyFactors.js';
import type { LocalisedText } from '../catalogue/types.js';
import { formatNumber, joinList } from './messages.js';
import type { Band } from './types.js';

/** A text in both languages. */
function both(nl: string, en: string): LocalisedText {
  return { nl, en };
}

/** A list of dates or names in both languages. */
function listBoth(items: readonly string[]): LocalisedText {
  return both(joinList(items, 'nl'), joinList(items, 'en'));
}

/** A number for a sentence, with at most one decimal. */
function number(value: number): LocalisedText {
  return both(formatNumber(value, 'nl'), formatNumber(value, 'en'));
}

/** A change for a sentence, always with its sign: `+6,2`, `−3` or `0`. */
function signed(value: number): LocalisedText {
  const rounded = Math.round(value * 10) / 10;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  const magnitude = Math.abs(rounded);
  return both(`${sign}${formatNumber(magnitude, 'nl')}`, `${sign}${formatNumber(magnitude, 'en')}`);
}

/** "1 thing" or "2 things", in both languages. */
function count(value: number, nl: [string, string], en: [string, string]): LocalisedText {
  return both(`${value} ${value === 1 ? nl[0] : nl[1]}`, `${value} ${value === 1 ? en[0] : en[1]}`);
}

/** The short names of the six strategy factors, for use inside a sentence. */
// Plain literals, not calls: module-level calls would keep this file in every bundle that shares its chunk.
const factorNames: Readonly<Record<StrategyFactorId, LocalisedText>> = {
  belanghebbenden: { nl: 'belanghebbenden', en: 'stakeholders' },
  ambitie: { nl: 'ambitie', en: 'ambition' },
  belangen: { nl: 'belangen', en: 'interests' },
  relatie: { nl: 'relatie', en: 'relationship' },
  organisatie: { nl: 'organisatie', en: 'organisation' },
  communicatie: { nl: 'communicatie', en: 'communication' },
};

const confidenceNames: Readonly<Record<'laag' | 'middel' | 'hoog', LocalisedText>> = {
  laag: { nl: 'laag', en: 'low' },
  middel: { nl: 'middel', en: 'medium' },
  hoog: { nl: 'hoog', en: 'high' },
};

/** The texts of the stage inference, the portfolio summary and the comparison of assessments. */
export const stageMessages = {
  // --- inferStage: the reasons -------------------------------------------------------------------------------------

  selfPlacement: (stage: LocalisedText): LocalisedText =>
    both(
      `De partners plaatsen zichzelf in het stadium '${stage.nl}'. Dat oordeel weegt het zwaarst, maar kan worden overstemd als het document stelselmatig iets anders laat zien.`,
      `The partners place themselves in the stage '${stage.en}'. Their judgement weighs most, but it can be outvoted when the document consistently shows something else.`,
    ),

  ambitionMissing: (): LocalisedText =>
    both(
      'Er is geen gezamenlijke ambitie vastgelegd: de partners hebben zich nog niet aan iets gemeenschappelijks verbonden. Dit telt licht, want het document kan ook onvolledig zijn.',
      'No shared ambition is recorded: the partners have not yet committed to anything in common. This counts lightly, as the document may simply be incomplete.',
    ),

  ambitionGeneral: (): LocalisedText =>
    both(
      'Er is een ambitie, maar zonder uitgangspunten: de partners hebben elkaar nog weinig vastgelegd om op terug te vallen.',
      'There is an ambition, but without principles: the partners have recorded little yet to fall back on together.',
    ),

  ambitionPartial: (contributors: number, partners: number): LocalisedText =>
    both(
      `De ambitie heeft uitgangspunten, maar slechts ${contributors} van de ${partners} partners dragen zichtbaar bij: samenwerking die vooral rust op wie moet.`,
      `The ambition has principles, but only ${contributors} of the ${partners} partners visibly contribute: collaboration that rests mainly on those who have to.`,
    ),

  ambitionComplete: (partners: number): LocalisedText =>
    both(
      `De ambitie heeft uitgangspunten en alle ${partners} partners dragen bij: een gedeelde basis waarop de partners elkaar vertrouwen.`,
      `The ambition has principles and all ${partners} partners contribute: a shared basis on which the partners trust each other.`,
    ),

  interestsMissing: (): LocalisedText =>
    both(
      'Er zijn geen belangen vastgelegd: ieder lijkt vooral zijn eigen standpunt te bewaken. Dit telt licht, want het document kan ook onvolledig zijn.',
      'No interests are recorded: each party seems to guard mainly its own position. This counts lightly, as the document may simply be incomplete.',
    ),

  interestsHidden: (hidden: number, total: number): LocalisedText =>
    both(
      `${hidden} van de ${total} belangen zijn niet voor alle partners zichtbaar: waar belangen verborgen blijven, groeit argwaan.`,
      `${hidden} of the ${total} interests are not visible to every partner: where interests stay hidden, suspicion grows.`,
    ),

  interestsUnshared: (total: number): LocalisedText =>
    both(
      `De ${total} belangen liggen open op tafel, maar geen ervan wordt gedeeld: ieder brengt zijn eigen standpunt in.`,
      `The ${total} interests are on the table, but none of them is shared: each party puts forward its own position.`,
    ),

  interestsIncomplete: (shared: number, partnersWithout: number, undocumented: number): LocalisedText => {
    const gaps: LocalisedText[] = [];
    if (partnersWithout > 0) {
      gaps.push(
        count(
          partnersWithout,
          ['partner zonder belang', 'partners zonder belang'],
          ['partner without an interest', 'partners without an interest'],
        ),
      );
    }
    if (undocumented > 0) {
      gaps.push(
        count(
          undocumented,
          ['belang niet op papier', 'belangen niet op papier'],
          ['interest not written down', 'interests not written down'],
        ),
      );
    }
    const list = both(
      joinList(
        gaps.map((gap) => gap.nl),
        'nl',
      ),
      joinList(
        gaps.map((gap) => gap.en),
        'en',
      ),
    );
    return both(
      `Er is een gedeeld belang (${shared}), maar het beeld is onvolledig (${list.nl}): de partners vinden elkaar vooral rond wat nu moet.`,
      `There is a shared interest (${shared}), but the picture is incomplete (${list.en}): the partners meet mainly around what has to be done now.`,
    );
  },

  interestsSomeShared: (shared: number, total: number): LocalisedText =>
    both(
      `Elke partner heeft zijn belangen op papier en zichtbaar voor allen, en ${shared} van de ${total} worden gedeeld: verschillen worden open besproken.`,
      `Every partner has its interests on paper and visible to all, and ${shared} of the ${total} are shared: differences are discussed openly.`,
    ),

  interestsMostlyShared: (shared: number, total: number): LocalisedText =>
    both(
      `Elke partner heeft zijn belangen op papier en zichtbaar voor allen, en ${shared} van de ${total} worden gedeeld: de partners zoeken oplossingen waar iedereen beter van wordt.`,
      `Every partner has its interests on paper and visible to all, and ${shared} of the ${total} are shared: the partners look for solutions that leave everyone better off.`,
    ),

  agreementsMissing: (): LocalisedText =>
    both(
      'Er zijn geen afspraken vastgelegd: het overleg heeft nog weinig opgeleverd. Dit telt licht, want het document kan ook onvolledig zijn.',
      'No agreements are recorded: talks have produced little so far. This counts lightly, as the document may simply be incomplete.',
    ),

  agreementsMoneyOnly: (agreements: number): LocalisedText =>
    both(
      `De afspraken (${agreements}) gaan alleen over middelen: het contact draait vooral om wat de ene partij van de andere nodig heeft.`,
      `The agreements (${agreements}) are only about resources: contact revolves mainly around what one party needs from the other.`,
    ),

  agreementsOther: (agreements: number): LocalisedText =>
    both(
      `Er zijn afspraken (${agreements}), maar geen ervan regelt de rollen of de structuur: de samenwerking is rond een concrete opgave georganiseerd, niet als vaste verhouding.`,
      `There are agreements (${agreements}), but none settles the roles or the structure: the collaboration is organised around a specific task, not as a standing relationship.`,
    ),

  agreementsRolesOrStructure: (topic: 'rollen' | 'structuur'): LocalisedText =>
    topic === 'rollen'
      ? both(
          'De rollen zijn afgesproken, de structuur nog niet: de samenwerking verloopt geregeld en soepel.',
          'The roles are agreed, the structure not yet: the collaboration runs in an orderly and smooth way.',
        )
      : both(
          'De structuur is afgesproken, de rollen nog niet: de samenwerking verloopt geregeld en soepel.',
          'The structure is agreed, the roles not yet: the collaboration runs in an orderly and smooth way.',
        ),

  agreementsRolesAndStructure: (agreements: number): LocalisedText =>
    both(
      `De afspraken (${agreements}) regelen zowel de rollen als de structuur: een heldere taakverdeling tussen gelijkwaardige partners.`,
      `The agreements (${agreements}) settle both the roles and the structure: a clear division of tasks between equal partners.`,
    ),

  announcedFirst: (dates: readonly string[], months: number): LocalisedText => {
    const list = listBoth(dates);
    return both(
      `In de ${months} maanden tot de peildatum ging iets naar buiten voordat de partners het wisten (${list.nl}): een teken van wantrouwen.`,
      `In the ${months} months up to the reference date something went public before the partners knew (${list.en}): a sign of distrust.`,
    );
  },

  informedFirst: (dates: readonly string[], months: number): LocalisedText => {
    const list = listBoth(dates);
    return both(
      `In de ${months} maanden tot de peildatum werden de partners ingelicht voordat iets naar buiten ging (${list.nl}): zij houden elkaar op de hoogte.`,
      `In the ${months} months up to the reference date the partners were told before anything went public (${list.en}): they keep each other informed.`,
    );
  },

  recentTurnover: (dates: readonly string[], months: number): LocalisedText => {
    const list = listBoth(dates);
    return both(
      `In de ${months} maanden tot de peildatum wisselde een sleutelspeler (${list.nl}): relatie en vertrouwen moeten opnieuw groeien, en tot dan leunt de samenwerking op noodzaak en afspraken.`,
      `In the ${months} months up to the reference date a key player changed (${list.en}): relationship and trust have to grow again, and until then the collaboration leans on necessity and agreements.`,
    );
  },

  hastyStart: (dates: readonly string[], firstRoles: string | undefined, months: number): LocalisedText => {
    const list = listBoth(dates);
    return firstRoles === undefined
      ? both(
          `In de ${months} maanden tot de peildatum begon de uitvoering (${list.nl}) zonder afspraak over de rollen: handelen onder druk van de omstandigheden.`,
          `In the ${months} months up to the reference date execution started (${list.en}) without an agreement on roles: acting under the pressure of circumstances.`,
        )
      : both(
          `In de ${months} maanden tot de peildatum begon de uitvoering (${list.nl}) vóór de eerste afspraak over de rollen (${firstRoles}): handelen onder druk van de omstandigheden.`,
          `In the ${months} months up to the reference date execution started (${list.en}) before the first agreement on roles (${firstRoles}): acting under the pressure of circumstances.`,
        );
  },

  duration: (months: number, stage: LocalisedText, ended: boolean): LocalisedText => {
    const years = Math.floor(months / 12);
    const rest = months % 12;
    const nl = years === 0 ? `${rest} maanden` : `${years} jaar en ${rest} maanden`;
    const en = years === 0 ? `${rest} months` : `${years} ${years === 1 ? 'year' : 'years'} and ${rest} months`;
    return both(
      `De samenwerking ${ended ? 'liep' : 'loopt'} ${nl}. Vertrouwen groeit met de jaren; die looptijd past bij '${stage.nl}'.`,
      `The collaboration ${ended ? 'ran for' : 'has run for'} ${en}. Trust grows over the years; that duration fits '${stage.en}'.`,
    );
  },

  factors: (labels: readonly LocalisedText[], strongest: number, stage: LocalisedText): LocalisedText => {
    const list = both(
      joinList(
        labels.map((label) => label.nl),
        'nl',
      ),
      joinList(
        labels.map((label) => label.en),
        'en',
      ),
    );
    return both(
      `Waargenomen: ${list.nl} (sterkte tot ${strongest} van 3). Dat past bij '${stage.nl}'.`,
      `Observed: ${list.en} (strength up to ${strongest} of 3). That fits '${stage.en}'.`,
    );
  },

  factorScore: (factor: 'relatie' | 'communicatie', score: number, stage: LocalisedText): LocalisedText => {
    const value = number(score);
    return both(
      `De zelfevaluatie geeft ${factorNames[factor].nl} een score van ${value.nl}; per vijfde van de schaal past dat bij '${stage.nl}'.`,
      `The self-assessment gives ${factorNames[factor].en} a score of ${value.en}; by fifths of the scale that fits '${stage.en}'.`,
    );
  },

  overallBand: (band: Band, score: number, stage: LocalisedText): LocalisedText => {
    const value = number(score);
    return both(
      `De zelfevaluatie scoort in totaal ${value.nl} (${band}); dat past bij '${stage.nl}'.`,
      `The self-assessment scores ${value.en} overall (${band}); that fits '${stage.en}'.`,
    );
  },

  stageSummary: (
    stage: LocalisedText,
    confidence: 'laag' | 'middel' | 'hoog',
    points: number,
    total: number,
    selfPlaced: LocalisedText | undefined,
    agrees: boolean,
  ): LocalisedText => {
    const top = number(points);
    const all = number(total);
    const self =
      selfPlaced === undefined
        ? both('', '')
        : agrees
          ? both(
              ' Dat is ook het stadium waarin de partners zichzelf plaatsen.',
              ' That is also where the partners place themselves.',
            )
          : both(
              ` De partners plaatsen zichzelf in '${selfPlaced.nl}'.`,
              ` The partners place themselves in '${selfPlaced.en}'.`,
            );
    return both(
      `Meest waarschijnlijk stadium: '${stage.nl}' (${top.nl} van ${all.nl} punten, zekerheid ${confidenceNames[confidence].nl}).${self.nl}`,
      `Most likely stage: '${stage.en}' (${top.en} of ${all.en} points, confidence ${confidenceNames[confidence].en}).${self.en}`,
    );
  },

  /** The allowed value when a score or an assessment belongs to another collaboration. */
  sameCollaboration: (collaboration: string): LocalisedText =>
    both(
      `een score of meting van dezelfde samenwerking ('${collaboration}')`,
      `a score or assessment of the same collaboration ('${collaboration}')`,
    ),

  // --- summarisePortfolio ------------------------------------------------------------------------------------------

  distribution: (
    name: LocalisedText,
    median: number,
    q1: number,
    q3: number,
    min: number,
    max: number,
    mean: number,
    values: number,
    collaborations: number,
  ): LocalisedText => {
    const [m, a, b, lo, hi, avg] = [median, q1, q3, min, max, mean].map(number) as [
      LocalisedText,
      LocalisedText,
      LocalisedText,
      LocalisedText,
      LocalisedText,
      LocalisedText,
    ];
    return both(
      `${name.nl}: mediaan ${m.nl}, kwartielen ${a.nl} tot ${b.nl}, van ${lo.nl} tot ${hi.nl}, gemiddeld ${avg.nl} (${values} ${values === 1 ? 'score' : 'scores'} van ${collaborations} samenwerkingen).`,
      `${name.en}: median ${m.en}, quartiles ${a.en} to ${b.en}, from ${lo.en} to ${hi.en}, mean ${avg.en} (${values} ${values === 1 ? 'score' : 'scores'} from ${collaborations} collaborations).`,
    );
  },

  distributionEmpty: (name: LocalisedText): LocalisedText => both(`${name.nl}: geen scores.`, `${name.en}: no scores.`),

  distributionSuppressed: (name: LocalisedText, minGroupSize: number): LocalisedText =>
    both(
      `${name.nl}: niet getoond, want de scores komen van minder dan ${minGroupSize} samenwerkingen.`,
      `${name.en}: not shown, because the scores come from fewer than ${minGroupSize} collaborations.`,
    ),

  /** The name of a strategy factor in a distribution line. */
  factorName: (factor: StrategyFactorId): LocalisedText => {
    const name = factorNames[factor];
    return both(name.nl.charAt(0).toUpperCase() + name.nl.slice(1), name.en.charAt(0).toUpperCase() + name.en.slice(1));
  },

  overallName: (): LocalisedText => both('Totaalscore', 'Overall score'),

  portfolioSummary: (
    name: string,
    collaborations: number,
    assessments: number,
    minGroupSize: number,
    hiddenCounts: number,
    hiddenDistributions: number,
  ): LocalisedText => {
    const hidden = hiddenCounts + hiddenDistributions;
    const c = count(collaborations, ['samenwerking', 'samenwerkingen'], ['collaboration', 'collaborations']);
    const a = count(assessments, ['meting', 'metingen'], ['assessment', 'assessments']);
    const counts = count(hiddenCounts, ['aantal', 'aantallen'], ['count', 'counts']);
    const distributions = count(hiddenDistributions, ['verdeling', 'verdelingen'], ['distribution', 'distributions']);
    const tail =
      hidden === 0
        ? both(
            `Alle groepen tellen 0 of minstens ${minGroupSize} samenwerkingen; niets is verborgen.`,
            `Every group holds 0 or at least ${minGroupSize} collaborations; nothing is hidden.`,
          )
        : both(
            `Groepen van 1 tot ${minGroupSize - 1} samenwerkingen zijn niet getoond (${counts.nl} en ${distributions.nl}), zodat geen enkele samenwerking herkenbaar is.`,
            `Groups of 1 to ${minGroupSize - 1} collaborations are not shown (${counts.en} and ${distributions.en}), so that no single collaboration can be recognised.`,
          );
    return both(
      `Portfolio '${name}': ${c.nl} en ${a.nl}. ${tail.nl}`,
      `Portfolio '${name}': ${c.en} and ${a.en}. ${tail.en}`,
    );
  },

  // --- compareAssessments ------------------------------------------------------------------------------------------

  factorChange: (name: LocalisedText, before: number | null, after: number | null): LocalisedText => {
    if (before === null && after === null) {
      return both(`${name.nl}: geen score, voor noch na.`, `${name.en}: no score, before or after.`);
    }
    if (before === null) {
      const to = number(after as number);
      return both(`${name.nl}: eerst geen score, nu ${to.nl}.`, `${name.en}: no score before, now ${to.en}.`);
    }
    if (after === null) {
      const from = number(before);
      return both(`${name.nl}: eerst ${from.nl}, nu geen score.`, `${name.en}: ${from.en} before, no score now.`);
    }
    const from = number(before);
    const to = number(after);
    const change = signed(after - before);
    return both(
      `${name.nl}: van ${from.nl} naar ${to.nl} (${change.nl}).`,
      `${name.en}: from ${from.en} to ${to.en} (${change.en}).`,
    );
  },

  comparisonSummary: (
    before: { readonly date: string; readonly schoolYear: string },
    after: { readonly date: string; readonly schoolYear: string },
    overallChange: number | null,
    appeared: number,
    resolved: number,
    bandChanges: number,
  ): LocalisedText => {
    const change =
      overallChange === null
        ? both('totaalscore niet te vergelijken', 'overall score not comparable')
        : both(`totaalscore ${signed(overallChange).nl}`, `overall score ${signed(overallChange).en}`);
    const newPitfalls = count(appeared, ['valkuil erbij', 'valkuilen erbij'], ['new pitfall', 'new pitfalls']);
    const gone = count(resolved, ['valkuil opgelost', 'valkuilen opgelost'], ['pitfall resolved', 'pitfalls resolved']);
    const bands = count(bandChanges, ['band veranderd', 'banden veranderd'], ['band changed', 'bands changed']);
    return both(
      `Van ${before.date} (schooljaar ${before.schoolYear}) naar ${after.date} (schooljaar ${after.schoolYear}): ${change.nl}; ${newPitfalls.nl}, ${gone.nl}; ${bands.nl}.`,
      `From ${before.date} (school year ${before.schoolYear}) to ${after.date} (school year ${after.schoolYear}): ${change.en}; ${newPitfalls.en}, ${gone.en}; ${bands.en}.`,
    );
  },

  /** The allowed value when `after` is dated before `before`. */
  notBefore: (date: string): LocalisedText =>
    both(
      `een meting op of na ${date}, de datum van 'before'; verwissel de twee argumenten als ze in de verkeerde volgorde staan`,
      `an assessment on or after ${date}, the date of 'before'; swap the two arguments if they are in the wrong order`,
    ),

  /** The allowed value of an argument that must be an assessment or a score. */
  assessmentOrScore: (): LocalisedText =>
    both(
      'een meting (kind: assessment) of een score van scoreBerenschot',
      'an assessment (kind: assessment) or a score from scoreBerenschot',
    ),

  /** The allowed value of the `scoring` option. */
  scoringOptions: (): LocalisedText =>
    both('de opties van scoreBerenschot, als object', 'the options of scoreBerenschot, as an object'),
} as const;
