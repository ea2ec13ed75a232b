import { catalogue } from '../../catalogue/catalogue.js';
import { forms as formEntries } from '../../catalogue/data/forms.js';
import { indicators } from '../../catalogue/data/indicators.js';
import { partnerTypes } from '../../catalogue/data/partnerTypes.js';
import { pitfalls as pitfallEntries } from '../../catalogue/data/pitfalls.js';
import { sectors } from '../../catalogue/data/sectors.js';
import { stakeholderGroups } from '../../catalogue/data/stakeholderGroups.js';
import { strategyFactors } from '../../catalogue/data/strategyFactors.js';
import { themes } from '../../catalogue/data/themes.js';
import type { SourceRef } from '../../catalogue/types.js';
import {
  formatChange,
  formatDate,
  formatFixed,
  formatList,
  formatNumber,
  formatPercent,
  lowerFirst,
} from '../../i18n/format.js';
import { en as fusietoetsEn } from '../../i18n/fusietoetsFindings/en.js';
import { nl as fusietoetsNl } from '../../i18n/fusietoetsFindings/nl.js';
import type { Locale } from '../../i18n/LocalisedText.js';
import { reportLabels } from '../../i18n/reportLabels/reportLabels.js';
import { reportTexts } from '../../i18n/reportTexts/reportTexts.js';
import { scoringTermsIn } from '../../i18n/scoringTerms/scoringTermsByLocale.js';
import type { AssessmentPitfall, Band, BerenschotScore, PitfallEvidence, PitfallFinding } from '../../scoring/types.js';
import { toRadarSvg } from '../toRadarSvg.js';
import { toTrendSvg } from '../toTrendSvg.js';
import {
  type Block,
  type FactsBlock,
  type Inline,
  list,
  paragraph,
  type ReportModel,
  type ReportSection,
} from './blocks.js';
import type { ReadInput } from './ReportInput.js';

/** The settings a score was computed with, where the score records them (results as documents, version 0.2). */
export interface RecordedSettings {
  readonly bands: { readonly voldoende: number; readonly goed: number };
  readonly minCoverage: number;
  readonly sequenceGap: number;
  readonly pitfallThreshold: number;
  readonly disagreementGap: number;
  /**
   * Whether the score was computed with settings of its own; `false` when they are the defaults of `scoreBerenschot`
   * (a score records the settings it was computed with, the defaults too).
   */
  readonly recorded: boolean;
}

/** The settings of a score: those it records, or the defaults of `scoreBerenschot` (DOMAIN §6.1). */
export function settingsOf(score: BerenschotScore): RecordedSettings {
  const options = (score as { readonly options?: Partial<Omit<RecordedSettings, 'recorded'>> }).options;
  const minCoverage = score.factors[0]?.explanation.minCoverage ?? 0.5;
  const settings = {
    bands: options?.bands ?? { voldoende: 50, goed: 75 },
    minCoverage: options?.minCoverage ?? minCoverage,
    sequenceGap: options?.sequenceGap ?? 25,
    pitfallThreshold: options?.pitfallThreshold ?? 40,
    disagreementGap: options?.disagreementGap ?? 2,
  };
  const defaults =
    settings.bands.voldoende === 50 &&
    settings.bands.goed === 75 &&
    settings.minCoverage === 0.5 &&
    settings.sequenceGap === 25 &&
    settings.pitfallThreshold === 40 &&
    settings.disagreementGap === 2;
  return { ...settings, recorded: !defaults };
}

/** A pitfall with everything that points to it: the signals in the answers and the findings in the document. */
export interface MergedPitfall {
  readonly pitfall: PitfallFinding['pitfall'];
  readonly factor: PitfallFinding['factor'];
  readonly signals: readonly AssessmentPitfall[];
  readonly findings: readonly PitfallFinding[];
}

const factorOrder = (factor: string): number => strategyFactors.findIndex((entry) => entry.id === factor);
const pitfallOrder = (pitfall: string): number => pitfallEntries.findIndex((entry) => entry.id === pitfall);

/** Merges the pitfalls of a score and of `detectPitfalls` into one entry per pitfall, in strategy order. */
export function mergePitfalls(input: ReadInput): MergedPitfall[] {
  const merged = new Map<
    string,
    {
      pitfall: MergedPitfall['pitfall'];
      factor: MergedPitfall['factor'];
      signals: AssessmentPitfall[];
      findings: PitfallFinding[];
    }
  >();
  const entry = (pitfall: MergedPitfall['pitfall'], factor: MergedPitfall['factor']) => {
    let found = merged.get(pitfall);
    if (found === undefined) {
      found = { pitfall, factor, signals: [], findings: [] };
      merged.set(pitfall, found);
    }
    return found;
  };
  for (const signal of input.score?.pitfalls ?? []) entry(signal.pitfall, signal.factor).signals.push(signal);
  for (const finding of input.pitfalls ?? []) entry(finding.pitfall, finding.factor).findings.push(finding);
  return [...merged.values()].sort(
    (a, b) => factorOrder(a.factor) - factorOrder(b.factor) || pitfallOrder(a.pitfall) - pitfallOrder(b.pitfall),
  );
}

/** The factor to start with: the bottleneck, or else the lowest-scoring factor; `null` without scores. */
function startFactor(score: BerenschotScore): { factor: string; score: number; bottleneck: boolean } | null {
  const bottleneck = score.overall.bottleneck;
  if (bottleneck !== null) {
    const result = score.factors.find((factor) => factor.factor === bottleneck);
    if (result?.score !== null && result?.score !== undefined)
      return { factor: bottleneck, score: result.score, bottleneck: true };
  }
  let lowest: { factor: string; score: number; bottleneck: boolean } | null = null;
  for (const factor of score.factors) {
    if (factor.score !== null && (lowest === null || factor.score < lowest.score)) {
      lowest = { factor: factor.factor, score: factor.score, bottleneck: false };
    }
  }
  return lowest;
}

/** The pitfalls in the order their actions matter: in both sources first, then the start factor's, then strategy order. */
export function rankPitfalls(merged: readonly MergedPitfall[], start: string | null): MergedPitfall[] {
  const weight = (pitfall: MergedPitfall): number =>
    (pitfall.signals.length > 0 && pitfall.findings.length > 0 ? 0 : 2) + (pitfall.factor === start ? 0 : 1);
  return [...merged].sort((a, b) => weight(a) - weight(b) || merged.indexOf(a) - merged.indexOf(b));
}

/** Builds the neutral model of a report from what was passed; sections without content are left out. */
export function buildReport(input: ReadInput, locale: Locale): ReportModel {
  const t = reportTexts[locale];
  const terms = scoringTermsIn[locale];
  const number = (value: number | null): string => formatFixed(value, locale, 1);
  const day = (date: string): string => formatDate(date, locale);
  const band = (value: Band | null): string => (value === null ? '–' : terms.band[value]);
  const labelIn = <Entry extends { readonly id: string; readonly label: { readonly nl: string; readonly en: string } }>(
    entries: readonly Entry[],
    id: string,
  ): string => entries.find((entry) => entry.id === id)?.label[locale] ?? id;
  const factorLabel = (id: string): string => labelIn(strategyFactors, id);
  const indicatorLabel = (id: string): string => labelIn(indicators, id);
  const partnerName = (id: string): string =>
    input.collaboration?.partners.find((partner) => partner.id === id)?.name ?? id;
  const { collaboration, assessment, score } = input;
  const collaborationId =
    collaboration?.id ??
    score?.collaboration ??
    assessment?.collaboration ??
    input.balance?.collaboration ??
    input.stage?.collaboration ??
    input.comparison?.collaboration ??
    input.trend?.collaboration ??
    input.plan?.collaboration;
  const date =
    score?.date ??
    assessment?.date ??
    input.comparison?.after.date ??
    input.stage?.referenceDate ??
    input.fusietoets[0]?.on ??
    input.trend?.dates[input.trend.dates.length - 1] ??
    input.plan?.date ??
    null;
  const title =
    input.title ??
    collaboration?.name ??
    (collaborationId === undefined
      ? t.reportTitle
      : `${t.reportTitle}: ${collaborationId}${date === null ? '' : ` (${date})`}`);
  const edition = (score as { readonly edition?: string } | undefined)?.edition ?? catalogue.edition;

  const factsList: [string, string][] = [];
  if (collaboration !== undefined && input.title !== undefined)
    factsList.push([t.metaCollaboration, collaboration.name]);
  else if (collaboration === undefined && collaborationId !== undefined && input.title !== undefined)
    factsList.push([t.metaCollaboration, collaborationId]);
  if (date !== null) factsList.push([t.metaDate, day(date)]);
  if (assessment !== undefined) factsList.push([t.metaRespondents, String(assessment.responses.length)]);
  if (collaboration !== undefined) {
    const answered =
      assessment === undefined
        ? null
        : new Set(
            assessment.responses.flatMap((response) => (response.partner === undefined ? [] : [response.partner])),
          ).size;
    factsList.push([
      t.metaPartners,
      answered === null
        ? String(collaboration.partners.length)
        : `${collaboration.partners.length} (${t.partnersAnswered(answered, collaboration.partners.length)})`,
    ]);
  } else if (assessment !== undefined) {
    const answered = new Set(
      assessment.responses.flatMap((response) => (response.partner === undefined ? [] : [response.partner])),
    ).size;
    if (answered > 0) factsList.push([t.metaPartners, String(answered)]);
  }
  factsList.push([t.metaEdition, t.editionValue(edition)]);

  const merged = mergePitfalls(input);
  const pitfallNumber = new Map(merged.map((pitfall, index) => [pitfall.pitfall, index + 1]));
  const pitfallAnchor = (pitfall: string): string => `pitfall-${pitfall}`;
  const settings = score === undefined ? null : settingsOf(score);
  const sections: ReportSection[] = [];

  // Summary.
  {
    const blocks: Block[] = [];
    const start = score === undefined ? null : startFactor(score);
    if (score !== undefined) {
      blocks.push({
        kind: 'paragraph',
        parts: [
          {
            text:
              score.overall.score === null
                ? t.overallNone
                : t.overall(number(score.overall.score), band(score.overall.band)),
            strong: true,
          },
        ],
      });
      if (start !== null) {
        blocks.push(
          paragraph(
            start.bottleneck
              ? t.startWith(factorLabel(start.factor), number(start.score))
              : t.startWithLowest(factorLabel(start.factor), number(start.score)),
          ),
        );
      }
    }
    if (input.stage !== undefined)
      blocks.push(paragraph(t.stageLine(input.stage.label[locale], terms.confidence[input.stage.confidence])));
    if (input.balance !== undefined && input.balance.outlook !== null)
      blocks.push(paragraph(t.balanceLine(number(input.balance.outlook))));
    if (input.comparison !== undefined) blocks.push(paragraph(input.comparison.summary[locale]));
    if (score !== undefined || input.pitfalls !== undefined) {
      const actions = rankPitfalls(merged, start?.factor ?? null).slice(0, 3);
      if (actions.length === 0) blocks.push(paragraph(t.noActions));
      else {
        blocks.push({
          kind: 'heading',
          level: 1,
          text: actions.length === 1 ? t.actionsOne : t.actionsMany(actions.length),
        });
        blocks.push({
          kind: 'list',
          ordered: true,
          items: actions.map((action): Inline[] => [
            { text: t.action(labelIn(pitfallEntries, action.pitfall), factorLabel(action.factor)), strong: true },
            { text: ' — ' },
            { text: t.seeAdvice(pitfallNumber.get(action.pitfall) ?? 0), target: pitfallAnchor(action.pitfall) },
          ]),
        });
      }
    }
    sections.push({ id: 'summary', title: t.summary, blocks });
  }

  // The collaboration document.
  if (collaboration !== undefined) {
    const blocks: Block[] = [];
    const about: [string, string][] = [
      [t.form, labelIn(formEntries, collaboration.form)],
      [
        t.themes,
        formatList(
          collaboration.themes.map((theme) => labelIn(themes, theme)),
          locale,
        ),
      ],
    ];
    if (collaboration.startDate !== undefined) {
      about.push([
        t.period,
        collaboration.endDate === undefined
          ? t.since(day(collaboration.startDate))
          : t.fromTo(day(collaboration.startDate), day(collaboration.endDate)),
      ]);
    }
    blocks.push({ kind: 'facts', items: about });
    blocks.push({
      kind: 'table',
      caption: t.metaPartners,
      header: [t.partner, t.partnerType, t.sector, t.pupils, t.schools],
      align: ['l', 'l', 'l', 'r', 'r'],
      rowHeaders: true,
      rows: collaboration.partners.map((partner) => [
        partner.name,
        labelIn(partnerTypes, partner.type),
        partner.sector === undefined ? '–' : labelIn(sectors, partner.sector),
        partner.pupils === undefined ? '–' : String(partner.pupils),
        partner.schools === undefined ? '–' : String(partner.schools),
      ]),
    });
    if (collaboration.ambition !== undefined) {
      blocks.push({ kind: 'heading', level: 1, text: t.ambition }, paragraph(collaboration.ambition.statement));
      const principles = collaboration.ambition.principles ?? [];
      if (principles.length > 0) blocks.push({ kind: 'heading', level: 2, text: t.principles }, list(principles));
    }
    if (collaboration.stakeholders !== undefined && collaboration.stakeholders.length > 0) {
      blocks.push({ kind: 'heading', level: 1, text: t.stakeholders });
      blocks.push({
        kind: 'table',
        caption: t.stakeholders,
        header: [t.group, t.involvementHeader, t.representedBy],
        align: ['l', 'l', 'l'],
        rowHeaders: true,
        rows: collaboration.stakeholders.map((stakeholder) => [
          labelIn(stakeholderGroups, stakeholder.group),
          t.involvement[stakeholder.involvement],
          stakeholder.representedBy === undefined ? '–' : partnerName(stakeholder.representedBy),
        ]),
      });
    }
    if (collaboration.agreements !== undefined && collaboration.agreements.length > 0) {
      blocks.push({ kind: 'heading', level: 1, text: t.agreements });
      blocks.push({
        kind: 'table',
        caption: t.agreements,
        header: [t.subject, t.date, t.covers],
        align: ['l', 'l', 'l'],
        rowHeaders: true,
        rows: collaboration.agreements.map((agreement) => [
          agreement.subject,
          day(agreement.date),
          formatList(
            agreement.covers.map((topic) => t.agreementTopic[topic]),
            locale,
          ),
        ]),
      });
    }
    sections.push({ id: 'collaboration', title: t.collaboration, blocks });
  }

  // The respondents of the self-assessment.
  if (assessment !== undefined) {
    const counts = new Map<string, number>();
    for (const response of assessment.responses) {
      const key = response.partner === undefined ? '' : response.partner;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const rows = [...counts.entries()].map(([partner, count]) => [
      partner === '' ? t.noPartner : partnerName(partner),
      String(count),
    ]);
    if (rows.length > 1 || rows[0]?.[0] !== t.noPartner) {
      sections.push({
        id: 'respondents',
        title: t.respondentsTable,
        blocks: [
          {
            kind: 'table',
            caption: t.respondentsTable,
            header: [t.partner, t.respondents],
            align: ['l', 'r'],
            rowHeaders: true,
            rows,
          },
        ],
      });
    }
  }

  // The six factors.
  if (score !== undefined) {
    const blocks: Block[] = [paragraph(t.factorsIntro)];
    blocks.push({
      kind: 'table',
      caption: t.factors,
      header: ['#', t.factor, t.score, t.band, t.coverage, t.readiness],
      align: ['r', 'l', 'r', 'l', 'r', 'r'],
      rows: strategyFactors.map((factor) => {
        const result = score.factors.find((candidate) => candidate.factor === factor.id);
        return [
          String(factor.order),
          factor.label[locale],
          number(result?.score ?? null),
          band(result?.band ?? null),
          result === undefined ? '–' : formatPercent(result.coverage, locale, 0),
          number(result?.readiness ?? null),
        ];
      }),
    });
    blocks.push({
      kind: 'figure',
      svg: toRadarSvg(score, { locale, id: 'report-radar', size: 480 }),
      caption: t.radarCaption(collaboration?.name ?? score.collaboration, day(score.date)),
    });
    if (score.sequenceWarnings.length > 0) {
      blocks.push({ kind: 'heading', level: 1, text: t.sequence });
      blocks.push(
        list(
          score.sequenceWarnings.map((warning) =>
            reportLabels[locale].sequenceWarning(
              factorLabel(warning.factor),
              number(warning.gap),
              factorLabel(warning.prerequisite),
            ),
          ),
        ),
      );
    }
    sections.push({ id: 'factors', title: t.factors, blocks });
  }

  // Pitfalls, one entry each.
  if (merged.length > 0) {
    const blocks: Block[] = [paragraph(t.pitfallsIntro)];
    for (const pitfall of merged) {
      const entry = pitfallEntries.find((candidate) => candidate.id === pitfall.pitfall);
      blocks.push({
        kind: 'heading',
        level: 1,
        text: t.pitfallHeading(pitfallNumber.get(pitfall.pitfall) ?? 0, entry?.label[locale] ?? pitfall.pitfall),
        id: pitfallAnchor(pitfall.pitfall),
      });
      const where = [
        ...(pitfall.signals.length > 0 ? [t.foundInAnswers] : []),
        ...(pitfall.findings.length > 0 ? [t.foundInStructure] : []),
      ];
      blocks.push(paragraph(`${t.factorOf(factorLabel(pitfall.factor))} ${t.foundIn}: ${formatList(where, locale)}.`));
      const evidence: string[] = [];
      for (const signal of pitfall.signals) {
        evidence.push(
          t.signal(
            indicatorLabel(signal.indicator),
            number(signal.score),
            formatNumber(settings?.pitfallThreshold ?? 40, locale, 2),
          ),
        );
      }
      for (const finding of pitfall.findings) {
        evidence.push(finding.message[locale]);
        const words = finding.evidence.map((item) => evidenceInWords(item, locale, partnerName));
        if (words.length > 0) evidence.push(`${t.evidence}: ${formatList(words, locale)}.`);
      }
      blocks.push(list(evidence));
      if (entry !== undefined)
        blocks.push({
          kind: 'paragraph',
          parts: [{ text: `${t.advice}:`, strong: true }, { text: ` ${entry.advice[locale]}` }],
        });
    }
    sections.push({ id: 'pitfalls', title: t.pitfalls, blocks });
  }

  // Where partners differ.
  if (score !== undefined && score.disagreements.length > 0) {
    sections.push({
      id: 'disagreements',
      title: t.disagreements,
      blocks: [
        paragraph(t.disagreementsIntro(formatNumber(settings?.disagreementGap ?? 2, locale, 2))),
        {
          kind: 'table',
          caption: t.disagreements,
          header: [t.indicator, t.spread, t.partnerMeans],
          align: ['l', 'r', 'l'],
          rowHeaders: true,
          rows: score.disagreements.map((disagreement) => [
            indicatorLabel(disagreement.indicator),
            number(disagreement.spread),
            disagreement.partners
              .map((partner) => `${partnerName(partner.partner)}: ${number(partner.mean)}`)
              .join('; '),
          ]),
        },
      ],
    });
  }

  // Promoting and hindering factors.
  if (input.balance !== undefined) {
    const balance = input.balance;
    const blocks: Block[] = [paragraph(balance.explanation.summary[locale])];
    const observed = balance.categories.filter((category) => category.promoting > 0 || category.hindering > 0);
    if (observed.length > 0) {
      blocks.push({
        kind: 'table',
        caption: t.balance,
        header: [t.category, t.promoting, t.hindering, t.outlook],
        align: ['l', 'r', 'r', 'r'],
        rowHeaders: true,
        rows: observed.map((category) => [
          category.label[locale],
          number(category.promoting),
          number(category.hindering),
          number(category.outlook),
        ]),
      });
    }
    if (balance.strongestObstacles.length > 0) {
      blocks.push(
        { kind: 'heading', level: 1, text: t.obstacles },
        list(
          balance.strongestObstacles.map((obstacle) => `${obstacle.label[locale]}: ${obstacle.explanation[locale]}`),
        ),
      );
    }
    if (balance.likelyReasons.length > 0) {
      blocks.push(
        { kind: 'heading', level: 1, text: t.likelyReasons },
        list(balance.likelyReasons.map((reason) => `${reason.label[locale]}. ${reason.explanation[locale]}`)),
      );
    }
    sections.push({ id: 'balance', title: t.balance, blocks });
  }

  // Stage.
  if (input.stage !== undefined) {
    const stage = input.stage;
    sections.push({
      id: 'stage',
      title: t.stage,
      blocks: [
        paragraph(stage.summary[locale]),
        {
          kind: 'table',
          caption: t.stage,
          header: [t.stage, t.points, t.share],
          align: ['l', 'r', 'r'],
          rowHeaders: true,
          rows: stage.scores.map((entry) => [
            entry.label[locale],
            number(entry.points),
            formatPercent(entry.share, locale, 0),
          ]),
        },
        ...(stage.reasons.length > 0
          ? [
              { kind: 'heading', level: 1, text: t.reasons } as const,
              list(stage.reasons.map((reason) => reason.message[locale])),
            ]
          : []),
      ],
    });
  }

  // Forms.
  if (input.forms !== undefined) {
    const recommendation = input.forms;
    const best = recommendation.candidates.find((candidate) => candidate.form === recommendation.best);
    const blocks: Block[] = [paragraph(best === undefined ? t.formsNone : t.formsBest(best.label[locale]))];
    if (best !== undefined) blocks.push(list(best.reasons.map((reason) => reason.message[locale])));
    const fitting = recommendation.candidates.filter((candidate) => candidate.fits).slice(0, 10);
    if (fitting.length > 0) {
      blocks.push({
        kind: 'table',
        caption: t.forms,
        header: [t.form, t.fits, t.integration, t.newLegalEntity, t.councilConsent],
        align: ['l', 'l', 'r', 'l', 'l'],
        rowHeaders: true,
        rows: fitting.map((candidate) => [
          candidate.label[locale],
          candidate.fits ? t.yes : t.no,
          String(candidate.integration),
          candidate.entails.newLegalEntity ? t.yes : t.no,
          candidate.entails.participationCouncilConsent ? t.yes : t.no,
        ]),
      });
    }
    sections.push({ id: 'forms', title: t.forms, blocks });
  }

  // Fusietoets.
  if (input.fusietoets.length > 0) {
    const findings = locale === 'nl' ? fusietoetsNl : fusietoetsEn;
    const blocks: Block[] = [];
    for (const classification of input.fusietoets) {
      blocks.push({
        kind: 'paragraph',
        parts: [
          {
            text: t.fusietoetsLine(
              t.mergerKind[classification.kind],
              lowerFirst(labelIn(sectors, classification.sector)),
              day(classification.on),
              findings.route[classification.route],
            ),
            strong: true,
          },
        ],
      });
      const lines = classification.reasons.map((reason) => reason[locale]);
      if (classification.uncertain && classification.alternatives.length > 0) {
        lines.push(
          t.uncertain(
            formatList(
              classification.alternatives.map((route) => findings.route[route]),
              locale,
            ),
          ),
        );
      }
      if (classification.ferRequired && !lines.some((line) => line.includes('FER'))) lines.push(t.ferRequired);
      blocks.push(list(lines));
    }
    sections.push({ id: 'fusietoets', title: t.fusietoets, blocks });
  }

  // Benchmarks.
  if (input.benchmarks.length > 0) {
    const blocks: Block[] = [];
    for (const comparison of input.benchmarks) {
      blocks.push(
        { kind: 'heading', level: 1, text: comparison.label[locale] },
        paragraph(comparison.citation[locale]),
      );
      const rows = comparison.rows.filter((row) => row.figure !== null);
      const shown = rows.length > 0 ? rows : comparison.rows;
      blocks.push({
        kind: 'table',
        caption: comparison.label[locale],
        header: ['', t.figure, t.benchmark, t.difference],
        align: ['l', 'r', 'r', 'r'],
        rowHeaders: true,
        rows: shown.map((row) => [
          row.label[locale],
          number(row.figure),
          number(row.benchmark),
          row.difference === null ? '–' : formatChange(row.difference, locale),
        ]),
      });
    }
    sections.push({ id: 'benchmarks', title: t.benchmarks, blocks });
  }

  // Comparison over time.
  if (input.comparison !== undefined) {
    const comparison = input.comparison;
    const blocks: Block[] = [
      paragraph(comparison.summary[locale]),
      {
        kind: 'table',
        caption: t.comparison,
        header: [
          t.factor,
          `${t.before} (${day(comparison.before.date)})`,
          `${t.after} (${day(comparison.after.date)})`,
          t.change,
        ],
        align: ['l', 'r', 'r', 'r'],
        rowHeaders: true,
        rows: [
          ...comparison.factors.map((factor) => [
            factor.label[locale],
            number(factor.before),
            number(factor.after),
            factor.change === null ? '–' : formatChange(factor.change, locale),
          ]),
          [
            terms.overallScore,
            number(comparison.before.overall),
            number(comparison.after.overall),
            comparison.overallChange === null ? '–' : formatChange(comparison.overallChange, locale),
          ],
        ],
      },
    ];
    if (comparison.pitfallsAppeared.length > 0) {
      blocks.push(
        { kind: 'heading', level: 1, text: t.appeared },
        list(comparison.pitfallsAppeared.map((change) => change.label[locale])),
      );
    }
    if (comparison.pitfallsResolved.length > 0) {
      blocks.push(
        { kind: 'heading', level: 1, text: t.resolved },
        list(comparison.pitfallsResolved.map((change) => change.label[locale])),
      );
    }
    sections.push({ id: 'comparison', title: t.comparison, blocks });
  }

  // The trend over several assessments: its summary, the chart, a table of the scores per date, and the pitfalls that
  // came and went.
  if (input.trend !== undefined) {
    const trend = input.trend;
    const series = [...trend.factors, trend.overall];
    const first = trend.dates[0] as string;
    const last = trend.dates[trend.dates.length - 1] as string;
    const blocks: Block[] = [paragraph(trend.summary[locale])];
    if (trend.dates.length > 1) {
      blocks.push({
        kind: 'figure',
        svg: toTrendSvg(trend, { locale, id: 'report-trend', size: 560 }),
        caption: t.trendCaption(collaboration?.name ?? trend.collaboration, day(first), day(last)),
      });
    }
    blocks.push({
      kind: 'table',
      caption: t.trend,
      header: [t.factor, ...trend.dates.map(day), t.sinceFirst, t.directionColumn],
      align: ['l', ...trend.dates.map((): 'r' => 'r'), 'r', 'l'],
      rowHeaders: true,
      rows: series.map((line) => [
        line.subject === 'overall' ? terms.overallScore : line.label[locale],
        ...line.points.map((point) => number(point.score)),
        line.changeSinceFirst === null ? '–' : formatChange(line.changeSinceFirst, locale),
        line.direction === null ? '–' : t.direction[line.direction],
      ]),
    });
    if (trend.pitfallChanges.length > 0) {
      blocks.push(
        { kind: 'heading', level: 1, text: t.pitfallChanges },
        list(
          trend.pitfallChanges.map((change) =>
            change.change === 'appeared'
              ? t.pitfallAppearedOn(change.label[locale], day(change.date))
              : t.pitfallResolvedOn(change.label[locale], day(change.date)),
          ),
        ),
      );
    }
    sections.push({ id: 'trend', title: t.trend, blocks });
  }

  // The plan: its targets per factor and its actions, owners by name.
  if (input.plan !== undefined) {
    const plan = input.plan;
    const blocks: Block[] = [paragraph(t.planIntro(day(plan.date), plan.actions.length))];
    const targets = strategyFactors.flatMap((factor) => {
      const target = plan.targets?.[factor.id];
      return target === undefined ? [] : [[factor.label[locale], number(target)]];
    });
    if (targets.length > 0) {
      blocks.push({
        kind: 'table',
        caption: t.planTargets,
        header: [t.factor, t.target],
        align: ['l', 'r'],
        rowHeaders: true,
        rows: targets,
      });
    }
    if (plan.actions.length > 0) {
      blocks.push({
        kind: 'table',
        caption: t.plan,
        header: [t.planAction, t.factor, t.owner, t.due, t.status],
        align: ['l', 'l', 'l', 'l', 'l'],
        rowHeaders: true,
        rows: plan.actions.map((action) => [
          action.title,
          factorLabel(action.factor),
          action.owner === undefined ? '–' : partnerName(action.owner),
          action.due === undefined ? '–' : day(action.due),
          t.actionStatus[action.status],
        ]),
      });
    }
    sections.push({ id: 'plan', title: t.plan, blocks });
  }

  // Appendix A: the score of every statement.
  if (score !== undefined) {
    const blocks: Block[] = [];
    for (const result of score.factors) {
      blocks.push(
        { kind: 'heading', level: 1, text: factorLabel(result.factor) },
        paragraph(result.explanation.summary[locale]),
      );
      blocks.push({
        kind: 'table',
        caption: factorLabel(result.factor),
        header: [t.indicator, t.score, t.weight, t.answers, t.counted],
        align: ['l', 'r', 'r', 'r', 'l'],
        rowHeaders: true,
        rows: result.explanation.indicators.map((item) => [
          indicatorLabel(item.indicator),
          number(item.score),
          number(item.weight),
          String(result.indicators.find((indicator) => indicator.indicator === item.indicator)?.answers ?? 0),
          item.counted ? t.yes : t.no,
        ]),
      });
    }
    sections.push({ id: 'appendix-indicators', title: t.appendixIndicators, blocks });
  }

  // Appendix B: method and sources, once.
  {
    const blocks: Block[] = [];
    const cited: SourceRef[] = [];
    if (score !== undefined && settings !== null) {
      const formula = score.factors[0]?.explanation.formula[locale];
      const lines: string[] = [];
      if (formula !== undefined) lines.push(t.methodFormula(formula));
      lines.push(
        t.methodBands(formatNumber(settings.bands.voldoende, locale, 2), formatNumber(settings.bands.goed, locale, 2)),
      );
      lines.push(t.methodCoverage(formatPercent(settings.minCoverage, locale, 0)));
      const weights = score.factors.flatMap((factor) =>
        factor.explanation.indicators
          .filter((item) => item.weight !== 1)
          .map((item) => `${indicatorLabel(item.indicator)} ${formatFixed(item.weight, locale, 2)}`),
      );
      lines.push(weights.length === 0 ? t.methodWeightsEqual : t.methodWeights(weights.join('; ')));
      lines.push(
        t.methodThresholds(
          formatNumber(settings.pitfallThreshold, locale, 2),
          formatNumber(settings.disagreementGap, locale, 2),
          formatNumber(settings.sequenceGap, locale, 2),
        ),
      );
      if (!settings.recorded) lines.push(t.methodDefaults);
      lines.push(t.methodRounding);
      blocks.push({ kind: 'heading', level: 1, text: t.methodScore }, list(lines));
      for (const factor of strategyFactors) cited.push(...factor.sources);
    }
    if (merged.length > 0) {
      blocks.push(paragraph(t.methodRanking));
      for (const pitfall of merged)
        cited.push(...(pitfallEntries.find((entry) => entry.id === pitfall.pitfall)?.sources ?? []));
    }
    if (input.balance !== undefined)
      blocks.push(
        { kind: 'heading', level: 1, text: t.methodBalance },
        paragraph(input.balance.explanation.formula[locale]),
      );
    if (input.stage !== undefined) blocks.push(paragraph(t.methodStage));
    for (const classification of input.fusietoets) cited.push(...classification.rule.sources);
    for (const comparison of input.benchmarks) cited.push(...comparison.sources);
    if (cited.length > 0) {
      const bySource = new Map<string, Set<string>>();
      for (const reference of cited) {
        const sectionsOf = bySource.get(reference.source) ?? new Set<string>();
        sectionsOf.add(reference.section);
        bySource.set(reference.source, sectionsOf);
      }
      blocks.push({ kind: 'heading', level: 1, text: t.sources });
      blocks.push(
        list(
          [...bySource.entries()].map(([id, sectionsOf]) => {
            const source = catalogue.sources.find((entry) => entry.id === id);
            const name =
              source === undefined
                ? id
                : t.sourceLine(source.title, source.publisher, source.year === null ? '–' : String(source.year));
            return `${name}; ${t.sections([...sectionsOf].join('; '))}.`;
          }),
        ),
      );
    }
    if (blocks.length > 0) sections.push({ id: 'appendix-method', title: t.appendixMethod, blocks });
  }

  const facts: FactsBlock = { kind: 'facts', items: factsList };
  return { locale, title, facts, sections: sections.filter((section) => section.blocks.length > 0) };
}

/** Says in words what one item of evidence of a pitfall finding is: names, dates and roles, not positions. */
export function evidenceInWords(
  evidence: PitfallEvidence,
  locale: Locale,
  partnerName: (id: string) => string,
): string {
  const t = reportTexts[locale];
  const day = (date: string): string => formatDate(date, locale);
  const label = (
    entries: readonly { readonly id: string; readonly label: { readonly nl: string; readonly en: string } }[],
    id: string,
  ): string => entries.find((entry) => entry.id === id)?.label[locale] ?? id;
  switch (evidence.kind) {
    case 'partner':
      return t.evidencePartner(partnerName(evidence.partner), label(partnerTypes, evidence.type).toLowerCase());
    case 'partner-count':
      return t.evidencePartnerCount(evidence.partners, evidence.maxForumSize);
    case 'stakeholder':
      return t.evidenceStakeholder(label(stakeholderGroups, evidence.group), t.involvement[evidence.involvement]);
    case 'missing-stakeholder':
      return t.evidenceMissingStakeholder(label(stakeholderGroups, evidence.group));
    case 'ambition':
      return evidence.problem === 'missing' ? t.evidenceNoAmbition : t.evidenceNoPrinciples;
    case 'interest': {
      const problems = [
        ...(evidence.documented ? [] : [t.interestUndocumented]),
        ...(evidence.visibleToAll ? [] : [t.interestHidden]),
        ...(evidence.shared ? [] : [t.interestNotShared]),
      ];
      return t.evidenceInterest(
        partnerName(evidence.partner),
        problems.length === 0 ? t.interestInOrder : formatList(problems, locale),
      );
    }
    case 'event': {
      const type = t.eventType[evidence.type];
      if (evidence.type === 'turnover' && evidence.role !== undefined && evidence.partner !== undefined) {
        return t.evidenceTurnover(evidence.role, partnerName(evidence.partner), day(evidence.date));
      }
      return evidence.partner === undefined
        ? t.evidenceEvent(type, day(evidence.date))
        : t.evidenceEventBy(type, day(evidence.date), partnerName(evidence.partner));
    }
    case 'agreement':
      return t.evidenceAgreement(evidence.subject, day(evidence.date));
    case 'missing-agreement':
      return t.evidenceNoRolesAgreement;
  }
}
