/**
 * The list of issues of one parse: each issue once by code and path (compared one by one while there are few, by key
 * past that), none at or below a problem of the walk, and the cap with its last issue saying how many there were.
 */
import { describe, expect, it } from 'vitest';
import type { IssueCode, PathSegment } from '../../src/errors/SamenwerkingError.js';
import { IssueList, LazyIssue, ProblemPlaces } from '../../src/schema/issueList.js';

const issue = (code: IssueCode, path: readonly PathSegment[]): LazyIssue =>
  new LazyIssue(code, path, () => ({ nl: `${code} nl`, en: `${code} en` }));

const listed = (list: IssueList): string[] => list.issues().map((each) => `${each.code} ${JSON.stringify(each.path)}`);

describe('IssueList', () => {
  it('keeps an issue once by code and path, with few issues and with many', () => {
    for (const count of [3, 16, 17, 40]) {
      const list = new IssueList(1_000);
      for (let index = 0; index < count; index++) list.add(issue('invalid_type', ['items', index]));
      // The same again, and the same places with another code or a key that reads like the index.
      for (let index = 0; index < count; index++) list.add(issue('invalid_type', ['items', index]));
      for (let index = 0; index < count; index++) list.add(issue('invalid_value', ['items', index]));
      for (let index = 0; index < count; index++) list.add(issue('invalid_type', ['items', String(index)]));
      expect(list.total).toBe(3 * count);
      expect(new Set(listed(list)).size).toBe(3 * count);
    }
  });

  it('tells apart paths whose keys hold the characters of the key format', () => {
    const list = new IssueList(100);
    for (let index = 0; index < 20; index++) list.add(issue('custom', [`a${index}`]));
    list.add(issue('custom', ['a\u00001']));
    list.add(issue('custom', ['a', 1]));
    list.add(issue('custom', ['a\u00012:b']));
    list.add(issue('custom', ['a', 'b']));
    list.add(issue('custom', ['a', 1]));
    expect(list.total).toBe(24);
  });

  it('leaves out the issues at or below a problem, but not the problems themselves', () => {
    const places = new ProblemPlaces();
    places.add(['partners', 1]);
    const list = new IssueList(100, places);
    list.add(issue('invalid_type', ['partners', 1]), false);
    list.add(issue('invalid_type', ['partners', 1, 'id']));
    list.add(issue('invalid_type', ['partners', 0, 'id']));
    expect(listed(list)).toEqual(['invalid_type ["partners",1]', 'invalid_type ["partners",0,"id"]']);
  });

  it('returns at most the cap, its last issue saying how many there were', () => {
    const list = new IssueList(3);
    for (let index = 0; index < 30; index++) list.add(issue('too_small', [index]));
    const issues = list.issues();
    expect(issues.map((each) => each.code)).toEqual(['too_small', 'too_small', 'too_many_issues']);
    expect(issues[2]?.message.en).toContain('30');
  });
});
