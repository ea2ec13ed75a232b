/**
 * What an input argument of a scoring or report function must be, in Dutch: the part after "Geef" in the message
 * about an argument that cannot be used. A phrase, not a sentence.
 */
/**
 * What an argument of a scoring or report function must be: a document kind or a stored result kind (as written in
 * `kind`), the findings of `detectPitfalls`, or either an assessment or a score.
 */
export type InputKind =
  | 'collaboration'
  | 'assessment'
  | 'portfolio'
  | 'berenschot-score'
  | 'factor-balance'
  | 'stage-inference'
  | 'portfolio-summary'
  | 'assessment-comparison'
  | 'trend'
  | 'pitfall-findings'
  | 'assessment-or-score';

/** The name of a kind in code: `assessment-comparison` → `AssessmentComparison`. */
function pascal(kind: string): string {
  return kind.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** The call that lists every problem of a value of a kind, with the value named in the language of the message. */
export function checkOf(kind: InputKind, value: string): string {
  if (kind === 'assessment-or-score') return `parseAssessment(${value}) / BerenschotScoreSchema.safeParse(${value})`;
  if (kind === 'pitfall-findings') return `detectPitfalls(${value})`;
  if (kind === 'collaboration' || kind === 'assessment' || kind === 'portfolio')
    return `parse${pascal(kind)}(${value})`;
  return `${pascal(kind)}Schema.safeParse(${value})`;
}

/** The kind in a message: `'assessment'`, or both kinds of `assessment-or-score`. */
export function kindsOf(kind: InputKind, or: string): string {
  return kind === 'assessment-or-score' ? `'assessment' ${or} 'berenschot-score'` : `'${kind}'`;
}

export const nl = {
  input: (kind: InputKind): string =>
    kind === 'pitfall-findings'
      ? 'de lijst met bevindingen zoals detectPitfalls(samenwerking) die geeft, onveranderd'
      : `een geldige waarde van soort ${kindsOf(kind, 'of')}; ${checkOf(kind, 'waarde')} noemt elk probleem`,
};

/** What an input argument must be: the shape every language implements. */
export type ExpectedInputMessages = typeof nl;
