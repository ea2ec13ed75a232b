import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every message group in src/i18n has one file per language; a message (or an entry of a word table) that exists in
 * one language only fails here, also in a language added later: every `*.ts` file of a group other than the group's
 * own module and its helpers is read as a language.
 */
const folder = join(import.meta.dirname, '..', '..', 'src', 'i18n');
const groups = readdirSync(folder, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** The shape of a language file's export: message names, and for a word table the names of its entries. */
function shapeOf(messages: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(messages)
    .flatMap(([key, message]) =>
      typeof message === 'object' && message !== null
        ? Object.keys(message).map((entry) => `${key}.${entry}`)
        : [`${key} (${typeof message})`],
    )
    .sort();
}

async function languagesOf(group: string): Promise<Record<string, Readonly<Record<string, unknown>>>> {
  const languages: Record<string, Readonly<Record<string, unknown>>> = {};
  for (const file of readdirSync(join(folder, group))) {
    const language = file.replace(/\.ts$/, '');
    if (!/^[a-z]{2}$/.test(language)) continue;
    const module = (await import(join(folder, group, file))) as Record<string, Readonly<Record<string, unknown>>>;
    languages[language] = module[language] as Readonly<Record<string, unknown>>;
  }
  return languages;
}

describe('the message groups', () => {
  it('are there, each in Dutch and English', async () => {
    expect(groups.length).toBeGreaterThanOrEqual(15);
    for (const group of groups) expect(Object.keys(await languagesOf(group)).sort(), group).toEqual(['en', 'nl']);
  });

  it.each(groups)('%s has every message in every language', async (group) => {
    const languages = await languagesOf(group);
    const dutch = shapeOf(languages.nl as Readonly<Record<string, unknown>>);
    expect(dutch.length).toBeGreaterThan(0);
    for (const [language, messages] of Object.entries(languages)) expect(shapeOf(messages), language).toEqual(dutch);
  });

  it('tells a message that exists in one language only', () => {
    expect(shapeOf({ a: 'x', b: { c: 'y' } })).not.toEqual(shapeOf({ a: 'x', b: { c: 'y', d: 'z' } }));
    expect(shapeOf({ a: 'x' })).not.toEqual(shapeOf({ a: () => 'x' }));
  });
});
