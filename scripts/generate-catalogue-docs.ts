/**
 * Writes `docs/catalogue.md`, the readable reference of every catalogue entry in Dutch and English with its
 * sources. With `--check`, writes nothing and fails when the file is not current (run in `npm test`).
 *
 * Run: `npx tsx scripts/generate-catalogue-docs.ts [--check]`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogueChange, CatalogueEntry, CitedText, Source, SourceRef } from '../src/catalogue/index.js';
import { catalogue } from '../src/catalogue/index.js';

const target = join(import.meta.dirname, '..', 'docs', 'catalogue.md');

const sections: { key: Exclude<keyof typeof catalogue, 'edition' | 'changes'>; title: string; intro: string }[] = [
  { key: 'strategyFactors', title: 'The six strategy factors', intro: 'Berenschot’s strategy, in its order.' },
  { key: 'indicators', title: 'Indicators', intro: 'One self-assessment statement each, rated on a scale.' },
  { key: 'pitfalls', title: 'Pitfalls', intro: 'How each strategy factor typically goes wrong, with advice.' },
  { key: 'themes', title: 'Themes', intro: 'What partners collaborate on.' },
  { key: 'forms', title: 'Collaboration forms', intro: 'How collaboration is organised, from network to merger.' },
  { key: 'factors', title: 'Promoting and hindering factors', intro: 'What helps and what hinders.' },
  { key: 'reasons', title: 'Reasons for not collaborating', intro: 'Why boards sometimes stay apart.' },
  { key: 'stages', title: 'Stages', intro: 'How mature the relationship between the partners is.' },
  { key: 'portraits', title: 'Berenschot portraits', intro: 'The eight municipalities.' },
  { key: 'partnerTypes', title: 'Partner types', intro: 'Who collaborates.' },
  { key: 'stakeholderGroups', title: 'Stakeholder groups', intro: 'Who has a stake.' },
  { key: 'sectors', title: 'Sectors', intro: 'From childcare to university.' },
  { key: 'levels', title: 'Levels of collaboration', intro: 'From one person to the whole organisation.' },
  { key: 'competences', title: 'Competences', intro: 'What staff need to work with outside professionals.' },
  { key: 'motives', title: 'Motives', intro: 'Why partners collaborate, with printed mean scores.' },
  { key: 'benchmarks', title: 'Benchmarks', intro: 'Survey figures exactly as printed.' },
  { key: 'mappings', title: 'Framework mappings', intro: 'Berenschot ↔ Kaats & Opheij ↔ NSOB.' },
  { key: 'benefits', title: 'Benefits', intro: 'What partners gain from collaborating, and how often it was named.' },
  {
    key: 'suggestions',
    title: 'Suggestions',
    intro: 'The Overlegraad’s ideas a to i for furthering regional collaboration.',
  },
  {
    key: 'coordinatingRoles',
    title: 'Coordinating roles',
    intro: 'Who in a school holds the contact with outside partners.',
  },
  {
    key: 'staffAttentionPoints',
    title: 'Staff attention points',
    intro: 'Points of attention per staff group for working with outside partners.',
  },
  {
    key: 'trainingRoutes',
    title: 'Training routes',
    intro: 'How staff learn to collaborate with outside professionals.',
  },
  { key: 'supportNeeds', title: 'Support needs', intro: 'What collaborating vso and vo schools would like help with.' },
  {
    key: 'sources',
    title: 'Sources',
    intro:
      'The five reports everything rests on, then the acts and publications outside them (marked as such): those that the statements about the law cite, then those that the dated Fusietoets rules rest on.',
  },
];

function cite(refs: readonly SourceRef[]): string {
  return refs.map((ref) => `\`${ref.source}\`, ${ref.section}${ref.lines ? ` (${ref.lines})` : ''}`).join('; ');
}

function clean(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

const ids = (values: readonly string[]): string => values.map((value) => `\`${value}\``).join(', ');

/** The id links and kinds of the entries of the lists added in edition 2026.2, one line each. */
const linkFields: Partial<Record<(typeof sections)[number]['key'], readonly string[]>> = {
  benefits: ['beneficiary', 'motives'],
  suggestions: ['letter', 'factors', 'reasons'],
  coordinatingRoles: ['partnerTypes', 'levels'],
  staffAttentionPoints: ['audience', 'factors', 'competences', 'trainingRoutes', 'coordinatingRoles'],
  trainingRoutes: ['audience', 'competences'],
  supportNeeds: ['factors', 'forms'],
};

function links(entry: CatalogueEntry, fields: readonly string[]): string[] {
  const record = entry as unknown as Record<string, unknown>;
  const parts = fields.flatMap((field) => {
    const value = record[field];
    if (typeof value === 'string') return [`${field}: \`${value}\``];
    if (Array.isArray(value) && value.length > 0) return [`${field}: ${ids(value as string[])}`];
    return [];
  });
  const mentions = record.mentions as
    | readonly { theme: string; frequency: { nl: string; en: string } | null }[]
    | undefined;
  if (mentions !== undefined && mentions.length > 0) {
    const named = mentions.map(
      ({ theme, frequency }) => `\`${theme}\`${frequency === null ? '' : ` (${frequency.nl} / ${frequency.en})`}`,
    );
    parts.push(`mentions: ${named.join(', ')}`);
  }
  return parts.length > 0 ? [`- **koppelingen / links**: ${parts.join('; ')}`] : [];
}

/**
 * The changes of one kind in one edition, one line per list and reason. The first edition added everything, so its
 * ids are the lists above and only their number per list is shown.
 */
function changeLines(kind: string, changes: readonly CatalogueChange[], countOnly = false): string[] {
  if (changes.length === 0) return [`- **${kind}**: none`];
  if (countOnly) {
    const perList = new Map<string, number>();
    for (const change of changes) perList.set(change.list, (perList.get(change.list) ?? 0) + 1);
    const [first] = changes as [CatalogueChange];
    return [
      `- **${kind}** (${changes.length}): ${[...perList].map(([list, count]) => `\`${list}\` ${count}`).join(', ')}. ${clean(first.reason.nl)} / ${clean(first.reason.en)}`,
    ];
  }
  const groups = new Map<string, CatalogueChange[]>();
  for (const change of changes) {
    const group = `${change.list}\u0000${change.reason.nl}\u0000${change.reason.en}`;
    groups.set(group, [...(groups.get(group) ?? []), change]);
  }
  return [
    `- **${kind}** (${changes.length}):`,
    ...[...groups.values()].map((group) => {
      const [first] = group as [CatalogueChange];
      const reason = `${clean(first.reason.nl)} / ${clean(first.reason.en)}`;
      return `  - \`${first.list}\` (${group.length}): ${ids(group.map((change) => change.id))}. ${reason}`;
    }),
  ];
}

const lines: string[] = [
  '---',
  'title: Catalogue reference',
  '---',
  '',
  '# Catalogue reference',
  '',
  `Edition ${catalogue.edition}. Generated by \`scripts/generate-catalogue-docs.ts\`; do not edit by hand.`,
  'Every text is our own wording; the sources are cited per entry. A line reference such as L461 points to a line of',
  'the plain-text copy of the report named in the citation. Statements about the law stand apart as the legal basis of',
  'a form, each with its own sources.',
  '',
];
for (const section of sections) {
  const entries = catalogue[section.key] as readonly CatalogueEntry[];
  lines.push(`## ${section.title}`, '', `${section.intro} ${entries.length} entries.`, '');
  for (const entry of entries) {
    lines.push(`### \`${entry.id}\`: ${clean(entry.label.nl)} / ${clean(entry.label.en)}`, '');
    lines.push(`- **nl**: ${clean(entry.description.nl)}`, `- **en**: ${clean(entry.description.en)}`);
    const legalBasis = (entry as { legalBasis?: CitedText }).legalBasis;
    if (legalBasis) {
      lines.push(`- **wettelijke basis / legal basis**: ${clean(legalBasis.nl)} / ${clean(legalBasis.en)}`);
      lines.push(`- **bron / source** (wettelijke basis / legal basis): ${cite(legalBasis.sources)}`);
    }
    if (entry.note) lines.push(`- **noot / note**: ${clean(entry.note.nl)} / ${clean(entry.note.en)}`);
    const source = entry as Partial<Source>;
    if (section.key === 'sources' && source.outsideReports) {
      lines.push(
        `- **buiten de vijf rapporten / outside the five reports**: ${clean(source.title ?? '')}${source.bwbId ? ` (${source.bwbId})` : ''}${source.url ? `, <${source.url}>` : ''}`,
      );
    }
    if (entry.retired) {
      const by = entry.replacedBy === undefined ? 'no replacement' : `replaced by \`${entry.replacedBy}\``;
      lines.push(`- **vervallen / retired**: ${by}`);
    }
    lines.push(...links(entry, linkFields[section.key] ?? []));
    lines.push(`- **bron / source**: ${cite(entry.sources)}`, '');
  }
}
lines.push(
  '## Changes per edition',
  '',
  'What each edition added, changed and retired, with the reason (`catalogue.changes`). Ids never change meaning;',
  'a retired id stays in its list with `retired: true`.',
  '',
);
for (const edition of catalogue.changes) {
  lines.push(
    `### Edition ${edition.edition}`,
    '',
    ...changeLines('added', edition.added, edition === catalogue.changes[0]),
    ...changeLines('changed', edition.changed),
    ...changeLines('retired', edition.retired),
    '',
  );
}
const text = `${lines.join('\n').trimEnd()}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== text) {
    console.error('docs/catalogue.md is out of date: run `npx tsx scripts/generate-catalogue-docs.ts`.');
    process.exit(1);
  }
  console.log('docs/catalogue.md is current.');
} else {
  writeFileSync(target, text);
  console.log(`docs/catalogue.md written (${lines.length} lines).`);
}
