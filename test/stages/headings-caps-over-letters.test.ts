// Lettered sections under unnumbered capitals (headings/caps-over-letters.ts, `caps-over-letters`). Hand-made, after
// a revtex paper as Docling gives it (the styles corpus's revtex APT chapter): `\section*` top sections in capitals
// with no Roman numeral, subsections "A.", "B.", subsubsections "1.", "2.", every heading one line tall (one size
// class).
import { describe, expect, it } from 'vitest';
import { headingRun } from '../helpers/headings.js';

function levels(headings: string[], weights: Record<string, number> = {}) {
  return headingRun(
    'Maintenance and Updates: The APT Tools',
    headings,
    {
      body: 'Each active line in the sources.list file represents a package source, made of at least three parts.',
      headingHeight: 0.012,
      bodyHeight: 0.06,
      charWidth: 0.012,
    },
    weights,
  );
}

const PAPER = [
  'FILLING IN THE SOURCES.LIST FILE',
  'A. Syntax',
  'B. Repositories for Stable Users',
  '1. Security Updates',
  '2. Stable Updates',
  'C. Repositories for Testing/Unstable Users',
  '1. The Experimental Repository',
  'D. Using Alternate Mirrors',
  'AGGREGATING THE SOURCES',
  'A. Mirrors',
  'ACKNOWLEDGMENTS',
];

describe('lettered sections under unnumbered headings in capitals, no Roman numeral anywhere', () => {
  it('the capitals are the top sections, the letters below them, the plain numbers below the letters', () => {
    const { level, features } = levels(PAPER);
    expect(level('FILLING IN THE SOURCES.LIST FILE')).toBe(2);
    expect(level('A. Syntax')).toBe(3);
    expect(level('1. Security Updates')).toBe(4);
    expect(level('C. Repositories for Testing/Unstable Users')).toBe(3);
    expect(level('AGGREGATING THE SOURCES')).toBe(2);
    expect(level('A. Mirrors')).toBe(3);
    expect(level('ACKNOWLEDGMENTS')).toBe(2);
    expect(features('FILLING IN THE SOURCES.LIST FILE')).toContain('headings.caps-over-letters');
  });

  it('not when a Roman section shows the top numbering', () => {
    const roman = ['I. FILLING IN THE SOURCES.LIST FILE', ...PAPER.slice(1)];
    const { features } = levels(roman);
    expect(features('AGGREGATING THE SOURCES')).not.toContain('headings.caps-over-letters');
  });

  it('not when the letters are in capitals too (the case tells no kind from the other)', () => {
    const caps = PAPER.map((h) => (/^[A-D]\. /.test(h) ? h.toUpperCase() : h));
    const { level, features } = levels(caps);
    expect(features('FILLING IN THE SOURCES.LIST FILE')).not.toContain('headings.caps-over-letters');
    expect(level('A. SYNTAX')).toBe(level('FILLING IN THE SOURCES.LIST FILE'));
  });

  it('off (weight 0), the capitals take the letters’ key by their size and the letters are their siblings', () => {
    const { level } = levels(PAPER, { 'caps-over-letters': 0 });
    expect(level('A. Syntax')).toBe(level('FILLING IN THE SOURCES.LIST FILE'));
  });
});
