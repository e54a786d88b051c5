// A decimal number names its parent (headings/walk.ts namedParent, `number-names-parent`). Hand-made, after a book
// chapter as Unstructured gives it without boxes (the styles corpus's Debian handbook chapter): "Chapter 1", two
// unnumbered `\section*` headings ("Rules", "Procedures"), then "1.1 Tools": nothing but the order of first
// appearance ranks the plain headings against the numbered sections, and it put "1.1" under "Procedures".
import { describe, expect, it } from 'vitest';
import type { Spec } from '../helpers/doc.js';
import { makeDoc } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY = 'The Debian project expects its maintainers to follow a few rules, which this chapter explains.';

function levels(headings: string[], weights: Record<string, number> = {}) {
  const specs: Spec[] = [{ page: 1, type: 'title', text: 'Becoming a Package Maintainer', bbox: null }];
  headings.forEach((h, i) => {
    const page = 1 + Math.floor(i / 4);
    specs.push({ page, type: 'title', text: h, bbox: null }, { page, type: 'text', text: BODY, bbox: null });
  });
  const r = headingsOf(makeDoc(specs), { weights: { headings: weights } });
  const at = (t: string) => specs.findIndex((s) => s.text === t);
  const features = (t: string) => r.decisions.find((x) => x.ids[0] === at(t))?.features?.map((f) => f.id) ?? [];
  return { level: (t: string) => r.levels.get(at(t)), features };
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
    const { level, features } = levels(['Chapter 1', 'Rules', '3.1 Elsewhere', '3.2 Further']);
    expect(features('3.1 Elsewhere')).not.toContain('headings.number-names-parent');
    expect(level('3.1 Elsewhere')).toBe(4);
  });

  it('off (weight 0), first appearance nests the number under the plain heading before it', () => {
    const { level } = levels(CHAPTERS, { 'number-names-parent': 0 });
    expect(level('1.1 Tools')).toBe(4);
  });
});
