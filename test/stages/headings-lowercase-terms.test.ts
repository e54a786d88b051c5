// Lower-case terms heading their definitions are not headings (src/stages/headings/demotions.ts, LOWERCASE_TERMS):
// a few names after commas ("hold, unhold, keep"), or a name with a term's brackets and signs ("tag[(facet)]",
// "package&BD"), as a single lower-case word ("partman") always was. Hand-made after a fresh revtex paper (aps/
// prapplied; session 21, head7; dev source) as Paddle and Mistral give it without boxes: aptitude's command and
// search-term lists typed as titles were kept as top sections (nine in four formats).
import { describe, expect, it } from 'vitest';
import { boxlessRun } from '../helpers/headings.js';

const BODY = 'Each command acts on the packages named after it, and on the packages their dependencies pull in.';

describe('lower-case terms typed as titles', () => {
  it('a list of names after commas, and a name with brackets or signs, are not headings', () => {
    const heads = ['USING APTITUDE', 'hold, unhold, keep', 'package&BD', 'tag[(facet)]', 'build-depends, build-dep'];
    const { level, features } = boxlessRun('Command Reference', BODY, [...heads, 'ACKNOWLEDGMENTS']);
    expect(level('USING APTITUDE')).toBe(2);
    for (const t of heads.slice(1)) expect(level(t)).toBeUndefined();
    expect(level('ACKNOWLEDGMENTS')).toBe(2);
    expect(features('USING APTITUDE')).not.toContain('headings.demoted-lowercase-name');
  });

  it('a heading in words opening in lower case is not such a term', () => {
    const { level } = boxlessRun('Command Reference', BODY, ['USING APTITUDE', 'iPhone and iPad apps']);
    expect(level('iPhone and iPad apps')).toBeDefined();
  });

  it('a bare call form stays a heading without the PDF (an API reference heads its sections so)', () => {
    const { level } = boxlessRun('Command Reference', BODY, ['USING APTITUDE', 'open(path)', 'ACKNOWLEDGMENTS']);
    expect(level('open(path)')).toBeDefined();
  });
});
