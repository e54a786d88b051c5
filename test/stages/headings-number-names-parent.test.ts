// A decimal number names its parent (headings/walk.ts namedParent, `number-names-parent`). Hand-made, after a book
// chapter as Unstructured gives it without boxes (the styles corpus's Debian handbook chapter): "Chapter 1", two
// unnumbered `\section*` headings ("Rules", "Procedures"), then "1.1 Tools": nothing but the order of first
// appearance ranks the plain headings against the numbered sections, and it put "1.1" under "Procedures".
import { describe, expect, it } from 'vitest';
import { boxlessRun } from '../helpers/headings.js';

const BODY = 'The Debian project expects its maintainers to follow a few rules, which this chapter explains.';

function levels(headings: string[], weights: Record<string, number> = {}) {
  return boxlessRun('Becoming a Package Maintainer', BODY, headings, weights);
}

const CHAPTERS = [
  'Chapter 1',
  'Rules',
  'Procedures',
  '1.1 Tools',
  '1.1.1 devscripts',
  '1.1.2 debhelper and dh-make',
  'Chapter 2',
  '2.1 Prerequisites',
  '2.2 Registration',
];

describe('a decimal number under unnumbered headings inside the chapter its number names', () => {
  it('is their sibling, the chapter its parent', () => {
    const { level, features } = levels(CHAPTERS);
    expect(level('Chapter 1')).toBe(2);
    expect(level('Rules')).toBe(3);
    expect(level('Procedures')).toBe(3);
    expect(level('1.1 Tools')).toBe(3);
    expect(level('1.1.1 devscripts')).toBe(4);
    expect(level('2.1 Prerequisites')).toBe(3);
    expect(features('1.1 Tools')).toContain('headings.number-names-parent');
  });

  it('a number whose parent is not open (no "Chapter 3") is ranked as before', () => {
    // With no "3" anywhere the document reads as sampled pages: missing-ancestors.ts would move "3.1" up; off here, to
    // see this rule alone.
    const { level, features } = levels(['Chapter 1', 'Rules', '3.1 Elsewhere', '3.2 Further'], {
      'missing-ancestors': 0,
    });
    expect(features('3.1 Elsewhere')).not.toContain('headings.number-names-parent');
    expect(level('3.1 Elsewhere')).toBe(4);
  });

  it('off (weight 0), first appearance nests the number under the plain heading before it', () => {
    const { level } = levels(CHAPTERS, { 'number-names-parent': 0 });
    expect(level('1.1 Tools')).toBe(4);
  });
});
